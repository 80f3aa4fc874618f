"""A reporting participle after a comma: "Britain's defence ministry offered a higher figure, saying 6,000 ...".

The claim after ", saying" (the participles: role ``participle`` of
``data/claimant_cues.csv``) is the sentence's subject's, named where the
sentence starts. Read by :mod:`~dossier.extractors.claims.estimate_claimants`
after its cues and verbs, which it is handed to know what they found.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from .claim_attribution import Attribution
from .claim_lead import lead_subject
from ..mentions.claimant_vocab import claimant_cues
from ...text.words import alternation


@functools.cache
def _participle_pattern(lower: bool) -> re.Pattern:
    # It starts with a comma, a character the engine finds without trying the words at every position:
    # no scan for the words first could be cheaper.
    return re.compile(rf",\s+(?:{alternation(claimant_cues('participle'))})\b", 0 if lower else re.IGNORECASE)


_PARTICIPLE_GAP = 16  # characters between an attribution and the comma of its participle ("said on Monday, adding")


def participle_attributions(sentence: str, low: str | None, found: list[Attribution],
                            is_verb: Callable[[str], bool]) -> list[Attribution]:
    """", saying ...": the claim is the sentence's subject's, named where the sentence starts.

    "Britain's defence ministry has offered a higher figure, saying 6,000 ..."
    After an attribution ending at its comma ("..., the agency said, adding
    ...") the participle is that attribution's subject's, already found.
    ``low``: the sentence lower-cased as ``plain_text.lowered`` gives it, or
    None; ``is_verb``: whether a word is a reporting verb, where the
    sentence's lead subject ends.
    """
    m = _participle_pattern(low is not None).search(sentence if low is None else low)
    if m is None:
        return []
    if any(0 <= m.start() - a.end <= _PARTICIPLE_GAP for a in found):
        return []
    lead = lead_subject(sentence, m.start() + 1, m.end(), is_verb)
    return [lead] if lead else []
