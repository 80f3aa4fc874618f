"""The pure extractors: frames in, a frame out, each held to :mod:`dossier.schema`.

``pipeline.extract`` runs them all.  ``estimates`` (with ``numbers`` and
``estimate_claimants``), ``quotes`` (with ``speakers``), ``themes``,
``entities`` and ``tone`` (with ``vader``) each make one frame.

Named ``extractors`` rather than ``extract`` so that the package never
shadows :func:`dossier.extract`.
"""
