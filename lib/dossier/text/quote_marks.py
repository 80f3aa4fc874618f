"""Finding the spans of text between quotation marks, with offsets into the text.

Whether a mark opens or closes a quote is read from what surrounds it (a
space before and a letter after opens), and only when that is ambiguous from
its glyph, so straight marks and curly marks typed the wrong way round both
pair correctly.  Single marks are only quote marks in an article that uses no
double marks (British style); elsewhere they are nested quotes or
apostrophes, and stay part of the quoted text.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

DOUBLE = {"“": "open", "”": "close", '"': "either", "«": "open", "»": "close", "„": "open"}
SINGLE = {"‘": "open", "’": "close", "'": "either"}
# The double and single marks of English text, curly and straight: where a phrase or a name ends
# for the extractors' patterns (the guillemets and low marks of DOUBLE are not English).
ENGLISH_DOUBLE = "“”\""
ENGLISH_SINGLE = "‘’"
_OPEN_BEFORE = set(" \t\n([{—–-/")
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-/…")
_TRIM_END = ",;: \t\n"
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.|\.\.)\Z")


class Marked(NamedTuple):
    """One quotation: the quoted parts (``(start, end)`` inside the marks), and where its marks are."""

    parts: tuple[tuple[int, int], ...]
    open_at: int
    close_at: int  # offset just after the closing mark (or the end of the paragraph when unclosed)
    closed: bool


def _role(text: str, i: int, glyphs: dict[str, str], lo: int, hi: int) -> str:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    opens = (before in _OPEN_BEFORE or i == lo) and not after.isspace()
    closes = (after in _CLOSE_AFTER or i + 1 == hi) and not before.isspace()
    if glyphs is SINGLE and (after.isalnum() and before.isalnum()):
        return "none"  # an apostrophe inside a word: Pyongyang’s, don't
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if glyphs is SINGLE and glyphs[text[i]] == "either":
        return "none"
    return glyphs[text[i]]


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    # "the soldiers’ courage": an apostrophe after a plural, when a closing mark still follows.
    return (
        text[i - 1:i] == "s"
        and bool(re.match(r" [a-z]", text[i + 1:i + 3]))
        and bool(re.search(r"\S[’'](?!\w)", text[i + 1:hi]))
    )


def _paragraphs(text: str):
    pos = 0
    for para in text.split("\n\n"):
        yield pos, pos + len(para)
        pos += len(para) + 2


def _trim(text: str, start: int, end: int, final: bool = True) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    # A final full stop belongs to the sentence, unless it ends an abbreviation ("U.S.").
    # (The abbreviation is the last two characters: no need to search from ``start``.)
    if final and end - start > 1 and text[end - 1] == "." and not _ABBREVIATION_END.search(text, max(start, end - 2), end):
        end -= 1
    return start, end


def _positions(text: str, glyphs: dict[str, str]) -> list[int]:
    """Offsets of the marks in ``text``, in order.

    Found with ``str.find``, which skips through the text much faster than
    a regular expression steps through it.
    """
    found = []
    for glyph in glyphs:
        i = text.find(glyph)
        while i >= 0:
            found.append(i)
            i = text.find(glyph, i + 1)
    return sorted(found)


def find_marked(text: str) -> list[Marked]:
    """Every quotation in ``text``, in order.

    A quotation left open at the end of a paragraph continues into the next
    paragraph when that one opens with a quotation mark (the convention for a
    quote over several paragraphs); otherwise it ends with its paragraph.

    Returns
    -------
    list of Marked
        ``parts`` are the quoted words of each paragraph the quote covers,
        trimmed of surrounding spaces and of a trailing comma, colon or
        semicolon that belongs to the writer's sentence.
    """
    glyphs = DOUBLE if any(c in text for c in DOUBLE) else SINGLE
    marks = _positions(text, glyphs)
    out: list[Marked] = []
    paras = list(_paragraphs(text))
    pending: list[tuple[int, int]] = []  # parts of a quote running over paragraphs
    first_open = -1
    for n, (lo, hi) in enumerate(paras):
        open_at = None
        for i in marks[bisect.bisect_left(marks, lo):bisect.bisect_left(marks, hi)]:
            role = _role(text, i, glyphs, lo, hi)
            if role == "either":
                role = "close" if open_at is not None else "open"
            if role == "close" and glyphs is SINGLE and _plural_possessive(text, i, hi):
                continue
            if role == "open":
                if open_at is None or glyphs is DOUBLE:
                    open_at = i
                    if not pending:
                        first_open = i
            elif role == "close" and open_at is not None:
                s, e = _trim(text, open_at + 1, i)
                if e > s:
                    out.append(Marked(tuple(pending) + ((s, e),), first_open, i + 1, True))
                pending, open_at = [], None
        if open_at is None:
            continue
        s, e = _trim(text, open_at + 1, hi)
        nxt = paras[n + 1][0] if n + 1 < len(paras) else None
        if nxt is not None and text[nxt:nxt + 1] in glyphs and _role(text, nxt, glyphs, nxt, paras[n + 1][1]) in ("open", "either"):
            s, e = _trim(text, open_at + 1, hi, final=False)
            if e > s:
                pending.append((s, e))
            continue
        if e > s:
            out.append(Marked(tuple(pending) + ((s, e),), first_open, hi, False))
        pending = []
    return out


def mask(text: str, marked: list[Marked]) -> str:
    """``text`` with its quoted words as '#', so that nothing quoted is read as who speaks.

    Line breaks are kept and the length is the text's, so offsets still
    point into the text.
    """
    pieces, done = [], 0
    for lo, hi in sorted((q.open_at, q.close_at) for q in marked):
        lo = max(lo, done)
        if hi > lo:
            pieces += [text[done:lo], "\n".join("#" * len(line) for line in text[lo:hi].split("\n"))]
            done = hi
    pieces.append(text[done:])
    return "".join(pieces)
