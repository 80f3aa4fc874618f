"""Reading a folder of articles into the ``articles`` frame (the files are found by :mod:`dossier.read.walk`).

Formats: ``.txt`` and ``.md`` (optional YAML front matter), ``.html`` saved
pages (text and metadata by trafilatura), ``.json`` (a record or a list of
records) and ``.jsonl`` (a record a line), read by :mod:`dossier.read.formats`;
the body is cleaned by :mod:`dossier.read.clean`.  Metadata comes from, in
order: front matter or record fields; the folder's ``manifest.csv``; what
the text itself states; else unknown.  A file that cannot be read becomes a
row of ``rejected`` and never stops the others.
"""

from __future__ import annotations

import collections
import hashlib
import warnings
from pathlib import Path
from typing import Iterator, NamedTuple

import pandas as pd
from tqdm.auto import tqdm

from .. import schema
from ..budget import OverBudget
from ..exceptions import BadInputWarning
from ..text.words import WORD, count_words
from .clean import clean_text
from .formats import (  # noqa: F401 (the limits and field names are public here too)
    MAX_LISTED,
    MAX_META_CHARS,
    META_ALIASES,
    OUT_OF_RANGE,
    TEXT_FIELDS,
    Record,
    Reject,
    decode,
    describe_error,
    front_matter,
    html_page,
    json_records,
    manifest_row,
    to_date,
)
from .walk import MANIFEST, SUFFIXES, Collected, collect_files, shown_path  # noqa: F401 (public here too)
from .walk import human_size

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_META = tuple(META_ALIASES)
_ASCII = bytes(range(128))
_NOT_ODD_SPACE = bytes(b for b in range(256) if not (chr(b).isspace() and b < 128) or b in b" \n")


class Corpus(NamedTuple):
    """What :func:`read_corpus` returns: the articles, and the inputs it could not read."""

    articles: pd.DataFrame
    rejected: pd.DataFrame


def read_articles(paths, *, max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False) -> pd.DataFrame:
    """Read articles from files and folders into a frame.

    Parameters
    ----------
    paths : str, Path or iterable of them
        Files, or folders searched recursively for ``.txt``, ``.md``,
        ``.html``, ``.json`` and ``.jsonl`` files.
    max_bytes : int
        Files larger than this are rejected rather than read.
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    DataFrame
        One row per distinct article, with the columns of
        ``schema.FRAMES["articles"]``.  ``df.attrs["rejected"]`` holds the
        ``rejected`` frame (path, reason); each rejection is also issued as a
        :class:`~dossier.exceptions.BadInputWarning`.
    """
    corpus = read_corpus(paths, max_bytes=max_bytes, progress=progress)
    articles = corpus.articles
    articles.attrs["rejected"] = corpus.rejected
    return articles


def read_corpus(paths, *, max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False, file_notes: dict[str, str] | None = None) -> Corpus:
    """Like :func:`read_articles`, returning ``Corpus(articles, rejected)``.

    ``file_notes`` adds a note to the articles of the files it names (what
    :func:`collect_files` said of them, when it ran elsewhere).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files, rejected, notes = collect_files(paths)
    notes.update(file_notes or {})
    rows: list[dict] = []
    seen: dict[str, str] = {}
    for path in _progress(files, progress, "reading"):
        try:
            records = list(_read_file(path, max_bytes, notes.get(str(path))))
        except Reject as why:
            rejected.append((shown_path(path), str(why)))
            continue
        except OverBudget:
            raise  # a time limit set around reading: not this file's fault
        except Exception as e:  # noqa: BLE001 - whatever one file does, the others are read
            rejected.append((shown_path(path), f"could not be read ({describe_error(e)})"))
            continue
        refused = [tuple(rec.args) for rec in records if isinstance(rec, Reject)]
        rejected += _summed_up(shown_path(path), refused)
        for rec in records:
            if isinstance(rec, Reject):
                continue
            first = seen.get(rec["article_id"])
            if first is not None:
                rejected.append((rec["path"], f"duplicate of {first} (same article text); read once"))
                continue
            seen[rec["article_id"]] = rec["path"]
            rows.append(rec)
    for path, reason in rejected:
        warnings.warn(f"{path}: {reason}", BadInputWarning, stacklevel=2)
    articles = schema.conform(pd.DataFrame(rows, columns=schema.columns("articles")), "articles")
    rejected_df = schema.conform(pd.DataFrame(rejected, columns=["path", "reason"]), "rejected")
    return Corpus(articles, rejected_df)


def _summed_up(path: str, refused: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The rejected records of one file: each of the first :data:`MAX_LISTED`, then one row for the rest.

    A JSON array of 100,000 bad records is one mistake; a row for each made
    a 95 MB line on stderr and a 10 MB brief index.
    """
    if len(refused) <= MAX_LISTED:
        return refused
    rest = refused[MAX_LISTED:]
    reasons = collections.Counter(reason for _, reason in rest).most_common(3)
    common = "; ".join(f"{n:,}: {reason[:120]}" for reason, n in reasons)
    return refused[:MAX_LISTED] + [(path, f"{len(rest):,} more records rejected ({common})")]


