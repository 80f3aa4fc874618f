"""``dossier extract``: read files, run every extractor, write the frames.

The extraction itself is :func:`dossier.extractors.pipeline.extract`, pure
and in memory; this module reads files, picks an engine
(:mod:`dossier.scale.engines`) and writes the store (:mod:`dossier.scale.store`).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import NamedTuple

from ..exceptions import NoArticlesError
from ..read.corpus import DEFAULT_MAX_BYTES, read_corpus
from ..schema import FRAME_NAMES
from . import store
from ..extractors.pipeline import write_frames
from .engines import extract_dask, read_extract


class ExtractResult(NamedTuple):
    """What :func:`run_extract` did: rows written per frame, and the files it skipped."""

    counts: dict[str, int]
    rejected: list[tuple[str, str]]


def run_extract(paths, *, out, fmt="csv", max_bytes=None, lexicon=None, engine="local", scheduler=None, workers=2, progress=False, budget=None) -> ExtractResult:
    """Read ``paths``, run every extractor, write the frames, ``rejected`` and ``store.json`` to ``out``.

    Frames of an earlier run in ``out``, in either format, are replaced,
    only once the new store is whole: it is written into a hidden folder
    in ``out`` and moved into place on success, so a failed or interrupted
    run leaves the earlier store as it was.

    Raises
    ------
    NoArticlesError
        When no article could be read; nothing is written then.
    """
    out = Path(out)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    store.clean_partials(out)
    new = store.partial_folder(out)
    try:
        if engine == "dask" and scheduler:
            # Workers elsewhere may not see our files: read them here, send the text.
            corpus = read_corpus(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES, progress=progress)
            if corpus.articles.empty:
                reasons = "; ".join(f"{p}: {r}" for p, r in corpus.rejected.itertuples(index=False)) or "no paths given"
                raise NoArticlesError(f"no article could be read ({reasons})")
            frames = extract_dask(corpus.articles, out=new, scheduler=scheduler, workers=workers, lexicon=lexicon, progress=progress, budget=budget)
            rejected = corpus.rejected
        else:
            # Files are read, extracted and written a partition at a time, here
            # or on the local cluster's workers (which see our files), so no
            # process ever holds every article's text: memory stays flat
            # whatever the corpus size.  CSV is gathered from the Parquet parts
            # afterwards, a part at a time.
            frames, rejected = read_extract(
                paths, out=new, max_bytes=max_bytes, engine=engine, workers=workers, lexicon=lexicon, progress=progress, budget=budget
            )
        if fmt == "csv":
            for name in FRAME_NAMES:
                store.parts_to_csv(new / f"{name}.parquet", new / f"{name}.csv", name)
                shutil.rmtree(new / f"{name}.parquet")
        write_frames({"rejected": rejected}, new, "parquet" if fmt == "parquet" else "csv")
        store.write_manifest(new, lexicon=lexicon)
        store.swap_in(new, out)
    finally:
        shutil.rmtree(new, ignore_errors=True)
        if created and out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # nothing was read: leave no trace
    return ExtractResult(
        counts={name: len(df) for name, df in frames.items()},
        rejected=list(rejected.itertuples(index=False, name=None)),
    )
