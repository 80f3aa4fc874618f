"""Things counted by a plain noun and likened to an arm: "six vehicles resembling the Koksan self-propelled gun".

Imagery and sightings count what they show by a plain noun of materiel
("vehicles", "trucks": category other) and say what it looks like right after
it (``estimate_cues.csv``, role ``likeness``: "resembling", "identified as").
The arm named there is what the figure counts, when it is one of the
categories of arms or shells (not people, shipments nor other materiel): "at least six vehicles
resembling the M1989 Koksan 170mm self-propelled gun" counts artillery
systems; "20 trucks like the ones seen in May" stays other.
"""

from __future__ import annotations

from .estimate_mentions import NAMED_ARMS
from .estimate_nouns import Counted, forward
from ...text.numbers import cues

_ARMS = NAMED_ARMS | {"artillery_shells"}  # what a plain noun may be likened to; never people or shipments
_LIKENESS_WORDS = 2  # words a likeness takes ("resembling", "identified as")


def likened(after, noun_at: int | None, counted: Counted | None) -> Counted | None:
    """What the figure whose tokens are ``after`` counts when its plain noun of materiel (``counted``, ending at
    ``after[noun_at]``) is likened to an arm; else ``counted`` as it was."""
    if counted is None or counted.category != "other" or noun_at is None:
        return counted  # most figures: no plain noun of materiel
    likeness, rest = cues("likeness"), after[noun_at + 1 :]
    for n in range(_LIKENESS_WORDS, 0, -1):
        if " ".join(t.low for t in rest[:n]) in likeness:
            arm = forward(rest[n:])[0]
            return arm if arm is not None and arm.category in _ARMS else counted
    return counted
