"""A count of strikes that a sentence ties to missiles: "the KN-23 missiles have been used in at least 60 strikes".

Where the missiles of one kind are tracked, each strike is one missile
fired, and reports count them by their strikes: "linked at least 60 strikes
to North Korean KN-23 missiles".  A count whose noun is a strike (role
``strike_count``) counts missiles when its sentence names missiles, before
the count or after it; strikes of no missile named ("40 strikes on
Kharkiv", artillery "attacks" on villages) stay no figure.  So does the
count of times missiles were fired ("has fired them at Ukraine dozens of
times"), after a verb of firing only.
"""

from __future__ import annotations

from .estimate_mentions import mentioned
from .estimate_nouns import Counted
from ...text.numbers import cues

_MISSILES = frozenset({"missiles"})


def strikes_by_missiles(text: str, after, before=()) -> Counted | None:
    """Missiles, when the noun right ``after`` a count is a strike and ``text`` (its sentence) names missiles; else
    None.  A count of times (value ``fired``: "dozens of times") is one only after a verb of firing in the words
    ``before`` it ("has fired them at Kharkiv dozens of times")."""
    noun = after[1:2] if after[:1] and after[0].low == "of" else after[:1]  # "dozens of strikes": past a plural's "of"
    if not noun or noun[0].low not in cues("strike_count"):
        return None  # most counts: one token read
    if cues("strike_count")[noun[0].low] == "fired" and not any(t.low in cues("firing") for t in before):
        return None  # "visited the site dozens of times": no missile fired
    named = mentioned(text, len(text), clause=False, kinds=_MISSILES)
    return named  # the missiles, as read
