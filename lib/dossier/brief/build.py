"""``dossier brief``: run every notebook against a corpus and write an HTML brief.

The corpus is read once and extracted through the cache (:mod:`dossier.scale.cache`),
so unchanged articles cost nothing; the frames are written into the run
folder and every notebook reads them from there (``articles=<run>/frames``)
instead of extracting again.  Notebooks run side by side in their own
kernels, then each is exported to a page without its code
(:mod:`dossier.brief.html`).

A run is written into ``OUT/.<run-id>.partial`` and renamed to
``OUT/<run-id>`` only when every notebook succeeded; then the symbolic link
``OUT/latest`` is replaced, atomically, to point at it (where symbolic links
cannot be made, ``OUT/latest`` is a one-line text file holding the run id).
A failed or interrupted run is renamed ``OUT/<run-id>.failed`` or
``.interrupted``, keeping each executed notebook with its error, and leaves
``OUT/latest`` and every earlier run as they were.
"""

from __future__ import annotations

import ast
import ctypes
import gc
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
from tqdm.auto import tqdm

import dossier
from .. import notebook as nbio
from .. import schema
from ..exceptions import DossierError, NoArticlesError, ParameterError, StaleStoreWarning, StoreError
from ..extractors.estimates import select_categories
from ..extractors.themes import compile_lexicon, read_lexicon
from ..extractors.pipeline import write_frames
from ..notebook import parse_date
from ..read.corpus import read_corpus
from ..scale.cache import CacheStats, cached_extract, cached_extract_parts
from ..scale.store import (
    MANIFEST,
    alive,
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
from .html import Provenance, changes_since, export_notebook, notebook_title, write_index

ROOT = Path(__file__).resolve().parents[3]
# Set by the brief for each run; the analyst gives articles as PATH arguments.
SET_BY_BRIEF = ("articles", "run_id", "output_dir")
_PATH_NAMES = re.compile(r"(^lexicon$|^articles$|_(path|file|dir|folder|csv)$)")
_PATH_HELP = re.compile(r"\b(path|file)\b", re.IGNORECASE)
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}
LATEST = "latest"
# A brief of more articles than this writes its frames a partition at a time,
# as Parquet parts only (the store dossier extract --format parquet writes),
# so that it holds one partition's frames, not the corpus's: 100,000
# articles' frames, their sentences' text included, fill about 5 GB.
PARTS_ABOVE = 10_000
PARTITION = 1_000  # articles per part


class NotebookFailed(DossierError):
    """A notebook raised; the run folder keeps its executed copy with the error."""


class BriefRun(NamedTuple):
    """A finished brief: its id, folder, ``index.html``, notebook pages and cache use."""

    run_id: str
    folder: Path
    index: Path
    pages: list[Path]
    cache: CacheStats


@dataclass
class NotebookParameter:
    """A parameter of the ``parameters`` cell of one or more notebooks."""

    name: str
    type_name: str
    default: str
    help: str
    notebooks: list[str] = field(default_factory=list)

    @property
    def is_path(self) -> bool:
        return bool(_PATH_NAMES.search(self.name) or _PATH_HELP.search(self.help))

    def describe(self) -> str:
        where = ", ".join(self.notebooks)
        note = "  [set by dossier brief]" if self.name in SET_BY_BRIEF else ""
        return f"  {self.name}: {self.type_name} = {self.default}  # {self.help} ({where}){note}"


def find_notebooks(folder: Path | None = None) -> list[Path]:
    """The notebooks of ``folder`` (default: the project's ``notebooks/``) in reading order."""
    folder = Path(folder) if folder is not None else ROOT / "notebooks"
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise DossierError(f"notebook folder {folder} {what}; name one with --notebooks DIR")
    found = sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))
    if not found:
        raise DossierError(f"no notebook (*.ipynb) in {folder}")
    return found


