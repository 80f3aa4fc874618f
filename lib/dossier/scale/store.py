"""Frame stores: the folders ``dossier extract`` writes and each brief keeps as ``frames/``.

A store holds one entry per frame: ``<name>.csv``, ``<name>.parquet``, or a
folder of Parquet parts ``<name>.parquet/part-NNNNN.parquet`` (the
partitioned writers), and ``store.json``, which says which dossier and
which extractor version wrote it.  Reading takes only the columns asked for
from Parquet, so a notebook over a large store can leave out the body text
(:data:`TEXT_COLUMNS`) and fetch the text of only the sentences it shows
(:func:`read_sentences`).

``store.json`` also lists each frame's files with their SHA-256 and, for
Parquet, their rows: :func:`check_store` finds a part missing, truncated
or changed since the store was written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq

import dossier
from .. import schema
from ..schema import FRAME_NAMES

MANIFEST = "store.json"
_MARKERS = ("articles.parquet", "articles.csv")
# Body text dominates a store's size (about 5 KB an article, twice: articles
# and sentences); most charts never read it.
TEXT_COLUMNS = {"articles": ("text",), "sentences": ("text",)}


def find_store(paths) -> Path | None:
    """The store ``paths`` names, when it is a single folder written by ``dossier extract``; else None."""
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if len(paths) == 1:
        p = Path(paths[0])
        if p.is_dir() and any((p / f).exists() for f in _MARKERS):
            return p
    return None


def count_rows(folder: Path, name: str) -> int | None:
    """Rows of frame ``name`` in the store, from Parquet metadata; None for a CSV store (not counted without reading it)."""
    pq = Path(folder) / f"{name}.parquet"
    if pq.exists():
        return ds.dataset(pq, format="parquet").count_rows()
    return None


def read_frame(folder: Path, name: str, *, text: bool = True) -> pd.DataFrame:
    """Frame ``name`` of the store, with the schema's dtypes; an empty frame when the store lacks it.

    With ``text=False`` the :data:`TEXT_COLUMNS` of the frame are not read
    from disk (Parquet) and come back as NA, so the frame keeps its schema.
    """
    skip = () if text else TEXT_COLUMNS.get(name, ())
    pq, csv = Path(folder) / f"{name}.parquet", Path(folder) / f"{name}.csv"
    if pq.exists():
        names = ds.dataset(pq, format="parquet").schema.names
        df = pd.read_parquet(pq, columns=[c for c in names if c not in skip])
    elif csv.exists():
        # Text columns stay text: "0" or "0\n120" (heading_offsets) is not a number to guess.
        texts = {c.name: "str" for c in schema.FRAMES[name] if c.dtype == "str"}
        df = pd.read_csv(csv, keep_default_na=False, na_values=[""], usecols=lambda c: c not in skip, dtype=texts)
    else:
        return schema.empty(name)
    older = {c: pd.NA for c in schema.ADDED_COLUMNS.get(name, ()) if c not in df.columns}  # (a store written before them)
    return schema.conform(df.assign(**{c: pd.NA for c in skip}, **older), name)


def read_sentences(folder: Path, rows: pd.DataFrame) -> pd.DataFrame:
    """The sentences named by ``rows`` (columns ``article_id`` and ``sentence``), text included.

    Only the articles of ``rows`` are read from a Parquet store, so a table
    of a few hundred figures costs a few hundred sentences, not the corpus.
    """
    keys = rows[["article_id", "sentence"]].drop_duplicates()
    pq = Path(folder) / "sentences.parquet"
    if keys.empty:
        return schema.empty("sentences")
    if pq.exists():
        ids = sorted(set(keys["article_id"].astype("str")))
        table = ds.dataset(pq, format="parquet").to_table(filter=ds.field("article_id").isin(ids))
        found = table.to_pandas()
    else:
        found = read_frame(folder, "sentences")
    found = schema.conform(found, "sentences")
    return found.merge(keys.astype({"sentence": "int64"}), on=["article_id", "sentence"]).reset_index(drop=True)


def clear(folder: Path, *, keep=()) -> None:
    """Remove every frame and the manifest from the store, but the entries named in ``keep``.

    A store written in one format over one of the other must not keep the
    old frames: readers prefer Parquet, and would read stale rows.
    """
    for name in _entries(FRAME_NAMES):
        if name not in keep:
            _remove(Path(folder) / name)


def remove_frames(folder: Path, names) -> None:
    """Remove frames ``names`` from the store, in either format (a hard-linked copy elsewhere keeps its files)."""
    for name in names:
        for ext in ("parquet", "csv"):
            _remove(Path(folder) / f"{name}.{ext}")


_PARTIAL = ".extract-"


def partial_folder(out: Path) -> Path:
    """A new hidden folder in ``out`` to write a store into before :func:`swap_in` moves it into place."""
    folder = Path(out) / f"{_PARTIAL}{os.getpid()}-{uuid.uuid4().hex[:8]}.partial"
    folder.mkdir(parents=True)
    return folder


def clean_partials(out: Path) -> list[Path]:
    """Remove what runs killed before they finished left in ``out`` (their process is gone); returns what was removed."""
    removed = []
    for folder in Path(out).glob(f"{_PARTIAL}*.partial"):
        pid = folder.name[len(_PARTIAL):].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # another user's process, or no way to tell: keep its folder
    return True


def swap_in(new: Path, out: Path) -> None:
    """Make the store written in ``new`` the store of ``out``, replacing its frames and manifest.

    Entries of the old store move aside only as the new ones arrive, and
    ``store.json`` comes last; frames of the old store that the new one
    lacks (the other format) are removed after.  The old files are
    unlinked, not rewritten, so a brief's hard-linked copy keeps them.
    """
    new, out = Path(new), Path(out)
    aside = new.with_name(new.name.replace(".partial", ".old"))
    aside.mkdir()
    try:
        names = [n for n in _entries(FRAME_NAMES) if n != MANIFEST] + [MANIFEST]
        arriving = [n for n in names if (new / n).exists()]
        for name in arriving:
            if (out / name).exists() or (out / name).is_symlink():
                os.replace(out / name, aside / name)
            os.replace(new / name, out / name)
        for name in names:
            if name not in arriving:
                _remove(out / name)
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _entries(frame_names) -> list[str]:
    return [f"{n}.{ext}" for n in (*frame_names, "rejected") for ext in ("parquet", "csv")] + [MANIFEST]


def parts_to_csv(parts: Path, dest: Path, name: str) -> Path:
    """Write the Parquet parts of frame ``name`` (a ``<name>.parquet`` folder) as one CSV file, a part at a time.

    Dates are written as ``YYYY-MM-DD``, or with their time when they have
    one, value by value, so that the file does not depend on how the
    corpus was cut into parts.
    """
    files = sorted(Path(parts).glob("part-*.parquet"))
    tmp = dest.with_name(f".{dest.name}.partial")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        if not files:
            schema.empty(name).to_csv(f, index=False)
        for i, part in enumerate(files):
            df = schema.conform(pd.read_parquet(part), name)
            _dates_as_text(df).to_csv(f, index=False, header=i == 0)
    os.replace(tmp, dest)
    return dest


def _dates_as_text(df: pd.DataFrame) -> pd.DataFrame:
    dates = {}
    for col in df.columns:
        s = df[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            midnight = s.dt.normalize() == s
            dates[col] = s.dt.strftime("%Y-%m-%d").where(midnight, s.dt.strftime("%Y-%m-%d %H:%M:%S"))
    return df.assign(**dates) if dates else df


def write_manifest(folder: Path, *, lexicon=None) -> Path:
    """Write ``store.json``: the dossier and extractor versions that wrote the store, when, with which lexicon, and its files."""
    return _write_json(
        Path(folder) / MANIFEST,
        {
            "dossier_version": dossier.__version__,
            "extractor_version": dossier.EXTRACTOR_VERSION,
            "written": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
            **_lexicon_entry(lexicon),
            "frames": frame_files(folder),
        },
    )


def frame_files(folder: Path) -> dict[str, dict]:
    """Each frame entry of the store (``articles.parquet``, ``themes.csv`` ...) with its files' SHA-256 and Parquet rows."""
    entries = {}
    for name in _entries(FRAME_NAMES):
        path = Path(folder) / name
        if name == MANIFEST or not (path.is_file() or path.is_dir()):
            continue
        files = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
        entries[name] = {f.name: _file_entry(f) for f in files}
    return entries


