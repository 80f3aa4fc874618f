"""``dossier brief``: run every notebook against a corpus and write an HTML brief.

The corpus is read once and extracted through the cache (:mod:`dossier.scale.cache`),
so unchanged articles cost nothing; the frames are written into the run
folder and every notebook reads them from there (``articles=<run>/frames``)
instead of extracting again.  Notebooks run side by side in their own
kernels (:mod:`dossier.brief.kernels`), then each is exported to a page
without its code (:mod:`dossier.brief.html`); the notebooks' parameters are
checked before anything runs (:mod:`dossier.brief.parameters`).

A run is written into ``OUT/.<run-id>.partial`` and renamed to
``OUT/<run-id>`` only when every notebook succeeded; then the symbolic link
``OUT/latest`` is replaced, atomically, to point at it (where symbolic links
cannot be made, ``OUT/latest`` is a one-line text file holding the run id).
A failed or interrupted run is renamed ``OUT/<run-id>.failed`` or
``.interrupted``, keeping each executed notebook with its error, and leaves
``OUT/latest`` and every earlier run as they were
(:mod:`dossier.brief.run_folder`).
"""

from __future__ import annotations

import ctypes
import gc
import os
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa

import dossier
from .. import notebook as nbio
from ..exceptions import DossierError, NoArticlesError, StaleStoreWarning, StoreError
from ..extractors.pipeline import write_frames
from ..read.corpus import read_corpus
from ..scale.cache import CacheStats, cached_extract, cached_extract_parts
from ..scale.store import (
    MANIFEST,
    check_store,
    copy_store,
    find_store,
    lexicon_matched,
    read_frame,
    read_manifest,
    remove_frames,
    set_lexicon,
    write_manifest,
)
from .html import Provenance, changes_since, write_index
from .kernels import NotebookFailed, NotebookRuns
from .parameters import ROOT, check_parameters, find_notebooks, notebook_parameters
from .run_folder import LATEST, OWNER_FILE, check_out, clean_partials, latest_run, new_run_id, point_latest, repoint_executed, set_aside

# The names a brief's callers have always found here.
from .parameters import SET_BY_BRIEF, NotebookParameter, check_lexicon  # noqa: F401

# A brief of more articles than this writes its frames a partition at a time,
# as Parquet parts only (the store dossier extract --format parquet writes),
# so that it holds one partition's frames, not the corpus's: 100,000
# articles' frames, their sentences' text included, fill about 5 GB.
PARTS_ABOVE = 10_000
PARTITION = 1_000  # articles per part


class BriefRun(NamedTuple):
    """A finished brief: its id, folder, ``index.html``, notebook pages and cache use."""

    run_id: str
    folder: Path
    index: Path
    pages: list[Path]
    cache: CacheStats