def notebook_parameters(notebooks: list[Path]) -> dict[str, NotebookParameter]:
    """Every parameter the notebooks declare, with the notebooks declaring it."""
    import papermill as pm

    params: dict[str, NotebookParameter] = {}
    for nb in notebooks:
        for name, spec in pm.inspect_notebook(str(nb)).items():
            p = params.setdefault(name, NotebookParameter(name, _type_name(spec), spec.get("default") or "", spec.get("help") or ""))
            p.notebooks.append(nb.stem)
    return params


def _type_name(spec: dict) -> str:
    declared = spec.get("inferred_type_name") or "None"
    if declared != "None":
        return declared
    # No annotation: the type of the default literal, as papermill would inject it.
    try:
        return type(ast.literal_eval(spec.get("default") or "")).__name__
    except (ValueError, SyntaxError):
        return "str"


def check_parameters(values: dict[str, str], notebooks: list[Path]) -> dict[str, object]:
    """Coerce the analyst's ``-p NAME VALUE`` strings to the notebooks' declared types.

    Parameters
    ----------
    values : dict of str to str
        As given on the command line.
    notebooks : list of Path
        The notebooks the brief will run.

    Returns
    -------
    dict
        The values, typed; path parameters made absolute (notebooks run in
        their own folder).

    Raises
    ------
    ParameterError
        For an unknown name, a parameter the brief sets itself, a value that
        is not of the declared type, an invalid date or a missing path; the
        message lists every parameter with its type and default.
    """
    declared = notebook_parameters(notebooks)
    typed: dict[str, object] = {}
    problems = []
    for name, raw in values.items():
        p = declared.get(name)
        if p is None:
            settable = ", ".join(n for n in declared if n not in SET_BY_BRIEF)
            problems.append(f"unknown parameter {name!r} (the notebooks take {settable})")
        elif name in SET_BY_BRIEF:
            how = "give article files and folders as PATH arguments" if name == "articles" else "the brief sets it for each run"
            problems.append(f"parameter {name!r} cannot be set with -p: {how}")
        else:
            try:
                value = _coerce(raw, p.type_name)
                if name in ("since", "until"):
                    parse_date(value, name)
                if name == "categories":
                    select_categories(schema.empty("estimates"), value)  # names every category there is
                if p.is_path and value:
                    path = Path(value).expanduser().resolve()
                    if not path.exists():
                        raise ValueError(f"no such file or folder: {path}")
                    if name == "lexicon":
                        check_lexicon(path)
                    value = str(path)
                typed[name] = value
            except (ValueError, SyntaxError, DossierError) as e:
                problems.append(f"parameter {name!r}={raw!r}: {e}")
    since, until = (parse_date(typed.get(n, ""), n) for n in ("since", "until"))
    if since is not None and until is not None and since > until:
        problems.append(f"since={typed['since']!r} is after until={typed['until']!r}: no article could be kept")
    if problems:
        listing = "\n".join(p.describe() for p in declared.values())
        raise ParameterError("; ".join(problems) + f"\nParameters of the notebooks ({len(notebooks)} in {notebooks[0].parent}):\n{listing}")
    return typed


def check_lexicon(path: Path) -> None:
    """Raise ValueError when ``path`` is no theme lexicon dossier can use.

    A folder, a file that is not a CSV of ``theme,term,notes`` (a binary
    file, ``/etc/passwd``), an invalid regular expression, or one that
    could backtrack without bound (``re:(a+)+$`` takes seconds on 30
    characters, and years on a sentence; :func:`dossier.themes.compile_lexicon`
    refuses it): each is named in the message.
    """
    if path.is_dir():
        raise ValueError(f"{path} is a folder, not a lexicon CSV (columns theme,term,notes)")
    if not path.is_file():
        what = "no such file" if not path.exists() else "not a regular file"
        raise ValueError(f"{path}: {what}, not a lexicon CSV (columns theme,term,notes)")
    try:
        compile_lexicon(read_lexicon(path))
    except DossierError as e:
        raise ValueError(str(e).splitlines()[0]) from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ValueError(f"{path} cannot be read as a lexicon CSV of theme,term,notes ({type(e).__name__})") from None


