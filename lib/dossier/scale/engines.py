"""Running the extractors on Dask: ``dossier extract --engine dask``.

Every extractor works article by article, so the articles are cut into
partitions and :func:`dossier.extractors.pipeline.extract` runs on each partition on a
``dask.distributed`` cluster: a local one by default, or an existing
scheduler.  Workers send each partition's frames back as Parquet bytes and
this process writes them as ``out/<frame>.parquet/part-NNNNN.parquet``;
memory stays bounded, as only a few partitions are in flight at a time.
``pandas.read_parquet`` reads such a folder as one frame, rows in article
order, as the in-process engine gives.

Two entry points: :func:`extract_dask` takes articles already read, so
workers need no shared filesystem (any cluster); :func:`read_extract`
has the workers read the files as well, which parallelises reading and
spares this process the articles' text (workers must see the files).
"""

from __future__ import annotations

import contextlib
import logging
import math
import uuid
import warnings
from pathlib import Path
from typing import NamedTuple

import dask
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from distributed import Client, LocalCluster, as_completed
from tqdm.auto import tqdm

from .. import schema
from ..exceptions import BadInputWarning, NoArticlesError, SchedulerError
from ..extractors.pipeline import extract
from ..read.corpus import DEFAULT_MAX_BYTES, collect_files, read_corpus
from ..schema import FRAME_NAMES
from .parts import frame_folders, parquet_bytes, part_name, remove_path

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
    budget=None,
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
        Theme lexicon CSV, as for :func:`dossier.extractors.pipeline.extract`.
    progress : bool
        Show a progress bar of partitions done.
    partition : int, optional
        Articles per partition; by default :func:`partition_size`.

    Returns
    -------
    dict of str to StoredFrame
        One per name in :data:`dossier.schema.FRAME_NAMES`: the folder
        written and its row count (``len()`` works on it).
    """
    folders = frame_folders(out)
    with _client(scheduler, workers) as (client, n_workers):
        size = partition or partition_size(len(articles), n_workers)
        parts = [articles.iloc[start : start + size] for start in range(0, len(articles), size)]
        rows, _ = _run(client, extract_part, parts, folders, n_workers, progress, lexicon, budget)
    return {name: StoredFrame(folders[name], rows[name]) for name in FRAME_NAMES}


def read_extract(
    paths,
    *,
    out: Path,
    max_bytes: int | None = None,
    engine: str = "dask",
    scheduler: str | None = None,
    workers: int = 2,
    lexicon=None,
    progress: bool = False,
    partition: int | None = None,
    budget=None,
) -> tuple[dict[str, StoredFrame], pd.DataFrame]:
    """Read and extract the articles of ``paths`` a partition of files at a time, into a Parquet store.

    With ``engine="dask"`` the workers read the files as well as extract
    them: reading would otherwise run alone in this process, holding every
    article's text, while this process only lists the files.  Workers must
    see the files at the same paths (always true of the default local
    cluster).  With ``engine="local"`` the partitions run one after the
    other in this process, so memory holds one partition, whatever the
    corpus size.  An article found in two partitions is kept once, in its
    first file, as :func:`dossier.read_corpus` does.  Other parameters are
    those of :func:`extract_dask`; ``max_bytes`` is ``read_corpus``'s.

    Returns
    -------
    frames : dict of str to StoredFrame
        As :func:`extract_dask` returns.
    rejected : DataFrame
        The ``rejected`` frame: files not read, and why.

    Raises
    ------
    NoArticlesError
        When no article could be read; nothing is written then.
    """
    files, rejected, notes = collect_files([paths] if isinstance(paths, (str, Path)) else paths)
    folders = frame_folders(out)
    if files:
        args = (lexicon, max_bytes or DEFAULT_MAX_BYTES, notes, budget)
        if engine == "local":
            parts = _parts(files, partition or partition_size(len(files), 1))
            rows, extras = _run_here(read_extract_part, parts, folders, progress, *args)
        else:
            with _client(scheduler, workers) as (client, n_workers):
                parts = _parts(files, partition or partition_size(len(files), n_workers))
                rows, extras = _run(client, read_extract_part, parts, folders, n_workers, progress, *args)
        rejected += _drop_repeats(extras, folders, rows)
    for path, reason in rejected:
        warnings.warn(f"{path}: {reason}", BadInputWarning, stacklevel=2)
    rejected_df = schema.conform(pd.DataFrame(rejected, columns=["path", "reason"]), "rejected")
    if not files or rows["articles"] == 0:
        for folder in folders.values():
            remove_path(folder)
        reasons = "; ".join(f"{p}: {r}" for p, r in rejected) or "no paths given"
        raise NoArticlesError(f"no article could be read ({reasons})")
    return {name: StoredFrame(folders[name], rows[name]) for name in FRAME_NAMES}, rejected_df


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int):
    """``(client, number of workers)`` of the given scheduler, or of a local cluster closed on exit."""
    if scheduler:
        try:
            client = Client(scheduler)
        except OSError as e:  # refused, timed out, unknown host
            raise SchedulerError(
                f"cannot reach the Dask scheduler at {scheduler} ({e}); start one (`dask scheduler`) "
                "or leave out --scheduler to run on a local cluster"
            ) from None
        with client:
            yield client, max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        return
    # Workers sample their own stacks every 10 ms for the dashboard's
    # profile, which costs a few per cent of a CPU-bound task; nobody reads
    # it here.  Dask also starts workers with MALLOC_TRIM_THRESHOLD_ set, so
    # that freed memory goes back to the system at once; that turns off
    # glibc's adaptive thresholds, and every large buffer (Parquet, Arrow
    # columns) is mapped and unmapped afresh: about 4% of a 10,000-article
    # run.  Our workers live for one extraction.  Their event loops (and
    # this process's, which runs the scheduler and the nannies) also wake
    # every 20 ms to time themselves, every 100 ms to read their memory and
    # every 500 ms to sample CPU, disk and network for the dashboard: each
    # wake-up takes the GIL from the task, 3-5% of a partition's time in
    # all.  Once a second is often enough to keep a worker within its memory
    # limits.  (A scheduler given by address keeps its workers' own settings.)
    environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ", {}).items() if k != "MALLOC_TRIM_THRESHOLD_"}
    quiet = {
        "distributed.worker.profile.enabled": False,
        "distributed.nanny.pre-spawn-environ": environ,
        "distributed.admin.tick.interval": "1s",
        "distributed.worker.memory.monitor-interval": "1s",
        "distributed.admin.system-monitor.interval": "5s",
        "distributed.admin.system-monitor.disk": False,
    }
    with dask.config.set(quiet):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: other users of the machine may hold :8787
            silence_logs=logging.ERROR,
        )
    with cluster, Client(cluster) as client:
        client.run(_quiet_worker_logs)
        yield client, workers


def _quiet_worker_logs() -> None:
    """Log only what is CRITICAL in a local worker (run on each)."""
    # Closing a local cluster races a worker's last heartbeat against the
    # scheduler's shutdown, and the worker logs the lost stream as an ERROR
    # with its traceback (dask/distributed#7105), after a run that went well.
    # What goes wrong in a task reaches us anyway: future.result() raises it.
    for name in [n for n in logging.Logger.manager.loggerDict if n == "distributed" or n.startswith("distributed.")]:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _parts(files: list[Path], size: int) -> list[list[str]]:
    return [[str(f) for f in files[start : start + size]] for start in range(0, len(files), size)]


def _run(client, task, parts, folders, n_workers, progress, *args) -> tuple[dict[str, int], list]:
    """Run ``task(part, *args)`` for every part on Dask, writing frames as they come back.

    Returns the rows written per frame and each part's ``extra`` (what else
    the task returned), in part order.
    """
    args = tuple(str(a) if isinstance(a, Path) else a for a in args)
    todo = iter(enumerate(parts))
    index = {}  # future key -> part number
    tag = uuid.uuid4().hex[:8]

    def submit(i, part):
        future = client.submit(task, part, *args, key=f"dossier-{tag}-{i}", pure=False)
        index[future.key] = i
        return future

    done = as_completed([submit(i, part) for i, part in _take(todo, n_workers * IN_FLIGHT_PER_WORKER)])
    bar = _bar(len(parts), progress)
    rows = dict.fromkeys(FRAME_NAMES, 0)
    extras = [None] * len(parts)
    for future in done:
        result, i = future.result(), index.pop(future.key)
        future.release()
        extras[i] = _store(result, i, folders, rows)
        for j, part in _take(todo, 1):
            done.add(submit(j, part))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return rows, extras


def _run_here(task, parts, folders, progress, *args) -> tuple[dict[str, int], list]:
    """:func:`_run` in this process, one part after the other."""
    bar = _bar(len(parts), progress)
    rows = dict.fromkeys(FRAME_NAMES, 0)
    extras = []
    for i, part in enumerate(parts):
        extras.append(_store(task(part, *args), i, folders, rows))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return rows, extras


def _store(result: dict, i: int, folders: dict[str, Path], rows: dict[str, int]):
    """Write part ``i`` of every frame; returns the task's ``extra``."""
    for name, (n, data) in result["frames"].items():
        (folders[name] / part_name(i)).write_bytes(data)
        rows[name] += n
    return result.get("extra")


