"""Sentences that add a further point to the claim of the sentence before: "The agency said ... In addition, ...".

A briefing or a body's findings are often told over several sentences, the
later ones naming no one: "The NIS said 5,000 builders had been sent. In
addition, about 1,000 deminers are at work there."  An opener that adds a
point (the ``further`` words of ``data/claimant_cues.csv``) marks the sentence
as going on with what the one before credited, so its figures keep that claim.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ..mentions.claimant_vocab import claimant_cues


@functools.cache
def _opener() -> re.Pattern:
    # The opener stands first, then a comma ("In addition,", "Also,") or the words it opens ("In addition to 11,000").
    return re.compile(rf"\s*(?:{alternation(claimant_cues('further'))})\b(?:,|\s+to\b)", re.IGNORECASE)


def adds_a_point(text: str) -> bool:
    """Whether sentence ``text`` opens with words that add a point to the sentence before ("In addition, ...",
    "Also, ...", "In addition to the 11,000 combat troops, ..."); a word of them used otherwise ("Besides the
    ministry, ...", "Also killed were ...") does not."""
    return _opener().match(text) is not None