def check_out(out: Path) -> Path:
    """``out`` made absolute, once it is known briefs can be written there (it is created later, when needed).

    Raises
    ------
    DossierError
        When ``out`` is a file, cannot be created or written, or its
        ``latest`` is a real folder (it must be the link to the last run).
    """
    out = Path(out).resolve()
    if (out / LATEST).is_dir() and not (out / LATEST).is_symlink():
        raise DossierError(f"{out / LATEST} is a folder; it must be the link dossier makes to the last run: move it away")
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        if not existing.is_dir():
            raise NotADirectoryError(20, f"{existing} is a file")
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as e:
        raise DossierError(f"cannot write briefs into {out}: {e.strerror or e}") from None
    return out


def _coerce(raw: str, type_name: str):
    base = re.sub(r"^(Optional\[|typing\.)", "", type_name).rstrip("]")
    if base == "str":
        return raw
    if base == "int":
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"expected a whole number (int), got {raw!r}") from None
    if base == "float":
        try:
            return float(raw)
        except ValueError:
            raise ValueError(f"expected a number (float), got {raw!r}") from None
    if base == "bool":
        if raw.lower() in _TRUE | _FALSE:
            return raw.lower() in _TRUE
        raise ValueError(f"expected true or false (bool), got {raw!r}")
    if base in ("list", "dict", "tuple"):
        value = ast.literal_eval(raw)
        if type(value).__name__ != base:
            raise ValueError(f"expected a {base} literal, got {raw!r}")
        return value
    return raw


class _TrackedKernelManager:
    """Kernels started by this process's briefs, so an interrupt can stop them by pid."""

    _live: dict[int, object] = {}
    _lock = threading.Lock()

    @classmethod
    def manager_class(cls):
        from jupyter_client import AsyncKernelManager

        registry = cls

        class Tracked(AsyncKernelManager):
            def client(self, **kw):
                # nbclient leaves the channels of a client it did not make the
                # kernel for open; they are closed with the kernel.
                kc = super().client(**kw)
                self.__dict__.setdefault("_dossier_clients", []).append(kc)
                return kc

            def close_clients(self) -> None:
                for kc in self.__dict__.pop("_dossier_clients", []):
                    kc.stop_channels()

            async def _async_post_start_kernel(self, **kw):
                await super()._async_post_start_kernel(**kw)
                with registry._lock:
                    registry._live[id(self)] = self

        return Tracked

    @classmethod
    def forget(cls, km) -> None:
        with cls._lock:
            cls._live.pop(id(km), None)

    @classmethod
    def kill_all(cls) -> None:
        with cls._lock:
            managers = list(cls._live.values())
        for km in managers:
            pid = getattr(getattr(km, "provisioner", None), "pid", None)
            if pid:
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass


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
    runs = _NotebookRuns(nb_paths, jobs)
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
        run_id = _new_run_id(out, started)
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
        _set_aside(partial, out / f"{run_id}.interrupted")
        raise
    except NotebookFailed as e:
        kept = _set_aside(partial, out / f"{run_id}.failed")
        raise NotebookFailed(f"{e} (executed notebooks with the error kept in {kept}; {out / LATEST} unchanged)") from None
    except BaseException:
        runs.cancel()
        _set_aside(partial, out / f"{run_id}.failed")
        raise
    final = out / run_id
    (partial / OWNER_FILE).unlink(missing_ok=True)
    _repoint_executed(partial, final)
    os.replace(partial, final)
    _point_latest(out, run_id)
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


