"""Figures that a noun naming a figure gives, not what it counts: "the total", "the figure", "its estimate".

"sent another 2,000, bringing the total to 13,000": a total sums the whole
force; "600 of them have died. The total, which Kyiv puts at 14,000": the
whole a part was taken from, not the part.  "3,000 of them were killed.
Kyiv puts the figure higher, at 4,000": "the figure" and "the estimate"
(value ``restated`` of role ``total``) restate the figure just given, a
part too, but only when the value is below the whole's ("300 of them have
been killed. The Pentagon puts the figure at 12,000" restates the 11,000
sent).  "the number of Russian tourists doubled to 1,500": a total of a
noun no vocabulary counts is of that noun, no figure.
"""

from __future__ import annotations

from .estimate_links import LinkWindow
from .estimate_nouns import Counted, term_at
from .estimate_restated import ArticleFigures
from ...text.numbers import Quantity, cues

__all__ = ["total_named"]


def total_named(link: LinkWindow, q: Quantity, whole: Counted | None, last: Counted | None,
                figures: ArticleFigures | None) -> Counted | None:
    """What the figure ``q`` counts when the noun its link reads names a figure ("put the figure at 3,000"), from
    the figures before it: ``whole``, the last that was no part of another; ``last``, the one just before; the
    article's force however far back (``figures``); else None.  The caller has found no noun of its own."""
    if not _names_a_total(link):
        return None
    force, below = (figures.force, figures.below_the_whole(q)) if figures else (None, True)
    summed = _figure_named(link, whole, last, force, below)
    if summed is None:
        return None
    # "sent another 2,000, bringing the total to 13,000": a total is the whole force, not an addition.
    subtype = None if summed.subtype == "reinforcements" else summed.subtype
    return Counted(summed.category, subtype, summed.items, summed.noun)


def _total_at(link: LinkWindow) -> int | None:
    """Where the noun that names a figure stands among the words before a link, near enough to it; else None."""
    totals, words = cues("total"), link.words
    return next((i for i in range(max(0, len(words) - link.gap - 1), len(words)) if words[i].word in totals), None)


def _figure_named(link: LinkWindow, whole: Counted | None, last: Counted | None, force: Counted | None,
                 below: bool = True) -> Counted | None:
    """What the figure a noun names counts, when the noun says nothing of it ("put the figure at 3,000"): the whole
    that the last figure was a part of (``whole``), else the last figure, else the article's force however far back.
    A noun that restates the figure just given (value ``restated``) names the part too when the figure is ``below``
    the whole's: "3,000 of them were killed. Kyiv puts the figure higher" counts the killed; "the total, which Kyiv
    puts at 14,000" the whole force, and so does "the figure" at 12,000 after 300 of 11,000 sent were killed."""
    at = _total_at(link)
    if at is not None and below and cues("total")[link.words[at].word] == "restated":
        return last or whole or force
    return whole or last or force


def _names_a_total(link: LinkWindow) -> bool:
    """Whether a noun that names a figure, not what it counts, is linked to the number ("the total reached")."""
    words = link.words
    at = _total_at(link)
    if at is None:
        return False
    whole = words[at + 1 :] if words[at + 1 : at + 2] and words[at + 1].low == "of" else []
    if not whole or " ".join(t.low for t in whole[:2]) in cues("elided"):
        return True  # "the total", "the number of them": what the figure before counted
    # "the number of Russian tourists doubled to 1,500": a total of a noun no vocabulary counts is of that noun.
    return any(t.kind == "word" and term_at(whole, k, True) for k, t in enumerate(whole) if k)
