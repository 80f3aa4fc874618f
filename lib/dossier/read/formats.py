"""The formats of article files: their bytes decoded, front matter, saved HTML pages, JSON records, and a folder's manifest.

What each gives :mod:`dossier.read.corpus` is a body of text and its
metadata; a file or record that cannot be read raises or yields a
:class:`Reject` saying why.  Metadata is held to limits (:data:`MAX_FRONT_MATTER`
and the others below) before and after parsing: a hostile file costs its
own row of ``rejected`` or a note, never the run.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
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

from . import walk
from ..exceptions import BadInputWarning
from .walk import MANIFEST

# libyaml's loader when built in: eight times faster than the pure-Python one on front matter.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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
# A line a person writes as "key: value" and YAML refuses ("title: Zelensky: troops return"): a plain value
# that opens with none of YAML's indicators, so that it can only have meant the text as written.
_FM_PLAIN_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*):[ \t]+(?P<value>[^\s\[\]{}&*!|>'\"%@`#,?:-].*?)[ \t]*")
# The same line with its value in single quotes that hold an apostrophe ("title: 'Russia's war'"): YAML
# wants it doubled, and whoever wrote it meant the text between the outer two. Only apostrophes inside
# a word count, so that "'a' and 'b'" stays refused.
_FM_QUOTED_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*):[ \t]+'(?P<value>[^'\s](?:[^']|(?<=\w)'(?=\w))*)'[ \t]*")
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
_HEADER_KEYS = frozenset(alias for aliases in META_ALIASES.values() for alias in aliases)
_HEADER_LINE = re.compile(r"[ \t]*(?P<key>[A-Za-z_]+)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*")


class Reject(Exception):
    """A file or record that cannot be read; the message is the reason.

    Raised with the reason alone for a whole file; yielded as
    ``Reject(where, reason)`` for one record of a file of several.
    """


class Record(NamedTuple):
    """One JSON record read: where it is (``file#n``), its text, its other fields, notes on reading it, and its SHA-256."""

    where: str
    body: str
    meta: dict
    notes: list[str]
    sha: str


def describe_error(e: BaseException) -> str:
    """An exception as ``Type: message``, its message cut short: some quote the whole input."""
    msg = str(e)
    if len(msg) > 200:
        msg = msg[:200] + "…"
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def decode(data: bytes) -> tuple[str, list[str]]:
    """A file's bytes as text (UTF-8, else cp1252, else latin-1), with notes on what it took; :class:`Reject` for no text."""
    if not data.strip():
        raise Reject("empty file")
    head = data[:8192]
    if b"\x00" in head:
        raise Reject("binary file, not text (it contains NUL bytes)")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) * 0.05:
        raise Reject("binary file, not text (too many control bytes)")
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


