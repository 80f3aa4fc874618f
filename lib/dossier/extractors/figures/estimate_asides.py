"""Words set off between a figure's noun and the link that gives it: asides and relative clauses.

"North Korean losses, the NIS said, stood at 3,000", "total casualties,
including the wounded, were put at 4,700", "total casualties — dead,
wounded and missing — in the low thousands": an aside is blanked, so the
noun before it is read (:func:`past_asides`).  "the casualties, which the
NIS estimates at", "a contingent that officials say numbered around
11,000": a relative clause that ends in the link leaves the link the noun
it opens after (:func:`clause_opener`).  Used by
:mod:`~dossier.extractors.figures.estimate_links`, by
:mod:`~dossier.extractors.figures.estimates` before a link window and by the
readings of figures whose noun is elided.
"""

from __future__ import annotations

import functools
import re

from ..claims.claim_attribution import Attribution
from .estimate_nouns import BACKWARD, is_formation, term_at
from .estimate_tokens import BREAK, DASHES, Behind, initialism_stop, tokenize
from ...text.numbers import cues
from ...text.words import alternation

__all__ = ["RELATIVES", "clause_opener", "past_asides", "without_attributions"]

RELATIVES = frozenset({"which", "who", "whom"})  # relative pronouns that open a clause after a comma


def without_attributions(text: str, spans: list[Attribution]) -> str:
    """``text`` with the attributions ``spans`` blanked, so the positions of its tokens stay: an attribution inside a
    clause ("who, according to X, have been killed") hides its verb, and one between commas is an aside."""
    if not spans:
        return text
    parts, at = [], 0
    for a in sorted(spans, key=lambda a: a.start):
        start = max(a.start, at)
        parts += [text[at:start], " " * max(0, a.end - start)]
        at = max(at, a.end)
    parts.append(text[at:])
    return "".join(parts)


def past_asides(text: str, stripped: str, before, start: int):
    """The tokens before ``start`` that a link window reads: ``before``, or, when the sentence sets an aside off,
    the tokens of ``text`` with the aside blanked, marks too, so the noun before it is read.  An aside is an
    attribution between commas (``stripped`` blanks the attributions: "North Korean losses, the NIS said, stood
    at 3,000") or words without a number between dashes ("total casualties — dead, wounded and missing — in the
    low thousands"), or words between commas that an opener of a narrowing aside starts ("total casualties,
    including the wounded, were put at 4,700", "missiles delivered, mostly KN-23s, at 200": role ``aside_opener``)."""
    if stripped is text and sum(text.count(d) for d in DASHES) < 2 and not _may_open_aside(text):
        return before  # most sentences: no aside
    blank = text
    for m in _ASIDE.finditer(stripped):
        if text[m.start() + 1 : m.end() - 1].strip():
            blank = _blank(blank, m)
    for m in _DASHED.finditer(blank, 0, start):
        blank = _blank(blank, m)
    for m in _opened_aside().finditer(blank, max(0, start - _OPENED_REACH), start):
        # A number in the aside ("including 600 dead") is read as its own figure; here it only parts the noun.
        if _before_predicate(blank[m.end() : start]):
            blank = _blank(blank, m)
    return before if blank is text else Behind(blank, start)


def _blank(text: str, m: re.Match) -> str:
    """``text`` with the span of ``m`` blanked, so the positions of the tokens after it stay."""
    return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]


def _before_predicate(tail: str) -> bool:
    """Whether an aside whose closing comma ``tail`` follows, up to the figure, stands between a noun and its
    predicate: the tail names no counted noun and joins no item of a list ("shells, mostly old stock, and missiles
    numbering 100": the aside closes the item shells, and the figure is the missiles')."""
    tokens = tokenize(tail)
    if _joiner().match(tail.lstrip()):
        return False
    return not any(t.kind == "word" and term_at(tokens, k, True) for k, t in enumerate(tokens))


@functools.cache
def _joiner() -> re.Pattern:
    return re.compile(rf"(?:{alternation(cues('aside_joiner'))})\b", re.IGNORECASE)


_ASIDE = re.compile(r",\s+,")  # the commas of an aside whose words an attribution blanked
# An aside between two dashes of one kind, with no number or clause break.
_DASHED = re.compile("|".join(rf"{d}[^{DASHES}\d.;:]{{1,80}}{d}" for d in DASHES))


_OPENED_REACH = 160  # characters before a figure searched for an aside an opener starts, and the noun before it


@functools.lru_cache(maxsize=64)  # asked once per figure: a sentence of many figures is searched once
def _may_open_aside(text: str) -> bool:
    return _opener_after_comma().search(text) is not None


@functools.cache
def _opener_after_comma() -> re.Pattern:
    return re.compile(rf",\s+(?:{alternation(cues('aside_opener'))})\b", re.IGNORECASE)


@functools.cache
def _opened_aside() -> re.Pattern:
    """Words between commas that an opener starts, with no clause break in them ("including the wounded")."""
    return re.compile(rf",\s+(?:{alternation(cues('aside_opener'))})\b[^,;:.{DASHES}()]{{1,60}},", re.IGNORECASE)


_CLAUSE = 3 * BACKWARD  # tokens before a link searched for the relative pronoun that opens its clause
_BRACKETS = frozenset("()")  # marks a clause's claimant may hold ("the Main Intelligence Directorate (HUR)")


def clause_opener(before, width: int) -> int | None:
    """Where the comma opening a relative clause that ends in a link stands ("the casualties, which the NIS
    estimates at"), when the clause holds no number, no break but brackets, and no counted noun of its own
    ("lawmakers, who said the number of casualties stood at" keeps its noun); else None."""
    lo = max(0, len(before) - width - _CLAUSE)
    for i in range(len(before) - width - 1, lo, -1):
        t = before[i]
        if initialism_stop(before, i):
            continue  # "that U.S. officials say numbered": the stop of an initialism ends no clause
        if t.kind == "word" and t.low in _RELATIVE_BARE and _noun_ends(before, i - 1):
            # "a contingent that officials say numbered around 11,000": the noun right before the pronoun.
            clause = range(i + 1, len(before) - width)
            if not any(before[k].kind == "word" and term_at(before, k, True) for k in clause):
                return i
            return None
        if t.kind == "num" or t.kind == "punct" and t.text in BREAK and t.text not in _BRACKETS:
            if t.text == "," and before[i + 1].low in RELATIVES and i + 2 < len(before) - width:
                clause = range(i + 2, len(before) - width)
                if not any(before[k].kind == "word" and term_at(before, k, True) for k in clause):
                    return i
            return None
    return None


_RELATIVE_BARE = frozenset({"that", "which"})  # relative pronouns that open a clause with no comma before them


def _noun_ends(tokens, i: int) -> bool:
    """Whether a counted noun's term or a formation's noun ends at ``tokens[i]`` ("a contingent", "a brigade", "the
    multiple rocket launchers")."""
    if i >= 0 and tokens[i].kind == "word" and is_formation(tokens[i].low):
        return True
    return any((hit := term_at(tokens, j, True)) is not None and j + hit.length - 1 == i
               for j in range(max(0, i - _NOUN_WORDS), i + 1) if tokens[j].kind == "word")


_NOUN_WORDS = 3  # words of a counted noun's term before its last ("multiple launch rocket systems")
