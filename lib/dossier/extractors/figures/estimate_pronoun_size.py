"""A force's size given of a pronoun: "the grouping has shrunk; in August it numbered up to 30,000".

A verb that sizes its subject (``estimate_cues.csv``, role ``sizing``:
"numbered", "totalled") with a pronoun right before it (role
``size_pronoun``: "it", "they") gives the size of what the pronoun stands
for: the last counted noun named before it, in its sentence or the one
before.  Only a force is sized so (troops); "it numbered 40 pages" counts
its own noun, which the caller reads first.
"""

from __future__ import annotations

from .estimate_mentions import mentioned
from .estimate_nouns import Counted
from ...text.numbers import Quantity, cues


# What a pronoun may stand for: any counted noun but people of no role ("reduced to 20,000 people, while in August it
# numbered 30,000": "it" is the force, not the people its size was given in).
_NAMED = frozenset({"troops", "casualties", "artillery_systems", "artillery_shells", "missiles", "rockets", "shipments",
                    "other"})


def sizes_what_it_stands_for(q: Quantity, before, text: str, previous: str) -> Counted | None:
    """Troops, when the count ``q`` follows a pronoun and a verb that sizes it and the pronoun stands for a force
    named before (``text``: the count's sentence; ``previous``: the one before); else None."""
    last = before[-2:]
    if len(last) < 2 or last[1].low not in cues("sizing") or last[0].low not in cues("size_pronoun"):
        return None  # most counts: two tokens read
    named = mentioned(text, q.start, clause=False, kinds=_NAMED) or (
        mentioned(previous, len(previous), clause=False, kinds=_NAMED) if previous else None)
    if named is None or named.category != "troops":
        return None
    return Counted("troops", None, (), "troops")
