"""Numbers that say how old people are, not how many: "a sniper of twenty", "young men of 20 or 25".

A number below a hundred right after a noun of one person, or of people one
by one, and "of" (``estimate_cues.csv``, role ``age_of``: "man", "men",
"sniper", "conscripts") is their age when no noun of its own follows it.  A
noun of a group is no such noun: its "of" gives the group's size ("a unit of
20", "a force of 12,000"), and so does a noun after the number ("soldiers of
20 nations" counts nations).
"""

from __future__ import annotations

from .estimate_nouns import forward, noun_of_its_own
from ...text.numbers import Quantity, cues

_OLDEST = 100  # a number at or above this is no one's age


def an_age(q: Quantity, before, after) -> bool:
    """Whether the count ``q`` (``before`` and ``after``: its tokens either side) is the age of the people the noun
    before its "of" names."""
    last = before[-2:]
    if len(last) < 2 or last[1].low != "of" or last[0].low not in cues("age_of"):
        return False  # most counts: two tokens read
    if q.kind != "count" or q.scaled or not q.high < _OLDEST:
        return False
    # A noun past "and" is the next conjunct's: "a soldier of 26 and a conscript of 20" gives two ages.
    own = after if not after[:1] or after[0].low not in cues("coordinator") else after[:0]
    return forward(own)[0] is None and not noun_of_its_own(own)
