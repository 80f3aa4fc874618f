"""Running the extractors on Dask: ``dossier extract --engine dask``.

Every extractor works article by article, so the articles are cut into
partitions and :func:`dossier.pipeline.extract` runs on each partition on a
``dask.distributed`` cluster: a local one by default, or an existing
scheduler.  Workers send each partition's frames back as Parquet bytes and
this process writes them as ``out/<frame>.parquet/part-NNNNN.parquet``, so
workers need no shared filesystem and memory stays bounded: only a few
partitions are in flight at a time.  ``pandas.read_parquet`` reads such a
folder as one frame, rows in article order, as the in-process engine gives.
"""

from __future__ import annotations

import io
import logging
import math
import shutil
import uuid
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import schema
from .pipeline import FRAME_NAMES

# Partitions big enough that per-task overhead (pickling, scheduling, the
# Parquet footer) is small, small enough that a worker holds a few MB of
# text and that several partitions per worker balance the load.
MIN_PARTITION = 50
MAX_PARTITION = 1000
PARTITIONS_PER_WORKER = 4
# Partitions queued per worker beyond the one it runs: keeps workers busy
# without holding the whole corpus in the scheduler's memory.
IN_FLIGHT_PER_WORKER = 2


class StoredFrame(NamedTuple):
    """A frame written as a folder of Parquet parts: its path and row count.

    ``len()`` gives the rows, so it stands in for the frame where only the
    count is needed (``run_extract``'s summary) without loading it.
    """

    path: Path
    rows: int

    def __len__(self) -> int:
        return self.rows

    def read(self) -> pd.DataFrame:
        """The whole frame, with its schema's dtypes."""
        return schema.conform(pd.read_parquet(self.path), self.path.name.removesuffix(".parquet"))


def partition_size(n_articles: int, workers: int) -> int:
    """Articles per partition for ``n_articles`` on ``workers`` workers."""
    per = math.ceil(n_articles / max(1, workers * PARTITIONS_PER_WORKER))
    return max(1, min(n_articles, MAX_PARTITION, max(MIN_PARTITION, per)))


def extract_dask(
    articles: pd.DataFrame,
    *,
    out: Path,
    scheduler: str | None = None,
    workers: int = 2,
    lexicon=None,
    progress: bool = False,
    partition: int | None = None,
) -> dict[str, StoredFrame]:
    """Run every extractor over ``articles`` on Dask and write the frames as partitioned Parquet.

    Parameters
    ----------
    articles : DataFrame
        The ``articles`` frame.
    out : Path
        Folder to write ``<frame>.parquet/`` folders into; earlier
        ``<frame>.parquet`` files or folders there are replaced.
    scheduler : str, optional
        Address of a running scheduler (``tcp://host:8786``); by default a
        local cluster of ``workers`` single-threaded processes is started
        and closed afterwards.  Remote workers need dossier installed, and
        ``lexicon`` must be readable at the same path on them.
    workers : int
        Workers of the local cluster (ignored with ``scheduler``).
    lexicon : str or Path, optional
        Theme lexicon CSV, as for :func:`dossier.pipeline.extract`.
    progress : bool
        Show a progress bar of partitions done.
    partition : int, optional
        Articles per partition; by default :func:`partition_size`.

    Returns
    -------
    dict of str to StoredFrame
        One per name in :data:`dossier.pipeline.FRAME_NAMES`: the folder
        written and its row count (``len()`` works on it).
    """
    from distributed import Client, LocalCluster

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    folders = {name: out / f"{name}.parquet" for name in FRAME_NAMES}
    for folder in folders.values():
        _remove(folder)
        folder.mkdir()
    if scheduler:
        cluster, client = None, Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: other users of the machine may hold :8787
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"])) if scheduler else workers
        size = partition or partition_size(len(articles), n_workers)
        starts = list(range(0, len(articles), size)) or [0]
        rows = _run(client, articles, starts, size, lexicon, folders, n_workers, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return {name: StoredFrame(folders[name], rows[name]) for name in FRAME_NAMES}


def _run(client, articles, starts, size, lexicon, folders, n_workers, progress) -> dict[str, int]:
    from distributed import as_completed

    lexicon = str(lexicon) if lexicon is not None else None
    todo = iter(enumerate(starts))
    index = {}  # future key -> partition number
    tag = uuid.uuid4().hex[:8]

    def submit(i, start):
        part = articles.iloc[start : start + size]
        future = client.submit(extract_part, part, lexicon, key=f"dossier-extract-{tag}-{i}", pure=False)
        index[future.key] = i
        return future

    done = as_completed([submit(i, s) for i, s in _take(todo, n_workers * IN_FLIGHT_PER_WORKER)])
    bar = _bar(len(starts), progress)
    rows = dict.fromkeys(FRAME_NAMES, 0)
    for future in done:
        parts, i = future.result(), index.pop(future.key)
        future.release()
        for name, (n, data) in parts.items():
            (folders[name] / f"part-{i:05d}.parquet").write_bytes(data)
            rows[name] += n
        for j, start in _take(todo, 1):
            done.add(submit(j, start))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return rows


def extract_part(articles: pd.DataFrame, lexicon: str | None = None) -> dict[str, tuple[int, bytes]]:
    """Every frame of a partition of articles, as ``name -> (rows, Parquet bytes)``.

    Runs on a worker.  Each part is written with the schema's Arrow types,
    so parts agree even when a column is empty in one of them.
    """
    from .pipeline import extract

    frames = extract(articles.reset_index(drop=True), lexicon=lexicon)
    return {name: (len(df), _parquet_bytes(df, name)) for name, df in frames.items()}


def _parquet_bytes(df: pd.DataFrame, name: str) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, schema=_arrow_schema(name), preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


_SCHEMAS: dict = {}


def _arrow_schema(name: str):
    import pyarrow as pa

    if name not in _SCHEMAS:
        _SCHEMAS[name] = pa.Schema.from_pandas(schema.empty(name), preserve_index=False)
    return _SCHEMAS[name]


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _take(it, n):
    for _ in range(n):
        item = next(it, None)
        if item is None:
            return
        yield item


def _bar(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="extracting", unit="partition", leave=False)