def _file_entry(path: Path) -> dict:
    with open(path, "rb") as f:
        entry = {"sha256": hashlib.file_digest(f, "sha256").hexdigest()}
    if path.suffix == ".parquet":
        entry["rows"] = pq.ParquetFile(path).metadata.num_rows
    return entry


class StoreCheck(NamedTuple):
    """What :func:`check_store` found: parts ``broken`` (missing, unreadable, rows changed) and ``changed`` (readable, content edited)."""

    broken: list[str]
    changed: list[str]


def check_store(folder: Path) -> StoreCheck:
    """The store's files checked against ``store.json``: every part there, readable, of the rows and content written.

    A store whose ``store.json`` lists no files (written before it did)
    has only its Parquet files' footers checked.
    """
    folder = Path(folder)
    recorded = read_manifest(folder).get("frames")
    broken: list[str] = []
    changed: list[str] = []
    if not isinstance(recorded, dict):
        for path in sorted(folder.glob("*.parquet")) + sorted(folder.glob("*.parquet/part-*.parquet")):
            if path.is_file():
                try:
                    pq.ParquetFile(path).metadata
                except Exception as e:  # noqa: BLE001 - Arrow's errors for a damaged file vary
                    broken.append(f"{path.relative_to(folder)} cannot be read ({type(e).__name__}: {str(e)[:120]})")
        return StoreCheck(broken, changed)
    for entry, files in recorded.items():
        path = folder / entry
        if not (path.is_file() or path.is_dir()):
            broken.append(f"{entry} is missing")
            continue
        present = {f.name: f for f in (sorted(path.glob("part-*.parquet")) if path.is_dir() else [path])}
        for name in sorted(set(files) - set(present)):
            broken.append(f"{entry}/{name} is missing" if path.is_dir() else f"{entry} is missing")
        for name in sorted(set(present) - set(files)):
            broken.append(f"{entry}/{name} was not written with the store")
        for name in sorted(set(files) & set(present)):
            where = f"{entry}/{name}" if path.is_dir() else entry
            try:
                now = _file_entry(present[name])
            except Exception as e:  # noqa: BLE001 - a truncated Parquet footer, an unreadable file
                broken.append(f"{where} cannot be read ({type(e).__name__}: {str(e)[:120]})")
                continue
            if "rows" in files[name] and now.get("rows") != files[name]["rows"]:
                broken.append(f"{where} holds {now.get('rows')} rows, {files[name]['rows']} were written")
            elif now["sha256"] != files[name].get("sha256"):
                changed.append(f"{where} changed since the store was written")
    return StoreCheck(broken, changed)


