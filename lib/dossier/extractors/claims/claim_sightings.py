"""Verbs of seeing that tell a body's judgement, and so credit it with the figure of what it judges.

"Lee said the NIS also saw signs that the North was readying a further 6,000": what the agency sees is its finding,
and the figure in it the agency's, not the lawmaker's who passes it on; so in "“The NIS sees the number of dead at
around 2,000,” he said".  Seeing reports a claim only when it is a judgement: a noun of indication and its clause
follow ("saw signs that", "sees evidence of"), or an object the verb puts at a figure ("sees the toll at 2,000");
"the town saw heavy shelling" and "drones saw 300 trucks" tell what happened, and claim nothing.
The verbs and nouns: ``data/claimant_cues.csv``, roles ``seeing`` and ``indication``.
"""

from __future__ import annotations

import functools
import re

from ...text.numbers import quantity_pattern
from ...text.words import alternation
from ..mentions.claimant_vocab import claimant_cues

__all__ = ["sees_no_claim"]

_REACH = 90  # "sees the number of North Korean soldiers killed in Kursk at": the object, up to the "at"


@functools.cache
def _indication() -> re.Pattern:
    """A noun of indication (two modifiers at most: "clear new signs") and its "that" or "of" right after the verb."""
    nouns = alternation(claimant_cues("indication"))
    return re.compile(rf"\s+(?:[a-z][a-z\-]*\s+){{0,2}}?(?:{nouns})\s+(?:that|of)\b")


# An object opened by a determiner, then "at" and the figure it is put at, all in one clause.
_PUT_AT = re.compile(r"\s+(?:the|its|their|his|her)\s+[^,;:.()“”\"]*?\bat\s+")


def sees_no_claim(scan: str, m: re.Match) -> bool:
    """Whether the verb at ``m`` is one of seeing (role ``seeing``) that tells no judgement: neither a noun of
    indication and its clause nor an object put at a figure follows it."""
    if m.group(0).lower() not in claimant_cues("seeing"):
        return False
    after = scan[m.end():m.end() + _REACH]
    if _indication().match(after):
        return False
    put = _PUT_AT.match(after)
    return put is None or quantity_pattern(quick=True).match(after, put.end()) is None