def build_brief(paths=None, *, out: Path = Path("outputs"), parameters: dict[str, str] | None = None, notebooks: Path | None = None, jobs: int | None = None, progress: bool = False) -> BriefRun:
    """Run every notebook against the articles and write the HTML brief.

    Parameters
    ----------
    paths : list of str or Path, optional
        Article files and folders; default the project's ``seeds/``.
    out : Path
        Folder of runs: the brief goes to ``out/<run-id>/`` and
        ``out/latest`` names the last successful one.
    parameters : dict of str to str, optional
        Notebook parameters as given on the command line (``-p NAME VALUE``),
        checked and coerced to each notebook's declared type before anything
        runs.
    notebooks : Path, optional
        Folder of notebooks; default the project's ``notebooks/``.
    jobs : int, optional
        Notebooks run side by side; default the number of cores.
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    BriefRun

    Raises
    ------
    ParameterError
        Before anything runs, for a bad parameter.
    NoArticlesError
        When no article could be read.
    NotebookFailed
        When a notebook raised; ``out/latest`` is left as it was.
    """
    nb_paths = find_notebooks(notebooks)
    out = check_out(out)  # before any kernel starts: a brief that cannot be written must not leave them idle
    # The kernels start, and import what their notebooks import, while the
    # parameters are checked and the articles read and extracted: on two
    # cores that hides most of their start-up.  No notebook runs before go().
    runs = NotebookRuns(nb_paths, jobs)
    runs.start()
    try:
        typed = check_parameters(dict(parameters or {}), nb_paths)
        declared = notebook_parameters(nb_paths)
        paths = [Path(p) for p in (paths or [ROOT / "seeds"])]
        source = read_source(paths, progress)
        # The analyst's lexicon: themes are matched again with it.
        lexicon = typed.get("lexicon") or None
        if lexicon is None and "lexicon" in declared:
            kept = _store_lexicon(source)
            if kept is not None:
                typed["lexicon"] = kept
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DossierError(f"cannot write briefs into {out}: {e.strerror or e}") from None
        clean_partials(out)
        previous = latest_run(out)
        started = datetime.now(timezone.utc)
        run_id = new_run_id(out, started)
        partial = out / f".{run_id}.partial"
        partial.mkdir()
        (partial / OWNER_FILE).write_text(f"{os.getpid()}\n", encoding="utf-8")
        frames_dir = partial / "frames"
        shown = {"articles": ", ".join(str(p) for p in paths), "since": "", "until": "", **typed}
        provenance = _provenance(run_id, started, shown, source)
        given = {"articles": str(frames_dir), "since": "", "until": "", "run_id": run_id, "output_dir": str(partial / "charts"), **typed}
        runs.prepare(
            {nb: {k: v for k, v in given.items() if k in declared and nb.stem in declared[k].notebooks} for nb in nb_paths},
            partial,
            provenance,
        )
    except BaseException:
        runs.cancel()
        raise
    try:
        if source.store is not None:
            stats = CacheStats(0, 0, None)
            _frames_of_store(source.store, frames_dir, lexicon)
        elif len(source.articles) > PARTS_ABOVE:
            stats = cached_extract_parts(
                source.articles, out / ".cache", frames_dir, lexicon=lexicon, progress=progress, partition=PARTITION
            )
            write_frames({"rejected": source.rejected}, frames_dir, "parquet")
        else:
            frames, stats = cached_extract(source.articles, out / ".cache", lexicon=lexicon, progress=progress)
            for fmt in ("parquet", "csv"):
                write_frames({**frames, "rejected": source.rejected}, frames_dir, fmt)
            del frames
        if source.store is None:
            # With the lexicon the themes were matched with, so that no notebook matches them again.
            write_manifest(frames_dir, lexicon=lexicon)
        # The articles' text, a GB at 100,000 articles: from here on the frames are read from frames/.
        del source
        _give_back_memory()
        runs.go()
        pages = runs.results(progress)
        current = nbio.load(str(frames_dir), str(typed.get("since", "")), str(typed.get("until", "")))
        before = nbio.load(str(previous / "frames")) if previous is not None else None

        write_index(
            partial / "index.html",
            provenance,
            current,
            [{"name": nb.stem, "title": title, "href": f"notebooks/{nb.stem}.html"} for nb, title in pages],
            changes_since(current, before, previous.name if previous is not None else None),
        )
    except KeyboardInterrupt:
        runs.cancel()
        set_aside(partial, out / f"{run_id}.interrupted")
        raise
    except NotebookFailed as e:
        kept = set_aside(partial, out / f"{run_id}.failed")
        raise NotebookFailed(f"{e} (executed notebooks with the error kept in {kept}; {out / LATEST} unchanged)") from None
    except BaseException:
        runs.cancel()
        set_aside(partial, out / f"{run_id}.failed")
        raise
    final = out / run_id
    (partial / OWNER_FILE).unlink(missing_ok=True)
    repoint_executed(partial, final)
    os.replace(partial, final)
    point_latest(out, run_id)
    return BriefRun(run_id, final, final / "index.html", [final / "notebooks" / f"{nb.stem}.html" for nb, _ in pages], stats)


def _give_back_memory() -> None:
    """Return to the system the memory that reading and extracting freed, for the notebooks' kernels.

    The C allocator and Arrow's keep freed memory for reuse: after reading
    100,000 articles this process held over 2 GB it no longer used, through
    the whole run of the notebooks.
    """
    gc.collect()
    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL(None).malloc_trim(0)  # glibc only
    except (AttributeError, OSError, TypeError):  # another C library, or Windows
        pass


