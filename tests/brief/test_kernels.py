"""A notebook's kernel that dies before it answers is started again; one that dies later fails its notebook."""

from __future__ import annotations

import os
import signal

import nbformat
import pytest

from dossier.brief.build import NotebookFailed, build_brief
from dossier.brief.kernels import START_ATTEMPTS, TrackedKernelManager

RESTARTED = "the kernel died before it answered; starting it again"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.md").write_text("---\ntitle: One\npublished: 2025-01-02\n---\nRussia and North Korea signed a treaty.\n", encoding="utf-8")
    return folder


def _notebook(folder, *cells):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell('articles: str = ""\nrun_id: str = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# A test"), params, *(nbformat.v4.new_code_cell(c) for c in cells)]
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / "01_test.ipynb")
    return folder


def _killing(monkeypatch, *, kills: int, when: str):
    """Kernel managers whose first ``kills`` kernels are killed at start, or when papermill's client connects."""
    made = TrackedKernelManager.manager_class()
    state = {"killed": 0}

    def kill(km):
        if state["killed"] < kills:
            state["killed"] += 1
            os.kill(km.provisioner.pid, signal.SIGKILL)
            km.provisioner.process.wait()

    class Killing(made):
        async def _async_post_start_kernel(self, **kw):
            await super()._async_post_start_kernel(**kw)
            if when == "start":
                kill(self)

        def client(self, **kw):
            # The second client of a kernel is papermill's: the kernel warmed up, then died waiting.
            kc = super().client(**kw)
            if when == "execute" and len(self.__dict__.get("_dossier_clients", [])) == 2:
                kill(self)
            return kc

    monkeypatch.setattr(TrackedKernelManager, "manager_class", classmethod(lambda cls: Killing))
    return state


@pytest.mark.parametrize("when", ["start", "execute"])
def test_kernel_dead_before_it_answers_is_started_again(tmp_path, articles, monkeypatch, when):
    state = _killing(monkeypatch, kills=1, when=when)
    notebooks = _notebook(tmp_path / "nb", "print('ran once', run_id)")
    run = build_brief([articles], out=tmp_path / "out", notebooks=notebooks)
    assert state["killed"] == 1
    executed = nbformat.read(run.folder / "executed" / "01_test.ipynb", as_version=4)
    printed = [o["text"] for c in executed.cells for o in c.get("outputs", []) if o.get("name") == "stdout"]
    assert printed == [f"ran once {run.run_id}\n"]
    log = (run.folder / "executed" / "01_test.kernel.log").read_text(encoding="utf-8")
    assert log.count(RESTARTED) == 1
    assert not TrackedKernelManager._live


def test_kernel_that_never_answers_fails_its_notebook_and_keeps_its_log(tmp_path, articles, monkeypatch):
    state = _killing(monkeypatch, kills=START_ATTEMPTS, when="start")
    notebooks = _notebook(tmp_path / "nb", "print('never')")
    with pytest.raises(NotebookFailed, match=rf"01_test.ipynb failed: .* after {START_ATTEMPTS} starts of its kernel"):
        build_brief([articles], out=tmp_path / "out", notebooks=notebooks)
    assert state["killed"] == START_ATTEMPTS
    [failed] = (tmp_path / "out").glob("*.failed")
    log = (failed / "executed" / "01_test.kernel.log").read_text(encoding="utf-8")
    assert log.count(RESTARTED) == START_ATTEMPTS - 1
    assert not TrackedKernelManager._live


def test_kernel_that_dies_in_a_cell_is_not_started_again(tmp_path, articles):
    """Cells may have written files or charts: a notebook never runs twice."""
    notebooks = _notebook(tmp_path / "nb", "print('first cell', flush=True)", "import os\nos._exit(3)", "print('after')")
    with pytest.raises(NotebookFailed, match="01_test.ipynb failed"):
        build_brief([articles], out=tmp_path / "out", notebooks=notebooks)
    [failed] = (tmp_path / "out").glob("*.failed")
    assert RESTARTED not in (failed / "executed" / "01_test.kernel.log").read_text(encoding="utf-8")
    executed = nbformat.read(failed / "executed" / "01_test.ipynb", as_version=4)
    printed = [o["text"] for c in executed.cells for o in c.get("outputs", []) if o.get("name") == "stdout"]
    assert printed == ["first cell\n"]
