"""Officers named as the targets of sanctions: "asset freezes on two senior generals" counts no force.

A few officers a government sanctions ("two senior generals of the Korean
People's Army", "three officers of the General Staff") are people named by
their rank, as a list of designated individuals is, not a figure of troops
sent or lost.  A small exact count of a rank noun (``estimate_cues.csv``,
role ``rank``) in a sentence that tells of sanctions (role ``sanction``) is
read so; a count of soldiers by any other noun ("sanctions over the 11,000
troops sent") stays a figure.
"""

from __future__ import annotations

from .estimate_nouns import Counted
from ...text.numbers import Quantity, cues

_FEW = 10  # the most officers a sanctions list names one by one


def sanctioned_officers(text: str, q: Quantity, counted: Counted | None, after, noun_at: int | None) -> bool:
    """Whether the count ``q`` of ``text``, read as ``counted`` with its noun ending at ``after[noun_at]``, is of a
    few officers named as targets of sanctions."""
    if counted is None or counted.category != "troops" or noun_at is None or q.hedge != "exact" or q.high > _FEW:
        return False  # most figures: no token read
    if after[noun_at].low not in cues("rank"):
        return False
    low = text.lower()
    return any(word in low for word in cues("sanction"))
