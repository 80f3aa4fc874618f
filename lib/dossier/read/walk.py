"""Finding the article files under the paths given: every entry met is read, rejected with its reason, or skipped with a count."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, NamedTuple

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
MANIFEST = "manifest.csv"
MAX_MANIFEST_BYTES = 50 * 1024 * 1024  # some 500,000 rows: more is no manifest of a folder of articles


def shown_path(path) -> str:
    """``path`` as text every writer accepts: bytes of a file name that are not UTF-8 become U+FFFD."""
    s = str(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class Collected(NamedTuple):
    """What :func:`collect_files` found: article files, ``(path, reason)`` for the rest, and notes for some files."""

    files: list[Path]
    rejected: list[tuple[str, str]]
    notes: dict[str, str]


def collect_files(paths: Iterable) -> Collected:
    """Article files under ``paths`` (files, folders searched recursively), and ``(path, reason)`` for the rest.

    Every entry met in a folder is an article file, the folder's manifest,
    a folder searched in turn, or a row of ``rejected`` saying why not:
    unsupported type, FIFO or other special file, dangling or folder
    symbolic link, unreadable folder.  Hidden entries (names starting with
    ``.``), a folder's README and what dossier wrote there earlier (a
    store of ``dossier extract``, a folder of briefs) are skipped, with one
    row per input folder counting them.  A symbolic link to a file outside
    the input folder is read, with a note.
    """
    files: list[Path] = []
    rejected: list[tuple[str, str]] = []
    notes: dict[str, str] = {}
    for raw in paths:
        p = Path(raw)
        mode = _mode(p)
        if stat.S_ISDIR(mode):
            before = (len(files), len(rejected))
            skipped: dict[str, int] = {}
            _walk(p, p.resolve(), files, rejected, notes, skipped)
            if len(files) == before[0]:
                rejected.insert(before[1], (shown_path(p), "folder holds no articles (looked for " + ", ".join(sorted(SUFFIXES)) + ")"))
            for what, n in skipped.items():
                rejected.append((shown_path(p), f"skipped {n:,} {what}"))
        elif stat.S_ISREG(mode):
            if p.suffix.lower() not in SUFFIXES:
                rejected.append((shown_path(p), f"unsupported file type {p.suffix or '(none)'}; dossier reads " + ", ".join(sorted(SUFFIXES))))
            else:
                files.append(p)
        elif p.is_symlink() and not p.exists():
            rejected.append((shown_path(p), "dangling symbolic link: its target does not exist"))
        elif p.exists():
            rejected.append((shown_path(p), "not a regular file"))
        else:
            rejected.append((shown_path(p), "no such file or folder"))
    # A file named and also found in a named folder is one rejection.
    return Collected(files, list(dict.fromkeys(rejected)), notes)


_SKIPPED_HIDDEN = "hidden files or folders (names starting with '.')"
_SKIPPED_OUTPUT = "folders dossier wrote earlier (a store of dossier extract, briefs)"


def _walk(folder: Path, root: Path, files, rejected, notes, skipped) -> None:
    """Files of ``folder`` and its subfolders, in name order (see :func:`collect_files`)."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        rejected.append((shown_path(folder), f"folder cannot be read: {e.strerror or e}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            skipped[_SKIPPED_HIDDEN] = skipped.get(_SKIPPED_HIDDEN, 0) + 1
            continue
        try:
            link = entry.is_symlink()
            mode = os.stat(path).st_mode if link else entry.stat(follow_symlinks=False).st_mode
        except FileNotFoundError:
            rejected.append((shown_path(path), "dangling symbolic link: its target does not exist"))
            continue
        except OSError as e:
            rejected.append((shown_path(path), f"cannot be read: {e.strerror or e}"))
            continue
        if stat.S_ISDIR(mode):
            if _dossier_output(path):
                skipped[_SKIPPED_OUTPUT] = skipped.get(_SKIPPED_OUTPUT, 0) + 1
            elif link:
                rejected.append((shown_path(path), "symbolic link to a folder: not followed (name the folder itself to read it)"))
            else:
                _walk(path, root, files, rejected, notes, skipped)
        elif not stat.S_ISREG(mode):
            rejected.append((shown_path(path), f"not a regular file ({_kind(mode)})"))
        elif entry.name == MANIFEST:
            size = os.stat(path).st_size
            if size > MAX_MANIFEST_BYTES:
                rejected.append((shown_path(path), f"manifest of {human_size(size)} ignored: over the limit of {human_size(MAX_MANIFEST_BYTES)}"))
        elif entry.name.upper().startswith("README"):
            continue  # a folder's own README is never an article
        elif path.suffix.lower() not in SUFFIXES:
            rejected.append((shown_path(path), f"unsupported file type {path.suffix or '(none)'}; dossier reads " + ", ".join(sorted(SUFFIXES))))
        else:
            if link:
                target = path.resolve()
                if not target.is_relative_to(root):
                    notes[str(path)] = f"symbolic link to {shown_path(target)}, outside the folder read"
            files.append(path)


def _dossier_output(folder: Path) -> bool:
    """Whether ``folder`` is a store ``dossier extract`` wrote, a brief run, or a folder of briefs."""
    return (
        (folder / "store.json").is_file()
        or ((folder / "index.html").is_file() and (folder / "frames").is_dir())
        or (folder / "latest").is_symlink()  # a folder of briefs (or "latest" a file naming the run, where links cannot be made)
        or ((folder / "latest").is_file() and (folder / ".cache").is_dir())
    )


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def _mode(p: Path) -> int:
    """``p``'s file mode, 0 when it cannot be had: one stat for ``is_dir()`` then ``is_file()``."""
    try:
        return os.stat(p).st_mode
    except (OSError, ValueError):
        return 0  # p.exists() then says why, raising what pathlib does not ignore


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
