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
            run_sync(_warm_up)(km, notebook_imports(nb))
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
            TrackedKernelManager.forget(km)
            # Each run leaves its thread's event loop to the next one closed.
            ensure_event_loop().close()
            if executed is not None:
                kernel_log.seek(0)
                executed.with_suffix(".kernel.log").write_bytes(kernel_log.read())
            kernel_log.close()
        title = notebook_title(nbformat.read(executed, as_version=4)) or nb.stem
        export_notebook(executed, self.run_dir / "notebooks" / f"{nb.stem}.html", self.provenance, title)
        return title


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
