"""Finding the spans of text between quotation marks, with offsets into the text.

Whether a mark opens or closes a quote is read from what surrounds it (a
space before and a letter after opens), and only when that is ambiguous from
its glyph, so straight marks and curly marks typed the wrong way round both
pair correctly.

Single marks are an article's quotation marks (British style, :func:`quotes_with_single`) when it holds no double
mark outside a single-mark quote: a double mark is then a quote within a quote ('He called it "a farce",' she
said), as a single mark is within double marks elsewhere, and stays part of the quoted text.  Which single marks
are apostrophes is read by :mod:`~dossier.text.apostrophes`.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .apostrophes import elided, plural_possessive_shape
from .words import UPPER

DOUBLE = {"“": "open", "”": "close", '"': "either", "«": "open", "»": "close", "„": "open"}
SINGLE = {"‘": "open", "’": "close", "'": "either"}
# The double and single marks of English text, curly and straight: where a phrase or a name ends
# for the extractors' patterns (the guillemets and low marks of DOUBLE are not English).
ENGLISH_DOUBLE = "“”\""
ENGLISH_SINGLE = "‘’"
_OPEN_BEFORE = set(" \t\n([{—–-/")
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-/…")
_TRIM_END = ",;: \t\n"
_ABBREVIATION_END = re.compile(rf"(?:\b{UPPER}\.|\.\.)\Z")
_SINGLE_BEFORE_WORD = re.compile(rf"[{''.join(SINGLE)}](?=\S)")  # a single mark of any form before a word


class Marked(NamedTuple):
    """One quotation: the quoted parts (``(start, end)`` inside the marks), and where its marks are."""

    parts: tuple[tuple[int, int], ...]
    open_at: int
    close_at: int  # offset just after the closing mark (or the end of the paragraph when unclosed)
    closed: bool


def _role(text: str, i: int, glyphs: dict[str, str], lo: int, hi: int, apostrophes: set[int] = frozenset()) -> str:
    if i in apostrophes:
        return "none"  # the ’90s, rock 'n' roll
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
    quote over several paragraphs); otherwise it ends with its paragraph
    (with double marks; a single mark nothing closes is an apostrophe).

    Returns
    -------
    list of Marked
        ``parts`` are the quoted words of each paragraph the quote covers,
        trimmed of surrounding spaces and of a trailing comma, colon or
        semicolon that belongs to the writer's sentence.
    """
    doubles = _positions(text, DOUBLE)
    if not doubles or _all_in_single_quotes(text, doubles):
        return _pairs(text, SINGLE)
    return _pairs(text, DOUBLE, doubles)


def quotes_with_single(text: str) -> bool:
    """Whether ``text`` quotes with single marks: no double mark stands outside a single-mark quote.

    A writer quotes with one kind of mark and nests the other inside it ('Kim called it "a farce",' she said), so
    the kind that stands outside every quote of the other kind is the article's own.  Single marks are paired as
    quotes only where they open at a word's start and close at a word's end before a space or punctuation, in one
    paragraph (or a quote running over paragraphs), and apostrophes are told from them by what surrounds them
    (:mod:`~dossier.text.apostrophes`): an article with apostrophes alone pairs none, so holds no quote.  No verb of
    speech is asked for near the marks: titles and scare quotes ('Memorial Hall of Feats', the 'heroes') are quotes
    of the article as much as in double marks, and the pairing alone tells a quote from an apostrophe.  One double
    mark outside every single-mark quote settles it for double marks, and such an article reads as it always has.
    The cheap test first: a double mark before any single mark that could open a quote stands outside.
    """
    doubles = _positions(text, DOUBLE)
    return not doubles or _all_in_single_quotes(text, doubles)


def _all_in_single_quotes(text: str, doubles: list[int]) -> bool:
    """Whether every one of the double marks at ``doubles`` (offsets, in order, at least one) lies in a single-mark
    quote."""
    if not _opening_single_before(text, doubles[0]):
        return False
    spans = [(q.open_at, q.close_at) for q in _pairs(text, SINGLE)]
    k = 0
    for d in doubles:
        while k < len(spans) and spans[k][1] <= d:
            k += 1
        if k == len(spans) or d <= spans[k][0]:
            return False
    return True


def _opening_single_before(text: str, end: int) -> bool:
    """Whether a single mark that could open a quote (before a word or a nested mark, after a space or what opens)
    comes before the double mark at ``end``, which it may open on ("‘“Partnership” is a word,’ he said").  (The marks
    before a word are found first, as most are apostrophes inside one: "Kim’s".)"""
    found = _SINGLE_BEFORE_WORD.finditer(text, 0, end + 1)
    return any(m.start() == 0 or text[m.start() - 1] in _OPEN_BEFORE for m in found)


def _possessive(text: str, i: int, later: list[int], roles: list[str]) -> bool:
    """ "‘The soldiers’ families wept,’ he said": a mark after a plural's "s" before a lower-case word, while a
    single-mark quote is open, is the plural's apostrophe when a mark that can only close (not so placed) comes
    after it, before any mark opens.  It closes the quote when the next mark opens ("their ‘heroic feats’ in the
    ‘liberation’"), when none follows, or when the marks after it are all so placed too ("called them
    ‘mercenaries’ and met the soldiers’ families"): a scare-quoted plural is likelier than a quote ending in a
    possessive there.  ``later`` are the paragraph's marks after ``i``, ``roles`` their roles."""
    if not plural_possessive_shape(text, i):
        return False
    for j, role in zip(later, roles):
        if role == "open":
            return False
        if role == "close" and not plural_possessive_shape(text, j):
            return True
    return False


def _pairs(text: str, glyphs: dict[str, str], marks: list[int] | None = None) -> list[Marked]:
    """The quotations of ``text`` between marks of ``glyphs`` (:data:`DOUBLE` or :data:`SINGLE`), whose offsets
    ``marks`` are when the caller has them."""
    single = glyphs is SINGLE
    apostrophes = elided(text) if single else frozenset()
    marks = _positions(text, glyphs) if marks is None else marks
    out: list[Marked] = []
    paras = list(_paragraphs(text))
    pending: list[tuple[int, int]] = []  # parts of a quote running over paragraphs
    first_open = -1
    for n, (lo, hi) in enumerate(paras):
        open_at = None
        here = marks[bisect.bisect_left(marks, lo):bisect.bisect_left(marks, hi)]
        roles = [_role(text, i, glyphs, lo, hi, apostrophes) for i in here]
        for k, (i, role) in enumerate(zip(here, roles)):
            if role == "either":
                role = "close" if open_at is not None else "open"
            if role == "close" and single and open_at is not None and _possessive(text, i, here[k + 1:], roles[k + 1:]):
                continue
            if role == "open":
                if open_at is None or not single:
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
        if nxt is not None and text[nxt:nxt + 1] in glyphs and _role(
                text, nxt, glyphs, nxt, paras[n + 1][1], apostrophes) in ("open", "either"):
            s, e = _trim(text, open_at + 1, hi, final=False)
            if e > s:
                pending.append((s, e))
            continue
        if e > s and not single:
            # (A double mark left open is a quote to the paragraph's end; a single one, an apostrophe: "the ’90s".)
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