class _NotebookRuns:
    """Notebooks executed side by side, each in its own kernel, then exported.

    :meth:`start` starts the kernels, which wait for :meth:`prepare` and
    :meth:`go` (the frames are written) before running their notebook;
    :meth:`cancel` stops them.
    """

    def __init__(self, notebooks: list[Path], jobs: int | None):
        self.notebooks = notebooks
        self.parameters: dict[Path, dict] = {}
        self.run_dir: Path | None = None
        self.provenance = None
        self.jobs = max(1, min(jobs or os.cpu_count() or 1, len(notebooks)))
        self.km_class = _TrackedKernelManager.manager_class()
        self._ready = threading.Event()
        self._abort = threading.Event()
        self._pool: ThreadPoolExecutor | None = None
        self._futures: dict = {}

    def start(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="brief")
        self._futures = {self._pool.submit(self._run_one, nb): nb for nb in self.notebooks}

    def prepare(self, parameters: dict[Path, dict], run_dir: Path, provenance) -> None:
        """What the runs need once the frames are written: parameters per notebook, run folder, footer."""
        self.parameters, self.run_dir, self.provenance = parameters, run_dir, provenance

    def go(self) -> None:
        """The frames are written: run the notebooks."""
        self._ready.set()

    def cancel(self) -> None:
        self._abort.set()
        self._ready.set()
        for fut in self._futures:
            fut.cancel()
        _TrackedKernelManager.kill_all()
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def results(self, progress: bool) -> list[tuple[Path, str]]:
        """(notebook, title) in reading order, once all ran; NotebookFailed names each that failed."""
        titles: dict[Path, str] = {}
        failures: list[str] = []
        with tqdm(total=len(self.notebooks), desc="notebooks", unit="notebook", disable=not progress, file=sys.stderr) as bar:
            for fut in as_completed(self._futures):
                nb = self._futures[fut]
                try:
                    titles[nb] = fut.result()
                except NotebookFailed as e:
                    failures.append(str(e))
                bar.set_postfix_str(nb.stem)
                bar.update()
        self._pool.shutdown(wait=True)
        if failures:
            raise NotebookFailed("; ".join(failures))
        return [(nb, titles[nb]) for nb in self.notebooks]

    def _run_one(self, nb: Path) -> str | None:
        import nbformat
        import papermill as pm
        from jupyter_core.utils import ensure_event_loop, run_sync
        from papermill.exceptions import PapermillExecutionError

        # The kernel is started in this thread, whose event loop nbclient uses
        # later; the kernel's working folder is the notebook's (papermill's own
        # cwd= would change the whole process's folder, racing the other runs).
        km = self.km_class(kernel_name="python3")
        # The kernel process's own log (start-up notices, crashes) goes beside
        # the executed notebook, not onto the analyst's terminal.
        kernel_log = tempfile.TemporaryFile()
        executed = None
        try:
            run_sync(km.start_kernel)(cwd=str(nb.parent), stdout=kernel_log, stderr=kernel_log)
            run_sync(_warm_up)(km, _imports(nb))
            self._ready.wait()
            if self._abort.is_set():
                return None
            executed = self.run_dir / "executed" / nb.name
            executed.parent.mkdir(parents=True, exist_ok=True)
            pm.execute_notebook(str(nb), str(executed), parameters=self.parameters[nb], kernel_name="python3", progress_bar=False, km=km)
        except PapermillExecutionError as e:
            raise NotebookFailed(f"notebook {nb.name} failed in cell {e.exec_count}: {e.ename}: {e.evalue}") from None
        except Exception as e:  # a dead kernel, a timeout, an unreadable notebook
            raise NotebookFailed(f"notebook {nb.name} failed: {type(e).__name__}: {e}") from None
        finally:
            try:
                km.close_clients()
                run_sync(km.shutdown_kernel)(now=True)
            except Exception:  # already dead, or never started
                pass
            _TrackedKernelManager.forget(km)
            # Each run leaves its thread's event loop to the next one closed.
            ensure_event_loop().close()
            if executed is not None:
                kernel_log.seek(0)
                executed.with_suffix(".kernel.log").write_bytes(kernel_log.read())
            kernel_log.close()
        title = notebook_title(nbformat.read(executed, as_version=4)) or nb.stem
        export_notebook(executed, self.run_dir / "notebooks" / f"{nb.stem}.html", self.provenance, title)
        return title