def read_manifest(folder: Path) -> dict:
    """``store.json`` of the store; ``{}`` for a store written before dossier wrote one, or an unreadable one."""
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def set_lexicon(folder: Path, lexicon) -> Path:
    """Record in ``store.json`` that the store's themes were matched again with ``lexicon``; the rest is kept."""
    path = Path(folder) / MANIFEST
    return _write_json(path, {**read_manifest(folder), **_lexicon_entry(lexicon), "frames": frame_files(folder)})


def lexicon_matched(folder: Path, lexicon) -> bool:
    """Whether the store's themes were matched with ``lexicon`` as the file reads now (None: the packaged one).

    The file's SHA-256 is compared, not only its path, so an edited lexicon
    is matched again.
    """
    recorded = read_manifest(folder)
    if not lexicon:
        return "lexicon" in recorded and recorded["lexicon"] is None
    try:
        entry = _lexicon_entry(lexicon)
    except OSError:
        return False
    return recorded.get("lexicon") == entry["lexicon"] and recorded.get("lexicon_sha256") == entry["lexicon_sha256"]


def _lexicon_entry(lexicon) -> dict:
    if not lexicon:
        return {"lexicon": None, "lexicon_sha256": None}
    path = Path(lexicon).resolve()
    return {"lexicon": str(path), "lexicon_sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def _write_json(path: Path, manifest: dict) -> Path:
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def copy_store(src: Path, dest: Path) -> list[Path]:
    """Copy the store's frames and manifest into ``dest``, by hard links where the filesystem allows.

    A brief keeps the frames it was built from; linking makes that free for
    a store of any size, and a later ``dossier extract`` into ``src``
    replaces its files rather than rewriting them, so the brief's copy
    keeps what the brief read.
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    copied = []
    for name in _entries(FRAME_NAMES):
        path = Path(src) / name
        if path.is_dir():
            shutil.copytree(path, dest / name, copy_function=_link_or_copy)
        elif path.is_file():
            _link_or_copy(path, dest / name)
        else:
            continue
        copied.append(dest / name)
    return copied


def _link_or_copy(src, dest) -> None:
    try:
        os.link(src, dest)
    except OSError:  # another filesystem, or one without hard links
        shutil.copy2(src, dest)
