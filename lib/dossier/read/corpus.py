"""Reading a folder of articles into the ``articles`` frame (the files are found by :mod:`dossier.walk`).

Formats: ``.txt`` and ``.md`` (optional YAML front matter), ``.html`` saved
pages (text and metadata by trafilatura), ``.json`` (a record or a list of
records) and ``.jsonl`` (a record a line).  Metadata comes from, in order:
front matter or record fields; the folder's ``manifest.csv``; what the text
itself states; else unknown.  A file that cannot be read becomes a row of
``rejected`` and never stops the others.
"""

from __future__ import annotations

import collections
import datetime
import functools
import hashlib
import itertools
import json
import os
import re
import stat
import unicodedata
import warnings
from pathlib import Path
from typing import Iterator, NamedTuple

import pandas as pd
import trafilatura
import yaml
from tqdm.auto import tqdm

from .. import schema
from . import walk
from ..budget import OverBudget
from ..exceptions import BadInputWarning
from ..text.words import WORD
from ..vocab import load_list, load_table
from .walk import MANIFEST, SUFFIXES, Collected, collect_files, shown_path  # noqa: F401 (public here too)
from .walk import human_size

# libyaml's loader when built in: eight times faster than the pure-Python one on front matter.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n?", re.DOTALL)
# Front matter is nearly always flat ``key: value`` lines.  Those are read
# without the YAML parser, deciding each value's type with PyYAML's own
# resolver and constructor; anything else (nesting, lists, comments, block
# scalars, escapes, characters YAML treats specially) goes to the parser.
_FM_LINE = re.compile(
    r"""([A-Za-z_][A-Za-z0-9_]{0,63}): +"""
    r"""(?:"([^"\\]*)"|'([^']*)'|([^\s"'#:\-?,\[\]{}&*!|>%@`](?:[^:#]|:(?=[^ ]))*?)) *"""
)
_FM_ODD = re.compile(r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_FM_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YAML_RESOLVER = yaml.resolver.Resolver()
_YAML_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_YAML_STR = "tag:yaml.org,2002:str"
_YAML_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SURROGATE = re.compile("[\ud800-\udfff]")
# Limits on metadata, checked before parsing where the parser itself is the
# danger (libyaml recurses in C, and crashes the process, on deep nesting),
# and after, on what the parse built (a YAML alias bomb shares its nodes, so
# it is small until something walks or prints it).
MAX_FRONT_MATTER = 64 * 1024  # characters of a front matter block
MAX_META_DEPTH = 32  # levels of lists and mappings in one metadata value
MAX_META_NODES = 10_000  # values in a file's metadata, aliases counted as expanded
MAX_META_CHARS = 2_000  # characters kept of a metadata field
MAX_INT_DIGITS = 4_000  # below Python's int-from-text limit of 4,300
MAX_LISTED = 20  # records of one file rejected one by one; more are summed up in one row
_NESTING = re.compile(r"[\[\]{}]")
_INDENT = re.compile(r"^ {256}", re.MULTILINE)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_FIELDS = ("text", "body", "content", "article")
META_ALIASES = {
    "title": ("title", "headline"),
    "standfirst": ("standfirst", "description", "summary", "subtitle"),
    "source": ("source", "outlet", "publisher", "sitename", "site"),
    "author": ("author", "byline", "authors"),
    "published": ("published", "date", "published_at", "pubdate"),
    "url": ("url", "link"),
}
_META = tuple(META_ALIASES)
_DATE_STAMP = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…][\"”’')\]]*\s*\Z|[.!?][\"”’')\]]*\s*\(.*\)\s*\Z")
_CLOSERS = "\"”’')]"  # the characters _TERMINAL allows after the stop
_ASCII = bytes(range(128))
_NOT_ODD_SPACE = bytes(b for b in range(256) if not (chr(b).isspace() and b < 128) or b in b" \n")
# A byte per character for counting words: "a" a word character (other
# characters are made "a", "'" or " " before), "j" a joiner, " " the rest.
_WORD_MARKS = bytes(
    ord("a") if b < 128 and WORD.fullmatch(chr(b)) else ord("j") if chr(b) in "'-" else ord(" ") for b in range(256)
)
_LINKING = re.compile(rb"aj(?=a)")
_RUN_IN = re.compile(r"\A([A-Z][^.!?:;,“”\"]{0,60}?)\.\s+(?=[A-Z“\"‘'])")


