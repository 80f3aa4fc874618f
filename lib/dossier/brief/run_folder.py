"""The folder of briefs: a run written as ``.<run-id>.partial``, renamed when it succeeds or is set aside, and ``latest``.

A run is written into ``OUT/.<run-id>.partial`` (its ``.owner`` file holds
the pid writing it) and renamed to ``OUT/<run-id>`` only when every
notebook succeeded; then ``OUT/latest`` is pointed at it, atomically.  A
failed or interrupted run is set aside as ``OUT/<run-id>.failed`` or
``.interrupted``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from datetime import datetime
from pathlib import Path

from ..exceptions import DossierError
from ..scale.store import alive

LATEST = "latest"
OWNER_FILE = ".owner"  # the pid of the brief writing a .partial run folder


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


def new_run_id(out: Path, when: datetime) -> str:
    """The id of a run started ``when``: its UTC time, with ``-2``, ``-3`` ... when ``out`` holds a run of that second."""
    base = when.strftime("%Y%m%dT%H%M%SZ")
    run_id, n = base, 1
    while any((out / name).exists() for name in (run_id, f".{run_id}.partial", f"{run_id}.failed", f"{run_id}.interrupted")):
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def set_aside(partial: Path, dest: Path) -> Path:
    """Rename the run folder ``partial`` (when there is one) to ``dest``, a failed or interrupted run kept for reading."""
    if partial.exists():
        (partial / OWNER_FILE).unlink(missing_ok=True)
        try:
            repoint_executed(partial, dest)
        except Exception:  # noqa: BLE001 - a notebook half-written by a failed run; setting aside matters more
            pass
        os.replace(partial, dest)
    return dest


def repoint_executed(partial: Path, dest: Path) -> None:
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


def point_latest(out: Path, run_id: str) -> None:
    """Point ``out/latest`` at the run ``run_id``: a symbolic link, else a file holding the id."""
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
