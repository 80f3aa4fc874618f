"""A loss told as what something cost: "the offensive cost the enemy 9,000 soldiers".

A verb of cost (role ``cost`` of ``data/estimate_cues.csv``) before a count
of soldiers, with at most a short object between them (whom it cost: "the
enemy", "Russia", "the Korean units"), makes the soldiers a loss of any kind:
a cost in soldiers says they were lost, not whether killed or wounded.
"""

from __future__ import annotations

from ...text.numbers import cues

__all__ = ["cost_before"]

_OBJECT = 4  # words between the verb and the figure: whom it cost ("the North Korean units")
_ANY_LOSS = "killed_or_wounded"


def cost_before(before, category: str) -> str | None:
    """The loss a verb of cost before a figure of soldiers says ("cost the enemy more than 9,000"), or None.

    Only soldiers (``category`` troops) are lost so: "cost 3,000 people their homes" tells of no casualty.

    ``before`` is the tokens before the figure; a punctuation mark or a number between ends the search, so a cost
    of another clause ("cost $2 billion, and 3,000 soldiers") or another figure lends the figure nothing."""
    if category != "troops":
        return None
    verbs = cues("cost")
    for k, t in enumerate(reversed(before)):  # the last few words, last first
        if k > _OBJECT or t.kind != "word":
            return None
        if t.low in verbs:
            return _ANY_LOSS
    return None
