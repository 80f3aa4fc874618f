"""A count of strikes that a sentence ties to missiles: "the KN-23 missiles have been used in at least 60 strikes".

Where the missiles of one kind are tracked, each strike is one missile
fired, and reports count them by their strikes: "linked at least 60 strikes
to North Korean KN-23 missiles".  A count whose noun is a strike (role
``strike_count``) counts missiles when its sentence names missiles, before
the count or after it; strikes of no missile named ("40 strikes on
Kharkiv", artillery "attacks" on villages) stay no figure.  So does the
count of times missiles were fired ("has fired KN-23 missiles at Ukraine dozens of
times"), after a verb of firing only.
"""

from __future__ import annotations

from .estimate_mentions import mentioned
from .estimate_nouns import Counted
from ...text.numbers import cues

_MISSILES = frozenset({"missiles"})


def strikes_by_missiles(text: str, after, before=(), start: int | None = None) -> Counted | None:
    """Missiles, when the noun right ``after`` a count is a strike and ``text`` (its sentence) names missiles; else
    None.  A count of times (value ``fired``: "dozens of times") is one only after a verb of firing in the words
    ``before`` it, of missiles named before the count (at ``start``): "has fired KN-23 missiles at Kharkiv dozens of
    times", not "fired artillery dozens of times, and KN-23 missiles too"; and never a multiple of another value
    (role ``multiple_of`` after it: "four times the number", "three times as many")."""
    at = 1 if after[:1] and after[0].low == "of" else 0  # "dozens of strikes": past a plural's "of"
    noun = after[at : at + 1]
    if not noun or noun[0].low not in cues("strike_count"):
        return None  # most counts: one token read
    end = len(text)
    if cues("strike_count")[noun[0].low] == "fired":
        if not any(t.low in cues("firing") for t in before):
            return None  # "visited the site dozens of times": no missile fired
        if after[at + 1 : at + 2] and after[at + 1].low in cues("multiple_of"):
            return None  # "fired 12 missiles, 4 times the number last year": a multiple, no count of firings
        end = len(text) if start is None else start
    return mentioned(text, end, clause=False, kinds=_MISSILES)  # the missiles, as read