def _progress(items, enabled, desc):
    if not enabled or len(items) < 20:
        return items

    return tqdm(items, desc=desc, unit="file", leave=False)


def _read_file(path: Path, max_bytes: int, note: str | None = None) -> Iterator[dict | Reject]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Reject(f"file is {human_size(size)}, over the size limit of {human_size(max_bytes)} (raise it with --max-size)")
        data = path.read_bytes()
    except OSError as e:
        raise Reject(f"cannot be read: {e.strerror or e}") from None
    text, notes = decode(data)
    if note:
        notes.append(note)
    where = shown_path(path)
    if where != str(path):
        notes.append("file name is not valid UTF-8: its odd bytes are shown as U+FFFD")
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        for rec in json_records(path, where, text, notes):
            yield _json_article(path, rec)
        return
    sha = hashlib.sha256(data).hexdigest()
    if suffix in (".html", ".htm"):
        meta, body = html_page(text)
    else:
        meta, body, fm_notes = front_matter(text)
        notes += fm_notes
    yield _article(path, where, body, meta, "front_matter", notes, sha)


def _json_article(path: Path, rec: Record | Reject) -> dict | Reject:
    """The article of one JSON record; a record that cannot be one is a ``Reject(where, reason)`` and never costs the others."""
    if isinstance(rec, Reject):
        return rec
    try:
        return _article(path, rec.where, rec.body, rec.meta, "front_matter", rec.notes, rec.sha)
    except Reject as why:
        return Reject(rec.where, str(why))
    except Exception as e:  # noqa: BLE001 - one record never costs the others
        return Reject(rec.where, f"record could not be read ({describe_error(e)})")


def _pick(meta: dict, key: str):
    for alias in META_ALIASES[key]:
        v = meta.get(alias)
        if v not in (None, "", []):
            if isinstance(v, list):
                v = ", ".join(str(x) for x in v)
            return v
    return None


def _article(path: Path, where: str, body: str, meta: dict, basis: str, notes: list[str], sha: str) -> dict:
    text, found, headings = clean_text(body)
    if not WORD.search(text):
        raise Reject("no article text (only page furniture or headings)")
    own = {k: _pick(meta, k) for k in _META}
    manifest = manifest_row(path)
    if (own["title"] or manifest.get("title")) and "title" in found:
        # The page's own headline line, when another title is given, reads as its standfirst.
        found.setdefault("standfirst", found.pop("title"))
    rec: dict = {}
    for key in _META:
        if key == "published":
            continue
        value = own[key] or manifest.get(key) or found.get(key)
        value = str(value).strip() if value not in (None, "") else None
        if value is not None and len(value) > MAX_META_CHARS:
            notes.append(f"{key} of {len(value):,} characters cut to {MAX_META_CHARS:,}")
            value = value[:MAX_META_CHARS]
        rec[key] = value
    published, date_basis = pd.NaT, "unknown"
    for value, where_from in ((own["published"], basis), (manifest.get("published"), "manifest"), (found.get("published"), "text")):
        if value in (None, ""):
            continue
        ts = to_date(value)
        if ts is OUT_OF_RANGE:
            notes.append(f"date {str(value)[:40]!r} ({where_from}) outside the supported range 1677-09-22 to 2262-04-11: ignored")
            continue
        if ts is pd.NaT:
            notes.append(f"unreadable date {str(value)[:40]!r} ({where_from}) ignored")
            continue
        published, date_basis = ts, where_from
        break
    n_words = count_words(text)
    rec.update(
        article_id=article_id(text),
        path=where,
        published=published,
        date_basis=date_basis,
        text=text,
        headings="\n".join(h.line for h in headings) or None,
        heading_offsets="\n".join(str(h.at) for h in headings) or None,
        notes="; ".join(notes) or None,
        n_words=n_words,
        sha256=sha,
    )
    return rec


def article_id(text: str) -> str:
    """The article's id: the first 16 hex digits of the SHA-256 of its text with whitespace runs made single spaces.

    Worked out on the UTF-8 bytes, with a few whole-string passes, when the
    text's paragraphs are joined by blank lines with single spaces within,
    as nearly every article's are.
    """
    b = text.encode("utf-8")  # no lone surrogates: json_records replaces them
    others = set(b.translate(None, _ASCII).decode("utf-8")) if not b.isascii() else set()
    norm = b.replace(b"\n\n", b" ")
    if (
        b"\n" in norm or b"  " in norm or norm.startswith(b" ") or norm.endswith(b" ")
        or norm.translate(None, _NOT_ODD_SPACE) or any(c.isspace() for c in others)
    ):
        norm = " ".join(text.split()).encode("utf-8")
    return hashlib.sha256(norm).hexdigest()[:16]