class Corpus(NamedTuple):
    """What :func:`read_corpus` returns: the articles, and the inputs it could not read."""

    articles: pd.DataFrame
    rejected: pd.DataFrame


class _Reject(Exception):
    """A file or record that cannot be read; the message is the reason."""


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
        except _Reject as why:
            rejected.append((shown_path(path), str(why)))
            continue
        except OverBudget:
            raise  # a time limit set around reading: not this file's fault
        except Exception as e:  # noqa: BLE001 - whatever one file does, the others are read
            rejected.append((shown_path(path), f"could not be read ({_describe(e)})"))
            continue
        refused = [tuple(rec.args) for rec in records if isinstance(rec, _Reject)]
        rejected += _summed_up(shown_path(path), refused)
        for rec in records:
            if isinstance(rec, _Reject):
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


def _describe(e: BaseException) -> str:
    """An exception as ``Type: message``, its message cut short: some quote the whole input."""
    msg = str(e)
    if len(msg) > 200:
        msg = msg[:200] + "…"
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def _progress(items, enabled, desc):
    if not enabled or len(items) < 20:
        return items

    return tqdm(items, desc=desc, unit="file", leave=False)


def _read_file(path: Path, max_bytes: int, note: str | None = None) -> Iterator[dict | _Reject]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _Reject(f"file is {human_size(size)}, over the size limit of {human_size(max_bytes)} (raise it with --max-size)")
        data = path.read_bytes()
    except OSError as e:
        raise _Reject(f"cannot be read: {e.strerror or e}") from None
    text, notes = _decode(data)
    if note:
        notes.append(note)
    where = shown_path(path)
    if where != str(path):
        notes.append("file name is not valid UTF-8: its odd bytes are shown as U+FFFD")
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        yield from _json_records(path, where, text, notes)
        return
    sha = hashlib.sha256(data).hexdigest()
    if suffix in (".html", ".htm"):
        meta, body = _html(text)
    else:
        meta, body, fm_notes = _front_matter(text)
        notes += fm_notes
    yield _article(path, where, body, meta, "front_matter", notes, sha)


