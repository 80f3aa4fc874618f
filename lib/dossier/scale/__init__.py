"""Extraction at scale: ``run`` (``dossier extract``), ``engines`` (in process or on Dask),
``parts`` (frames as folders of Parquet parts), ``store`` (a folder of frames) and
``cache`` (frames of articles already extracted)."""
