"""Verbs of speaking that tell a figure through what they speak of, with a time or a setting between the verb and
its "of".

"Zelensky spoke on Monday of 11,000 soldiers", "the spy agency spoke last autumn of more than 13,000 containers":
the figure one speaks of is one's claim, as in "spoke of 11,000", though when or where one spoke stands between.
Speaking alone claims nothing ("spoke on condition of anonymity", "spoke in public about the plan", "spoke to
reporters"): the verb reports only when its "of" or "about", a few words on in the same clause, opens a figure.
The verbs: ``data/claimant_cues.csv``, role ``speaking``; the prepositions, role ``speaking_of``.
"""

from __future__ import annotations

import functools
import re

from ...text.numbers import quantity_pattern
from ...text.words import alternation
from ..mentions.claimant_vocab import claimant_cues

__all__ = ["speaks_of_no_figure"]

_BETWEEN = 4  # words between the verb and its "of": "on Monday", "last autumn", "on their side"
_OPENING = "“\"‘'«"  # a quotation may open what is spoken of: 'spoke of "thousands of dead"'


@functools.cache
def _spoken_of() -> re.Pattern:
    # Up to a few words of one clause (no punctuation, no "to" or "with" of a hearer), then the preposition.
    hearers = alternation(claimant_cues("speaking_hearer"))
    word = rf"(?!(?:{hearers})\s)[^\s,;:.()\[\]“”\"]+"
    return re.compile(rf"(?:\s+{word}){{0,{_BETWEEN}}}?\s+(?:{alternation(claimant_cues('speaking_of'))})\s+", re.IGNORECASE)


def speaks_of_no_figure(scan: str, m: re.Match) -> bool:
    """Whether the verb at ``m`` is one of speaking (role ``speaking``) whose "of" or "about", a few words on in its
    clause, opens no figure: then it reports nothing."""
    if m.group(0).lower() not in claimant_cues("speaking"):
        return False
    of = _spoken_of().match(scan, m.end())
    if of is None:
        return True
    at = of.end() + (1 if scan[of.end() : of.end() + 1] in _OPENING else 0)
    return quantity_pattern(quick=True).match(scan, at) is None