def normalise(text: str) -> str:
    """``text`` with its line ends made ``\\n`` and its characters composed (NFC)."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def front_matter(text: str) -> tuple[dict, str, list[str]]:
    """The metadata of a ``.txt`` or ``.md`` file's YAML front matter, the body after it, and notes on metadata ignored.

    A file without the ``---`` fences may still open with its metadata as a
    paragraph of ``Title: ...`` / ``Source: ...`` lines, as pages saved from
    a feed or pasted by hand do; see ``header_lines``.
    """
    text = normalise(text)
    m = _FRONT_MATTER.match(text)
    if not m:
        return header_lines(text)
    body = text[m.end():]
    block = m.group(1)
    too_odd = _front_matter_danger(block)
    if too_odd:
        return {}, body, [f"front matter ignored: {too_odd}"]
    try:
        try:
            meta = flat_front_matter(block)
            if meta is not None:
                return meta, body, []
            meta = yaml.load(block, Loader=YAML_LOADER)
        except ValueError:
            # A date that is no day ("2025-02-30"): read as text, so that the
            # rest of the block counts and the date gets its own note.
            meta = yaml.load(block, Loader=_TextDatesLoader)
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f" (line {where.line + 2})" if where else ""
        meta = front_matter_lines(block)
        if meta is not None:
            return meta, body, [f"front matter read as plain key: value lines, which YAML refuses{at}: {getattr(e, 'problem', e)}"]
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


class _TextDatesLoader(YAML_LOADER):
    """The YAML loader, with timestamps kept as the text written."""


_TextDatesLoader.add_constructor(_YAML_TIMESTAMP, yaml.constructor.SafeConstructor.construct_yaml_str)


def flat_front_matter(block: str) -> dict | None:
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


def front_matter_lines(block: str) -> dict | None:
    """``block`` read a line at a time as ``key: text``, dates as dates; None unless every line reads so.

    For front matter YAML refuses only because a value holds a colon and a
    space ("title: Kim: we will win"), or is quoted with a quote it also holds
    ("title: 'Russia's war'"), which whoever wrote it meant as text.
    """
    meta = {}
    for line in filter(str.strip, block.split("\n")):
        m = _FM_PLAIN_LINE.fullmatch(line) or _FM_QUOTED_LINE.fullmatch(line)
        if m is None or m.group("key") in meta:
            return None
        value = m.group("value")
        try:
            meta[m.group("key")] = _yaml_value(_FM_DATE, value) if _FM_DATE.fullmatch(value) else value
        except ValueError:
            meta[m.group("key")] = value  # "2025-02-30": the date's own check notes it
    return meta


def header_lines(text: str) -> tuple[dict, str, list[str]]:
    """The metadata of a text whose first paragraph is only ``key: value`` lines naming article fields, and the body after it.

    Only the field names of ``META_ALIASES`` count (in any case), and every
    line of the paragraph must be one, so that a story opening "Summary of
    the talks: ..." or "SEOUL: ..." stays text. Values stay text: a date is
    read, or noted as unreadable, as any other.
    """
    head, blank, body = text.partition("\n\n")
    if not blank or len(head) > MAX_FRONT_MATTER:
        return {}, text, []
    meta = {}
    for line in head.split("\n"):
        m = _HEADER_LINE.fullmatch(line)
        key = m and m.group("key").lower()
        if key not in _HEADER_KEYS or key in meta:
            return {}, text, []
        meta[key] = m.group("value")
    return meta, body, []


@functools.lru_cache(maxsize=256)
def _yaml_tag(key: str) -> str:
    return _YAML_RESOLVER.resolve(yaml.ScalarNode, key, (True, False))


def _yaml_value(tag, value: str):
    if tag == _YAML_STR:
        return value
    if tag is _FM_DATE:  # what SafeConstructor makes of a plain YYYY-MM-DD
        return datetime.date(int(value[:4]), int(value[5:7]), int(value[8:]))
    return _YAML_CONSTRUCTOR.construct_yaml_timestamp(yaml.ScalarNode(tag, value))


def html_page(text: str) -> tuple[dict, str]:
    """The metadata and article text of a saved HTML page, by trafilatura; :class:`Reject` when it finds no text."""
    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    doc = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else doc
    if not doc or not (doc.get("text") or "").strip():
        raise Reject("no article text found in the HTML page")
    meta = {
        "title": doc.get("title"),
        "standfirst": doc.get("description"),
        "source": doc.get("sitename"),
        "author": doc.get("author"),
        "published": doc.get("date"),
        "url": doc.get("url"),
    }
    return {k: v for k, v in meta.items() if v}, normalise(doc["text"])


def _json_int(digits: str):
    # Python refuses to make an int of more than 4,300 digits; such a
    # number is no article's metadata, and is kept as its text.
    return int(digits) if len(digits) <= MAX_INT_DIGITS else digits


def _json_loads(text: str):
    """``json.loads``, raising only ``json.JSONDecodeError`` or ``Reject``."""
    try:
        return json.loads(text, parse_int=_json_int)
    except RecursionError:
        raise Reject("JSON nested too deeply to read") from None


def json_records(path: Path, shown: str, text: str, notes: list[str]) -> Iterator[Record | Reject]:
    """The records of a ``.json`` (an object, a list of them, or ``{"articles": [...]}``) or ``.jsonl`` file.

    ``shown`` is the file's path as shown; ``notes``, what reading the file
    noted, are carried onto each record.  A record that cannot be read is
    yielded as ``Reject(where, reason)``; a file with none raises
    :class:`Reject`.
    """
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
                yield Reject(f"{shown}#{n}", f"line {n} is not valid JSON: {e.msg}")
            except Reject as why:
                yield Reject(f"{shown}#{n}", f"line {n}: {why}")
    else:
        try:
            doc = _json_loads(text)
        except json.JSONDecodeError as e:
            raise Reject(f"not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
        if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
            doc = doc["articles"]
        records = doc if isinstance(doc, list) else [doc]
        where = (lambda i: f"{shown}#{i}") if isinstance(doc, list) else (lambda i: shown)
        items = [(where(i), rec, None) for i, rec in enumerate(records)]
    if not items:
        if any_line:
            return  # every line was rejected, each with its reason
        raise Reject("JSON holds no records")
    not_records = [where for where, rec, _ in items if not isinstance(rec, dict)]
    if len(not_records) > MAX_LISTED:
        # One row for them all: a list of 100,000 numbers is one mistake, not 100,000.
        kinds = sorted({type(rec).__name__ for _, rec, _ in items if not isinstance(rec, dict)})
        yield Reject(shown, f"{len(not_records):,} of its {len(items):,} records are not JSON objects ({', '.join(kinds)}), expected objects with a text field")
        items = [item for item in items if isinstance(item[1], dict)]
    for where, rec, raw in items:
        try:
            yield _json_record(where, rec, raw, notes)
        except Reject as why:
            yield Reject(where, str(why))
        except Exception as e:  # noqa: BLE001 - one record never costs the others
            yield Reject(where, f"record could not be read ({describe_error(e)})")


def _json_record(where: str, rec, raw: str | None, notes: list[str]) -> Record | Reject:
    if not isinstance(rec, dict):
        return Reject(where, f"record is a JSON {type(rec).__name__}, expected an object with a text field")
    field = next((f for f in TEXT_FIELDS if isinstance(rec.get(f), str) and rec[f].strip()), None)
    if field is None:
        return Reject(where, "record has no text: expected one of the fields " + ", ".join(TEXT_FIELDS))
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
    body = normalise(rec[field])
    meta = {k: v for k, v in rec.items() if k != field}
    too_big = _meta_danger(meta)
    if too_big:
        dropped = sorted(k for k, v in meta.items() if isinstance(v, (dict, list)))
        meta = {k: v for k, v in meta.items() if not isinstance(v, (dict, list))}
        rec_notes.append(f"metadata fields {', '.join(dropped)} ignored: {too_big}")
    return Record(where, body, meta, rec_notes, sha)


class _OutOfRange(NamedTuple):
    """A date that parses but that a frame cannot hold (nanoseconds since 1970 in 64 bits)."""


OUT_OF_RANGE = _OutOfRange()


def to_date(value) -> pd.Timestamp | _OutOfRange:
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


def manifest_row(path: Path) -> dict:
    """The metadata the ``manifest.csv`` beside ``path`` gives it (its ``file`` column names the file); {} when none."""
    f = os.path.join(os.path.dirname(path), MANIFEST)  # str, not Path: this runs for every file
    try:
        st = os.stat(f)
    except OSError:
        return {}
    if not stat.S_ISREG(st.st_mode) or st.st_size > walk.MAX_MANIFEST_BYTES:
        return {}
    return _manifest(Path(f), st.st_mtime_ns).get(path.name, {})

