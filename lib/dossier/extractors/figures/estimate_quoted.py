"""Figures quoted as a fragment of the writer's own sentence: "had sent “about half” of the shells".

A writer often quotes only the figure a source gave and goes on in their
own words: the noun it counts, or the link word before it, stands outside
the marks ("put the number of gunners at “up to 3,000”", "said “more than
half” of his company had been killed").  A quote mark ends the phrase of a
figure for the estimates reader (:data:`~dossier.extractors.figures.estimate_tokens.BREAK`),
so such a figure would count nothing; :func:`unquoted` blanks the marks that
hug it when the writer's sentence runs on past them.  A mark that closes a
quoted clause ("“We lost 300,” he said") hugs no figure and is kept.

Single marks quote fragments too ("to send ‘five thousand military builders’",
"puts the number at 'several dozen'"): one that opens right before the figure
after a word of the writer's sentence is blanked with the single mark that
closes it, the first after the figure before a space or a stop (no apostrophe
inside a word: "it’s"), so that a closing ’ is not read as a plural's
possessive ("builders’").
"""

from __future__ import annotations

import re

from ...text.quote_marks import ENGLISH_DOUBLE, SINGLE
from ...text.numbers import Quantity


def _opening_hugs(text: str, start: int) -> bool:
    """Whether a mark opens right before ``start`` after a word of the writer's sentence ("at “up to")."""
    return start >= 3 and text[start - 1] in ENGLISH_DOUBLE and text[start - 2] == " " and text[start - 3].isalpha()


def _closing_hugs(text: str, end: int) -> bool:
    """Whether a mark closes right at ``end`` before a lower-case word of the writer's sentence ("half” of")."""
    return text[end : end + 1] in ENGLISH_DOUBLE and text[end + 1 : end + 2] == " " and text[end + 2 : end + 3].islower()


# A mark that opens a fragment a few lower-case words before its figure, after a word of the writer's sentence:
# "losses were “likely in the low thousands”", "put the toll at “probably about 600”".
_FRAGMENT_OPENING = re.compile(rf"(?<=[^\W\d_] )[{ENGLISH_DOUBLE}](?=(?:[a-z][a-z\-]* ){{1,{4}}}$)")
_FRAGMENT_REACH = 60  # characters before a figure searched for that mark


def _opening_before(text: str, start: int) -> int | None:
    """The offset of a mark that opens a fragment a few lower-case words before ``start``, or None."""
    lead = max(0, start - _FRAGMENT_REACH)
    m = _FRAGMENT_OPENING.search(text[lead:start])
    return lead + m.start() if m else None


def unquoted(text: str, q: Quantity) -> str:
    """``text`` with the quote marks that hug the figure ``q`` as a fragment of the writer's sentence blanked (same
    offsets); ``text`` itself when none does, as for most figures.  A fragment may open with a few words of the
    predicate before the figure when it closes right after it ("were “likely in the low thousands” and")."""
    if (single := _single_fragment(text, q)) is not None:
        return single
    opening, closing = _opening_hugs(text, q.start), _closing_hugs(text, q.end)
    before = None
    if not opening and text[q.end : q.end + 1] in ENGLISH_DOUBLE:
        before = _opening_before(text, q.start)
        closing = closing or before is not None
    if not (opening or closing):
        return text
    chars = list(text)
    if opening:
        chars[q.start - 1] = " "
    if before is not None:
        chars[before] = " "
    if closing:
        chars[q.end] = " "
    return "".join(chars)


def _single_fragment(text: str, q: Quantity) -> str | None:
    """``text`` with a single-marked fragment that opens right before ``q`` unmarked (same offsets), else None."""
    start = q.start
    if not (start >= 3 and text[start - 1] in SINGLE and SINGLE[text[start - 1]] != "close" and text[start - 2] == " "
            and text[start - 3].isalpha()):
        return None  # most figures: three characters read
    for k in range(q.end, min(len(text), q.end + _SINGLE_REACH)):
        c = text[k]
        if c in ".;!?" and c not in SINGLE:
            return None  # the sentence's clause ends before any mark closes the fragment
        if c in SINGLE and SINGLE[c] != "open" and (k + 1 == len(text) or text[k + 1] in _AFTER_CLOSING):
            return f"{text[: start - 1]} {text[start:k]} {text[k + 1 :]}"
    return None


_AFTER_CLOSING = frozenset(" \t\n.,;:!?)")  # what follows a closing mark; a letter follows an apostrophe ("it’s")
_SINGLE_REACH = 60  # characters after a figure read for the mark that closes its fragment ("’ military builders’")