class _Source(NamedTuple):
    """What a brief is built on: its articles (text left out of a store's), files not read, and the store, if any."""

    articles: "pd.DataFrame"
    rejected: "pd.DataFrame"
    store: Path | None
    manifest: dict


def read_source(paths: list[Path], progress: bool) -> _Source:
    """The articles of ``paths``: files and folders read now, or a store that ``dossier extract`` wrote."""
    store = find_store(paths)
    if store is not None:
        check = check_store(store)
        if check.broken:
            raise StoreError(
                f"the store {store} does not match its {MANIFEST}: " + "; ".join(check.broken[:5])
                + (f" (and {len(check.broken) - 5} more)" if len(check.broken) > 5 else "")
                + "; run dossier extract again to rebuild it"
            )
        if check.changed:
            warnings.warn(
                f"{store}: " + "; ".join(check.changed[:5]) + (f" (and {len(check.changed) - 5} more)" if len(check.changed) > 5 else "")
                + ": the brief shows the frames as they are now",
                StaleStoreWarning,
                stacklevel=3,
            )
        articles = read_frame(store, "articles", text=False)
        if articles.empty:
            raise NoArticlesError(f"the store {store} holds no article")
        manifest = read_manifest(store)
        version = manifest.get("extractor_version")
        if version != dossier.EXTRACTOR_VERSION:
            written = f"extractor version {version}" if version else "a dossier that did not record its extractor version"
            warnings.warn(
                f"{store}: its frames were written by {written}, and this dossier extracts with version "
                f"{dossier.EXTRACTOR_VERSION}; the brief shows them as they are: run dossier extract again for today's figures",
                StaleStoreWarning,
                stacklevel=3,
            )
        return _Source(articles, read_frame(store, "rejected"), store, manifest)
    with warnings.catch_warnings():
        # Rejected files are reported in the index, once.
        warnings.simplefilter("ignore")
        corpus = read_corpus(paths, progress=progress)
    if corpus.articles.empty:
        reasons = "; ".join(f"{p}: {r}" for p, r in corpus.rejected.itertuples(index=False)) or "no paths given"
        raise NoArticlesError(f"no article could be read ({reasons})")
    return _Source(corpus.articles, corpus.rejected, None, {})


def _store_lexicon(source: _Source) -> str | None:
    """The lexicon a store's themes were matched with, when it was not the packaged one and still reads the same.

    The notebooks then list the terms that matched, not the packaged ones.
    A lexicon that is gone or has changed is warned of, and the packaged
    one is listed.
    """
    recorded = source.manifest.get("lexicon") if source.store is not None else None
    if not recorded:
        return None
    path = Path(recorded)
    if lexicon_matched(source.store, path):
        return str(path)
    why = "which has changed since" if path.is_file() else "which is no longer there"
    warnings.warn(
        f"{source.store}: its themes were matched with the lexicon {path}, {why}; "
        "the brief lists the packaged lexicon's terms beside them: pass -p lexicon FILE to match them again",
        StaleStoreWarning,
        stacklevel=3,
    )
    return None


def _frames_of_store(store: Path, frames_dir: Path, lexicon) -> None:
    """The store's frames into the run's ``frames/``; with a lexicon, its themes matched again."""
    copy_store(store, frames_dir)
    if lexicon and not lexicon_matched(store, lexicon):
        rematched = nbio.load(str(store), lexicon=lexicon)
        remove_frames(frames_dir, ("themes", "theme_rates"))
        write_frames({"themes": rematched.themes, "theme_rates": rematched.theme_rates}, frames_dir, "parquet")
        # So that the notebooks read these themes rather than match them again.
        set_lexicon(frames_dir, lexicon)


def _provenance(run_id, started, shown, source: _Source):
    return Provenance.of(run_id, started.strftime("%Y-%m-%d %H:%M:%S UTC"), shown, source.articles, store=source.store, manifest=source.manifest)
