"""The notebooks of a brief run side by side, each in its own kernel, then exported to a page.

The kernels start while the corpus is read and extracted (they import what
their notebook imports meanwhile), and each runs its notebook once the
frames are written.  Every kernel started is tracked, so that an interrupt
stops them all.
"""

from __future__ import annotations

import ast
import os
import signal
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from tqdm.auto import tqdm

from ..exceptions import DossierError
from .html import export_notebook, notebook_title


# Starts of a notebook's kernel before its failure to answer is the notebook's.
START_ATTEMPTS = 3


class NotebookFailed(DossierError):
    """A notebook raised; the run folder keeps its executed copy with the error."""


class TrackedKernelManager:
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


class NotebookRuns:
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
        self.km_class = TrackedKernelManager.manager_class()
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
        TrackedKernelManager.kill_all()
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
        from jupyter_core.utils import ensure_event_loop
        from papermill.exceptions import PapermillExecutionError

        # The kernel process's own log (start-up notices, crashes) goes beside
        # the executed notebook, not onto the analyst's terminal.
        kernel = Kernel(self.km_class, nb, tempfile.TemporaryFile(), self._abort)
        executed = None
        try:
            try:
                kernel.start()
            finally:
                # Also when the kernel would not start: the run folder, which
                # keeps its log, is known once the frames are written.
                self._ready.wait()
            if self._abort.is_set():
                return None
            executed = self.run_dir / "executed" / nb.name
            executed.parent.mkdir(parents=True, exist_ok=True)
            for attempt in range(1, START_ATTEMPTS + 1):
                try:
                    pm.execute_notebook(
                        str(nb), str(executed), parameters=self.parameters[nb], kernel_name="python3", progress_bar=False, km=kernel.km
                    )
                    break
                except PapermillExecutionError:
                    raise
                except Exception:
                    # A kernel that died before the notebook's first cell ran
                    # is started again; one that died later is the notebook's failure.
                    if attempt == START_ATTEMPTS or kernel.alive() or cells_ran(executed):
                        raise
                    kernel.start()
        except PapermillExecutionError as e:
            raise NotebookFailed(f"notebook {nb.name} failed in cell {e.exec_count}: {e.ename}: {e.evalue}") from None
        except Exception as e:  # a dead kernel, a timeout, an unreadable notebook
            raise NotebookFailed(f"notebook {nb.name} failed: {type(e).__name__}: {e}{kernel.log_hint(self.run_dir)}") from None
        finally:
            kernel.stop()
            # Each run leaves its thread's event loop to the next one closed.
            ensure_event_loop().close()
            if not self._abort.is_set() and self.run_dir is not None:
                kernel.keep_log(self.run_dir)
        title = notebook_title(nbformat.read(executed, as_version=4)) or nb.stem
        export_notebook(executed, self.run_dir / "notebooks" / f"{nb.stem}.html", self.provenance, title)
        return title


class Kernel:
    """A notebook's kernel, started in the thread that runs the notebook, whose event loop nbclient uses later.

    A kernel that dies before it answers has run nothing (a port taken
    between its choice and its bind, a start-up crash under load): it is
    started again, up to ``START_ATTEMPTS`` times, its log kept across them.
    """

    def __init__(self, km_class, nb: Path, log, abort: threading.Event):
        self.km_class, self.nb, self.log, self.abort = km_class, nb, log, abort
        self.km = None
        self.starts = 0

    def start(self) -> None:
        from jupyter_core.utils import run_sync

        for attempt in range(1, START_ATTEMPTS + 1):
            self.stop()
            if self.starts:
                self.log.write(b"\n--- dossier: the kernel died before it answered; starting it again ---\n\n")
            self.starts += 1
            self.km = self.km_class(kernel_name="python3")
            try:
                # The kernel's working folder is the notebook's (papermill's own
                # cwd= would change the whole process's folder, racing the other runs).
                run_sync(self.km.start_kernel)(cwd=str(self.nb.parent), stdout=self.log, stderr=self.log)
                run_sync(_warm_up)(self.km, notebook_imports(self.nb))
                return
            except Exception:
                if attempt == START_ATTEMPTS or self.abort.is_set() or not self.km.has_kernel or self.alive():
                    raise

    def alive(self) -> bool:
        from jupyter_core.utils import run_sync

        try:
            return bool(run_sync(self.km.is_alive)())
        except Exception:
            return False

    def stop(self) -> None:
        from jupyter_core.utils import run_sync

        if self.km is None:
            return
        try:
            self.km.close_clients()
            run_sync(self.km.shutdown_kernel)(now=True)
        except Exception:  # already dead, or never started
            pass
        TrackedKernelManager.forget(self.km)
        self.km = None

    def log_path(self, run_dir: Path) -> Path:
        return run_dir / "executed" / f"{self.nb.stem}.kernel.log"

    def keep_log(self, run_dir: Path) -> None:
        """Write the kernel's log beside the executed notebook, and close it."""
        self.log.seek(0)
        path = self.log_path(run_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.log.read())
        self.log.close()

    def log_hint(self, run_dir: Path | None) -> str:
        if self.starts <= 1 or run_dir is None:
            return ""
        return f" after {self.starts} starts of its kernel (its log: {self.log_path(run_dir).name})"


def cells_ran(executed: Path) -> bool:
    """Whether any code cell of a notebook papermill was executing has started."""
    import nbformat

    try:
        nb = nbformat.read(executed, as_version=4)
    except (OSError, ValueError):  # not written yet
        return False
    # papermill stamps a cell's start; on a failure it marks the cells never started "completed".
    return any(c.get("metadata", {}).get("papermill", {}).get("start_time") for c in nb.cells)


def notebook_imports(nb: Path) -> list[str]:
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
    """Wait for the kernel to answer, then import ``modules`` in it silently: no output, no history, no name left behind."""
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
        # Also without imports: a kernel that dies at start does so here, where it is started again.
        await kc.wait_for_ready(timeout=60)
        if not modules:
            return
        await kc.execute_interactive(code, silent=True, store_history=False, timeout=120)
    finally:
        kc.stop_channels()
