"""Impersonal attributions: "X is believed to have sent ...", "it is estimated that ...".

The impersonal passives of ``claimant_cues.csv`` (role ``impersonal``) credit
unnamed sources; :mod:`~dossier.extractors.claims.estimate_claims` counts them only
where a sentence names no one else.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from .claim_attribution import Attribution
from .claimant_names import normalise
from ..mentions.claimant_vocab import claimant_cues


@functools.cache
def _impersonal_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(w.lower() for w in claimant_cues('impersonal'))})\b", re.IGNORECASE)


def impersonal(sentence: str) -> list[Attribution]:
    """Impersonal attributions: "X is believed to have sent ...", "it is estimated that ...".

    They credit unnamed sources (the claimant of ``claimant_cues.csv``'s
    value, "reports": ``unattributed reports``), and count only where the
    sentence names no one else (see :mod:`dossier.estimate_claims`).
    """
    out = []
    for m in _impersonal_pattern().finditer(sentence):
        value = claimant_cues("impersonal")[" ".join(m.group(0).lower().split())]
        out.append(Attribution(m.start(), m.end(), m.group(0), normalise(value), how="impersonal"))
    return out