def _decode(data: bytes) -> tuple[str, list[str]]:
    if not data.strip():
        raise _Reject("empty file")
    head = data[:8192]
    if b"\x00" in head:
        raise _Reject("binary file, not text (it contains NUL bytes)")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) * 0.05:
        raise _Reject("binary file, not text (too many control bytes)")
    notes = []
    if b"\x00" in data:
        # Past the first 8 KB: text with stray NULs, which no writer keeps.
        nuls = data.count(b"\x00")
        notes.append(f"{nuls} NUL bytes removed")
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8-sig"), notes
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), notes + ["not UTF-8: decoded as cp1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), notes + ["not UTF-8: decoded as latin-1"]


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _front_matter(text: str) -> tuple[dict, str, list[str]]:
    text = _normalise(text)
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, []
    body = text[m.end():]
    block = m.group(1)
    too_odd = _front_matter_danger(block)
    if too_odd:
        return {}, body, [f"front matter ignored: {too_odd}"]
    try:
        try:
            meta = _flat_front_matter(block)
            if meta is not None:
                return meta, body, []
            meta = yaml.load(block, Loader=_YAML_LOADER)
        except ValueError:
            # A date that is no day ("2025-02-30"): read as text, so that the
            # rest of the block counts and the date gets its own note.
            meta = yaml.load(block, Loader=_TextDatesLoader)
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f" (line {where.line + 2})" if where else ""
        return {}, body, [f"malformed front matter ignored{at}: {getattr(e, 'problem', e)}"]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, [f"front matter ignored: expected key: value pairs, got {type(meta).__name__}"]
    too_big = _meta_danger(meta)
    if too_big:
        return {}, body, [f"front matter ignored: {too_big}"]
    return meta, body, []


def _front_matter_danger(block: str) -> str | None:
    """Why ``block`` must not reach the YAML parser, or None."""
    if len(block) > MAX_FRONT_MATTER:
        return f"over {MAX_FRONT_MATTER // 1024} KB"
    if _INDENT.search(block):
        return "nested too deeply (a line indented 256 spaces or more)"
    # Brackets inside quoted strings are counted too: an overestimate, which
    # only matters for front matter that nobody writes.
    depth = deepest = 0
    for m in _NESTING.finditer(block):
        depth = depth + 1 if m.group() in "[{" else max(0, depth - 1)
        if depth > deepest:
            deepest = depth
            if deepest > MAX_META_DEPTH:
                return f"nested more than {MAX_META_DEPTH} levels deep"
    return None


def _meta_danger(meta) -> str | None:
    """Why the parsed metadata ``meta`` is refused (too deep, or too many values once aliases are expanded), or None.

    Walked without recursion, and given up on at the first limit: a YAML
    alias bomb of a few hundred bytes names billions of values.
    """
    todo = [(meta, 0)]
    nodes = 0
    while todo:
        value, depth = todo.pop()
        nodes += 1
        if nodes > MAX_META_NODES:
            return f"more than {MAX_META_NODES:,} values (YAML aliases expanded)"
        if isinstance(value, dict):
            children = [*value.keys(), *value.values()]
        elif isinstance(value, (list, tuple, set)):
            children = list(value)
        else:
            continue
        if depth >= MAX_META_DEPTH and children:
            return f"nested more than {MAX_META_DEPTH} levels deep"
        todo.extend((c, depth + 1) for c in children)
    return None


class _TextDatesLoader(_YAML_LOADER):
    """The YAML loader, with timestamps kept as the text written."""


_TextDatesLoader.add_constructor(_YAML_TIMESTAMP, yaml.constructor.SafeConstructor.construct_yaml_str)


def _flat_front_matter(block: str) -> dict | None:
    """``block`` read as YAML when it is flat ``key: scalar`` lines, else None."""
    if _FM_ODD.search(block):
        return None
    items = []
    for line in block.split("\n"):
        m = _FM_LINE.fullmatch(line)
        if m is None:
            return None
        key, double, single, plain = m.groups()
        if _yaml_tag(key) != _YAML_STR:
            return None  # yes, off, null ... are not string keys in YAML 1.1
        if plain is None:
            items.append((key, _YAML_STR, double if double is not None else single))
        elif _FM_DATE.fullmatch(plain):
            items.append((key, _FM_DATE, plain))
        else:
            tag = _YAML_RESOLVER.resolve(yaml.ScalarNode, plain, (True, False))
            if tag not in (_YAML_STR, _YAML_TIMESTAMP):
                return None
            items.append((key, tag, plain))
    # Built only once every line has parsed, as YAML does: a bad date raises
    # what it raises there, not before a syntax error further down.
    return {key: _yaml_value(tag, value) for key, tag, value in items}


@functools.lru_cache(maxsize=256)
def _yaml_tag(key: str) -> str:
    return _YAML_RESOLVER.resolve(yaml.ScalarNode, key, (True, False))


def _yaml_value(tag, value: str):
    if tag == _YAML_STR:
        return value
    if tag is _FM_DATE:  # what SafeConstructor makes of a plain YYYY-MM-DD
        return datetime.date(int(value[:4]), int(value[5:7]), int(value[8:]))
    return _YAML_CONSTRUCTOR.construct_yaml_timestamp(yaml.ScalarNode(tag, value))


def _html(text: str) -> tuple[dict, str]:
    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    doc = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else doc
    if not doc or not (doc.get("text") or "").strip():
        raise _Reject("no article text found in the HTML page")
    meta = {
        "title": doc.get("title"),
        "standfirst": doc.get("description"),
        "source": doc.get("sitename"),
        "author": doc.get("author"),
        "published": doc.get("date"),
        "url": doc.get("url"),
    }
    return {k: v for k, v in meta.items() if v}, _normalise(doc["text"])


def _json_int(digits: str):
    # Python refuses to make an int of more than 4,300 digits; such a
    # number is no article's metadata, and is kept as its text.
    return int(digits) if len(digits) <= MAX_INT_DIGITS else digits


def _json_loads(text: str):
    """``json.loads``, raising only ``json.JSONDecodeError`` or ``_Reject``."""
    try:
        return json.loads(text, parse_int=_json_int)
    except RecursionError:
        raise _Reject("JSON nested too deeply to read") from None


def _json_records(path: Path, shown: str, text: str, notes: list[str]) -> Iterator[dict | _Reject]:
    any_line = False
    if path.suffix.lower() == ".jsonl":
        items = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            any_line = True
            try:
                items.append((f"{shown}#{n}", _json_loads(line), line))
            except json.JSONDecodeError as e:
                yield _Reject(f"{shown}#{n}", f"line {n} is not valid JSON: {e.msg}")
            except _Reject as why:
                yield _Reject(f"{shown}#{n}", f"line {n}: {why}")
    else:
        try:
            doc = _json_loads(text)
        except json.JSONDecodeError as e:
            raise _Reject(f"not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
        if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
            doc = doc["articles"]
        records = doc if isinstance(doc, list) else [doc]
        where = (lambda i: f"{shown}#{i}") if isinstance(doc, list) else (lambda i: shown)
        items = [(where(i), rec, None) for i, rec in enumerate(records)]
    if not items:
        if any_line:
            return  # every line was rejected, each with its reason
        raise _Reject("JSON holds no records")
    not_records = [where for where, rec, _ in items if not isinstance(rec, dict)]
    if len(not_records) > MAX_LISTED:
        # One row for them all: a list of 100,000 numbers is one mistake, not 100,000.
        kinds = sorted({type(rec).__name__ for _, rec, _ in items if not isinstance(rec, dict)})
        yield _Reject(shown, f"{len(not_records):,} of its {len(items):,} records are not JSON objects ({', '.join(kinds)}), expected objects with a text field")
        items = [item for item in items if isinstance(item[1], dict)]
    for where, rec, raw in items:
        try:
            yield _json_record(path, where, rec, raw, notes)
        except _Reject as why:
            yield _Reject(where, str(why))
        except Exception as e:  # noqa: BLE001 - one record never costs the others
            yield _Reject(where, f"record could not be read ({_describe(e)})")


def _json_record(path: Path, where: str, rec, raw: str | None, notes: list[str]) -> dict | _Reject:
    if not isinstance(rec, dict):
        return _Reject(where, f"record is a JSON {type(rec).__name__}, expected an object with a text field")
    field = next((f for f in TEXT_FIELDS if isinstance(rec.get(f), str) and rec[f].strip()), None)
    if field is None:
        return _Reject(where, "record has no text: expected one of the fields " + ", ".join(TEXT_FIELDS))
    raw = raw if raw is not None else json.dumps(rec, sort_keys=True, ensure_ascii=False)
    sha = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    rec_notes = list(notes)
    if "\\u" in raw or _SURROGATE.search(raw):
        dumped = json.dumps(rec, ensure_ascii=False)
        if _SURROGATE.search(dumped):
            # "\ud800" escapes are valid JSON but no character: nothing
            # downstream (hashing, Parquet) can hold them, at any depth.
            rec = json.loads(_SURROGATE.sub("\ufffd", dumped))
            rec_notes.append("invalid characters (unpaired surrogate escapes) replaced by U+FFFD")
    body = _normalise(rec[field])
    meta = {k: v for k, v in rec.items() if k != field}
    too_big = _meta_danger(meta)
    if too_big:
        dropped = sorted(k for k, v in meta.items() if isinstance(v, (dict, list)))
        meta = {k: v for k, v in meta.items() if not isinstance(v, (dict, list))}
        rec_notes.append(f"metadata fields {', '.join(dropped)} ignored: {too_big}")
    return _article(path, where, body, meta, "front_matter", rec_notes, sha)


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
        raise _Reject("no article text (only page furniture or headings)")
    own = {k: _pick(meta, k) for k in _META}
    manifest = _manifest_row(path)
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
        ts = _to_date(value)
        if ts is OUT_OF_RANGE:
            notes.append(f"date {str(value)[:40]!r} ({where_from}) outside the supported range 1677-09-22 to 2262-04-11: ignored")
            continue
        if ts is pd.NaT:
            notes.append(f"unreadable date {str(value)[:40]!r} ({where_from}) ignored")
            continue
        published, date_basis = ts, where_from
        break
    article_id, n_words = _id_and_words(text)
    rec.update(
        article_id=article_id,
        path=where,
        published=published,
        date_basis=date_basis,
        text=text,
        headings="\n".join(headings) or None,
        notes="; ".join(notes) or None,
        n_words=n_words,
        sha256=sha,
    )
    return rec


def _id_and_words(text: str) -> tuple[str, int]:
    """The article id, from the text with its whitespace runs made single spaces, and its word count.

    Both are worked out on the UTF-8 bytes, with a few whole-string passes,
    rather than by splitting the text into words, which cost more than all
    the rest of reading.  The count is that of ``text.words.WORD`` matches: runs of
    word characters, less the joiners (’ ' -) that link two runs into one.
    """
    b = text.encode("utf-8")  # no lone surrogates: _json_records replaces them
    others = set(b.translate(None, _ASCII).decode("utf-8")) if not b.isascii() else set()
    norm = b.replace(b"\n\n", b" ")
    # Paragraphs joined by blank lines, single spaces within: true of nearly
    # every article, and then replacing the blank lines is all it takes.
    if (
        b"\n" in norm or b"  " in norm or norm.startswith(b" ") or norm.endswith(b" ")
        or norm.translate(None, _NOT_ODD_SPACE) or any(c.isspace() for c in others)
    ):
        norm = " ".join(text.split()).encode("utf-8")
    for c in others:
        if c.isalnum() or c == "’":
            b = b.replace(c.encode("utf-8"), b"a" if c.isalnum() else b"'")
    marks = b.translate(_WORD_MARKS)
    runs = marks.count(b" a") + marks.count(b"ja") + marks.startswith(b"a")
    return hashlib.sha256(norm).hexdigest()[:16], runs - len(_LINKING.findall(marks))


class _OutOfRange(NamedTuple):
    """A date that parses but that a frame cannot hold (nanoseconds since 1970 in 64 bits)."""


OUT_OF_RANGE = _OutOfRange()


def _to_date(value) -> pd.Timestamp | _OutOfRange:
    """``value`` as a timestamp; ``pd.NaT`` when it is no date, ``OUT_OF_RANGE`` when outside 1677-09-22 to 2262-04-11."""
    try:
        if type(value) is datetime.date:  # what YAML front matter gives for a plain date: no parsing needed
            return pd.Timestamp(value).as_unit("ns")
        ts = pd.to_datetime(str(value) if not hasattr(value, "year") else value, errors="coerce", utc=True)
        if ts is pd.NaT or pd.isna(ts):
            return pd.NaT
        ts = ts.as_unit("ns")
    except pd.errors.OutOfBoundsDatetime:
        return OUT_OF_RANGE
    except (ValueError, TypeError, OverflowError):
        return pd.NaT
    return ts.tz_convert(None).normalize() if ts.hour == ts.minute == 0 else ts.tz_convert(None)


@functools.lru_cache(maxsize=256)
def _manifest(f: Path, mtime_ns: int) -> dict[str, dict]:
    # Keyed on the file's modification time: a manifest edited between two
    # runs in one session (a notebook re-run) is read again.
    try:
        df = pd.read_csv(f, dtype="str", keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError) as e:
        warnings.warn(f"{f}: manifest ignored: {e}", BadInputWarning, stacklevel=2)
        return {}
    if "file" not in df.columns:
        warnings.warn(f"{f}: manifest ignored: it has no 'file' column", BadInputWarning, stacklevel=2)
        return {}
    return {r["file"]: {k: v for k, v in r.items() if k in _META and v} for r in df.to_dict("records")}


def _manifest_row(path: Path) -> dict:
    f = os.path.join(os.path.dirname(path), MANIFEST)  # str, not Path: this runs for every file
    try:
        st = os.stat(f)
    except OSError:
        return {}
    if not stat.S_ISREG(st.st_mode) or st.st_size > walk.MAX_MANIFEST_BYTES:
        return {}
    return _manifest(Path(f), st.st_mtime_ns).get(path.name, {})


# --- cleaning the body -------------------------------------------------------


@functools.cache
def _furniture():
    table = load_table("furniture.csv")
    # One alternation: a line is furniture when any pattern matches all of it.
    line = re.compile("|".join(f"(?:{p})" for p, s in zip(table.pattern, table.scope) if s == "line"), re.IGNORECASE)
    inline = [re.compile(p, re.IGNORECASE) for p, s in zip(table.pattern, table.scope) if s == "inline"]
    credits = re.compile(r"\b(" + "|".join(re.escape(c) for c in load_list("caption_credits.csv")) + r")\b", re.IGNORECASE)
    clause = set(load_list("clause_words.csv"))
    return line, inline, credits, clause


def _words(s: str) -> list[str]:
    return WORD.findall(s)


def _count_words(s: str, most: int) -> int:
    """Words in ``s``, counted up to ``most``: paragraphs are long, the tests are for short ones."""
    head = s.split(None, most)
    if len(head) <= most:
        return min(_count_tokens_words(head), most)
    n = _count_tokens_words(head[:most])
    return most if n >= most else min(n + len(WORD.findall(head[most])), most)


def _count_tokens_words(tokens: list[str]) -> int:
    """Words (``text.words.WORD`` matches) in a text split on whitespace, which no word spans.

    A token of letters and digits only is one word; only the rest need the
    regex, which costs more than everything else in counting.
    """
    odd = list(itertools.filterfalse(str.isalnum, tokens))
    return len(tokens) - len(odd) + len(WORD.findall(" ".join(odd)))


def _ends_sentence(p: str) -> bool:
    """``_TERMINAL.search(p)``, without scanning ``p`` when its last characters settle it."""
    end = p.rstrip()
    if end.rstrip(_CLOSERS).endswith((".", "!", "?", "…")):
        return True
    return end.endswith(")") and bool(_TERMINAL.search(p))


def _is_body(p: str) -> bool:
    n = _count_words(p, 40)
    return (n >= 8 and _ends_sentence(p)) or n >= 40


def _is_heading(p: str) -> bool:
    # The word count last: most paragraphs end a sentence, which decides it.
    return not p.endswith((",", ":", ";")) and not _ends_sentence(p) and _count_words(p, 11) <= 10


def clean_text(body: str) -> tuple[str, dict, list[str]]:
    """Split raw article text into clean body, what its top block states, and headings.

    Returns
    -------
    text : str
        Paragraphs (one per non-empty line of the input) joined by blank
        lines, with page furniture, the headline block and in-body headings
        removed.
    found : dict
        What the text itself states: ``published`` (a leading ``date
        YYYY-MM-DD`` stamp), ``title``, ``standfirst``, ``author``.
    headings : list of str
        Section labels, in-body headings and run-in leads that were removed.
    """
    line_pat, inline_pats, credits, clause = _furniture()
    found: dict = {}
    m = _DATE_STAMP.match(body)
    if m:
        found["published"] = m.group(1)
        body = body[m.end():]
    paras = []
    for line in body.split("\n"):
        if not line or line.isspace():
            continue  # cutting inline furniture only ever leaves spaces here
        for pat in inline_pats:
            line = pat.sub(" ", line)
        line = line.strip()
        if line.startswith("#"):
            line = line.lstrip("#").strip()
        if not line or line_pat.fullmatch(line):
            continue
        paras.append(line)
    headings: list[str] = []
    first_body = next((i for i, p in enumerate(paras) if _is_body(p)), 0)
    for p in paras[:first_body]:
        if "title" not in found and (re.search(r"\S[^\S\n]{2,}\S", p) or credits.search(p)) and not found.get("section"):
            found.setdefault("caption", p)
        elif "title" not in found and len(_words(p)) <= 3:
            found["section"] = p
            headings.append(p)
        elif "title" not in found:
            found["title"] = p
        elif "author" not in found and _is_byline(p):
            found["author"] = re.sub(r"^by\s+", "", p, flags=re.IGNORECASE)
        elif "standfirst" not in found and "author" not in found:
            found["standfirst"] = p
        else:
            headings.append(p)
    kept = []
    for p in paras[first_body:]:
        if _is_heading(p):
            headings.append(p)
        else:
            kept.append(p)
    # A lead's full stop comes within its first 62 characters, after a capital.
    leads = [_RUN_IN.match(p) if "A" <= p[0] <= "Z" and "." in p[1:62] else None for p in kept]
    leads = [m if m and _is_lead(m.group(1), clause) else None for m in leads]
    # Run-in leads are a house style: one short opening sentence alone is just a sentence.
    if sum(m is not None for m in leads) >= 2:
        out = []
        for p, m in zip(kept, leads):
            if m:
                headings.append(m.group(1))
                p = p[m.end():]
            out.append(p)
        kept = out
    found.pop("caption", None)
    found.pop("section", None)
    return "\n\n".join(kept), found, headings


def _is_byline(p: str) -> bool:
    if re.match(r"by\s+\S", p, re.IGNORECASE) and len(_words(p)) <= 8:
        return True
    words = p.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][\w.’'\-]*", w) for w in words)


def _is_lead(phrase: str, clause: set[str]) -> bool:
    words = [w.lower() for w in _words(phrase)]
    return 1 <= len(words) <= 6 and "’" not in phrase and "'" not in phrase and not clause.intersection(words)
