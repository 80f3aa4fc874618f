"""Figures quoted as a fragment of the writer's own sentence: "had sent “about half” of the shells".

A writer often quotes only the figure a source gave and goes on in their
own words: the noun it counts, or the link word before it, stands outside
the marks ("put the number of gunners at “up to 3,000”", "said “more than
half” of his company had been killed").  A quote mark ends the phrase of a
figure for the estimates reader (:data:`~dossier.extractors.figures.estimate_tokens.BREAK`),
so such a figure would count nothing; :func:`unquoted` blanks the marks that
hug it when the writer's sentence runs on past them.  A mark that closes a
quoted clause ("“We lost 300,” he said") hugs no figure and is kept.
"""

from __future__ import annotations

import re

from ...text.quote_marks import ENGLISH_DOUBLE
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