def _imports(nb: Path) -> list[str]:
    """Modules a notebook imports at the top level of its code cells."""
    import nbformat

    modules: list[str] = []
    for cell in nbformat.read(nb, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:  # magics
            continue
        for node in tree.body:
            if isinstance(node, ast.Import):
                modules += [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules += [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
    return list(dict.fromkeys(modules))


async def _warm_up(km, modules: list[str]) -> None:
    """Import ``modules`` in the kernel silently: no output, no history, no name left behind."""
    if not modules:
        return
    code = (
        "def _dossier_warm_up(names):\n"
        "    import importlib\n"
        "    for name in names:\n"
        "        try:\n"
        "            importlib.import_module(name)\n"
        "        except Exception:\n"
        "            pass\n"
        f"_dossier_warm_up({modules!r})\n"
        "del _dossier_warm_up\n"
    )
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=60)
        await kc.execute_interactive(code, silent=True, store_history=False, timeout=120)
    finally:
        kc.stop_channels()


OWNER_FILE = ".owner"  # the pid of the brief writing a .partial run folder


def clean_partials(out: Path) -> None:
    """Remove the ``.<run-id>.partial`` folders of briefs killed before they could set them aside."""
    for folder in out.glob(".*.partial"):
        try:
            pid = int((folder / OWNER_FILE).read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            # Written before briefs recorded their pid: gone for a day, it is no live run.
            if datetime.now().timestamp() - folder.stat().st_mtime < 86400:
                continue
            pid = None
        if pid is None or not alive(pid):
            shutil.rmtree(folder, ignore_errors=True)


def _new_run_id(out: Path, when: datetime) -> str:
    base = when.strftime("%Y%m%dT%H%M%SZ")
    run_id, n = base, 1
    while any((out / name).exists() for name in (run_id, f".{run_id}.partial", f"{run_id}.failed", f"{run_id}.interrupted")):
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def _set_aside(partial: Path, dest: Path) -> Path:
    if partial.exists():
        (partial / OWNER_FILE).unlink(missing_ok=True)
        try:
            _repoint_executed(partial, dest)
        except Exception:  # noqa: BLE001 - a notebook half-written by a failed run; setting aside matters more
            pass
        os.replace(partial, dest)
    return dest


def _repoint_executed(partial: Path, dest: Path) -> None:
    """Make the executed notebooks in ``partial`` name ``dest``, the folder it is about to become.

    The notebooks ran while the run lived in ``partial``, so their injected
    parameters (``articles``, ``output_dir``) and papermill's metadata name
    it; an analyst re-running one in JupyterLab needs the paths that exist.
    """
    import nbformat

    old, new = str(partial), str(dest)

    def swap(node):
        if isinstance(node, str):
            return node.replace(old, new)
        if isinstance(node, list):
            return [swap(v) for v in node]
        if isinstance(node, dict):
            return type(node)((k, swap(v)) for k, v in node.items())
        return node

    for path in sorted((partial / "executed").glob("*.ipynb")):
        if old in path.read_text(encoding="utf-8"):
            nbformat.write(swap(nbformat.read(path, as_version=nbformat.NO_CONVERT)), path)


def latest_run(out: Path) -> Path | None:
    """Folder of the last successful run in ``out``, or None."""
    link = Path(out) / LATEST
    if link.is_symlink():
        target = Path(out) / os.readlink(link)
    elif link.is_file():
        target = Path(out) / link.read_text(encoding="utf-8").strip()
    else:
        return None
    return target if (target / "frames").is_dir() else None


def _point_latest(out: Path, run_id: str) -> None:
    # Made under a temporary name, then renamed over the old one: a reader
    # sees the old run or the new one, never no link.
    tmp = out / f".{LATEST}.{uuid.uuid4().hex}"
    try:
        os.symlink(run_id, tmp, target_is_directory=True)
    except OSError:
        tmp.write_text(run_id + "\n", encoding="utf-8")
    try:
        os.replace(tmp, out / LATEST)
    except OSError:
        if tmp.is_symlink() or tmp.is_file():
            tmp.unlink()
        raise