def extract_part(articles: pd.DataFrame, lexicon=None, budget=None) -> dict:
    """Every frame of a partition of articles, as ``{"frames": {name: (rows, Parquet bytes)}}``.

    Runs on a worker.  Each part is written with the schema's Arrow types,
    so parts agree even when a column is empty in one of them.
    """
    frames = extract(articles.reset_index(drop=True), lexicon=lexicon, budget=budget)
    return {"frames": {name: (len(df), parquet_bytes(df, name)) for name, df in frames.items()}}


def read_extract_part(files: list[str], lexicon, max_bytes: int, notes: dict[str, str] | None = None, budget=None) -> dict:
    """Read a partition of files and extract it, on a worker.

    Besides the frames, ``extra`` holds ``(article ids, their paths)`` and
    the rejected ``(path, reason)`` pairs; warnings are left to the caller.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = read_corpus(files, max_bytes=max_bytes, file_notes={f: notes[f] for f in files if f in notes} if notes else None)
    arts = corpus.articles
    result = extract_part(arts, lexicon, budget) if len(arts) else {"frames": {n: (0, parquet_bytes(schema.empty(n), n)) for n in FRAME_NAMES}}
    ids = (arts["article_id"].tolist(), arts["path"].tolist())
    return {**result, "extra": (ids, list(corpus.rejected.itertuples(index=False, name=None)))}


def _drop_repeats(extras: list, folders: dict[str, Path], rows: dict[str, int]) -> list[tuple[str, str]]:
    """Drop articles already read in an earlier part; returns their rejections.

    ``read_corpus`` reads a text once per call, so only repeats across
    parts are left.  Part files holding one are rewritten without it.
    """
    first: dict[str, str] = {}
    rejected: list[tuple[str, str]] = []
    for i, ((ids, paths), part_rejected) in enumerate(extras):
        rejected += part_rejected
        repeats = []
        for aid, path in zip(ids, paths):
            if aid in first:
                repeats.append(aid)
                rejected.append((path, f"duplicate of {first[aid]} (same article text); read once"))
            else:
                first[aid] = path
        if not repeats:
            continue
        for name, folder in folders.items():
            part = folder / part_name(i)
            table = pq.read_table(part)
            kept = table.filter(pc.invert(pc.is_in(table["article_id"], _large_strings(repeats))))
            pq.write_table(kept, part)
            rows[name] -= table.num_rows - kept.num_rows
    return rejected


def _large_strings(values):
    return pa.array(values, type=pa.large_string())


def _take(it, n):
    for _ in range(n):
        item = next(it, None)
        if item is None:
            return
        yield item


def _bar(total: int, enabled: bool):
    if not enabled:
        return None
    return tqdm(total=total, desc="extracting", unit="partition", leave=False)
