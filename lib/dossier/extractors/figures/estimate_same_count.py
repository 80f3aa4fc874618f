"""A figure restated for another noun: "at least 120 guns and as many rocket launchers".

Words of role ``same_count`` (``data/estimate_cues.csv``: "as many", "the
same number of") after a figure, with a counted noun right after them, give
that noun a figure of the same value and hedge as the last one counted before
them in the sentence.  A multiplier before them ("twice as many", "not as
many"; role ``multiplier``) makes the count another value, so no figure; nor
does "as many as 15,000", where the words are a hedge of the number after.
Words that restate it only roughly (value ``approximate``: "about the same
number of") make it approximate, whatever bound the figure restated had.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .estimate_nouns import Counted, forward
from .estimate_tokens import Ahead
from ...text.numbers import Quantity, cues
from ...text.words import alternation

__all__ = ["SameCount", "same_counts"]


class SameCount(NamedTuple):
    """The words that restate a figure, as a quantity of the figure's value, and what they count."""

    quantity: Quantity
    counted: Counted


@functools.cache
def _pattern() -> re.Pattern:
    words = alternation(cues("same_count"))
    # Not "as many as 15,000" (a hedge), nor "as many of them" (a part of a count), nor "as many again".
    return re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w-])(?!\s+(?:as|of|again)\b)")


def same_counts(text: str, read: list[tuple[Quantity, Counted | None]]) -> list[SameCount]:
    """The figures that words of a same count in ``text`` restate for their own noun; ``read`` is the sentence's
    quantities with what each counts (None when nothing)."""
    out = []
    for m in _pattern().finditer(text):
        earlier = [(q, c) for q, c in read if c is not None and q.end <= m.start() and c.category != "share_percent"]
        if not earlier or _multiplied(text, m.start()):
            continue
        counted, end = forward(Ahead(text, m.end()))
        if counted is None or end is None or end > _NOUN_REACH or counted.category in ("persons", "share_percent"):
            continue  # "as many times", "as many people": no noun counted, or one of no force
        q = earlier[-1][0]
        if cues("same_count").get(" ".join(m.group(0).lower().split())) == "approximate":
            # "at least 120 guns and about the same number of launchers": about 120, whatever bounds the guns.
            q = q._replace(hedge="approximate", low=q.low, high=q.low)
        out.append(SameCount(q._replace(start=m.start(), end=m.end()), counted))
    return out


_NOUN_REACH = 6  # tokens from the words to the end of their noun ("as many 240-millimetre multiple rocket launchers")
_BEFORE = re.compile(r"([\w-]+)\s*$")


def _multiplied(text: str, start: int) -> bool:
    """Whether the word before the same count makes it another value ("twice as many", "three times as many")."""
    word = _BEFORE.search(text, max(0, start - _WORD), start)
    return word is not None and word.group(1).lower() in cues("multiplier")


_WORD = 16  # characters before the words that hold the word before them
