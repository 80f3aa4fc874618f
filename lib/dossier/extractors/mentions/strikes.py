"""Whether a text names a strike or attack: what a figure of the dead is about, and whose toll it is.

The strike words are the ``strike`` cues of ``data/estimate_cues.csv``.  Both
the figures (a casualty count near a strike is the strike's) and the claims
(a paragraph on a strike credits its toll to whoever told the strike) ask.
"""

from __future__ import annotations

import functools
import re

from ...text.numbers import cues
from ...text.words import alternation

_WORD_BEFORE = re.compile(r"([\w\-]+)\s+$")


@functools.cache
def _strike() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(cues('strike'))})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=64)  # asked once per figure: a sentence of many figures is searched once
def mentions_strike(text: str) -> bool:
    """Whether ``text`` names a strike or attack (the ``strike`` cues of ``data/estimate_cues.csv``).

    Troops' attacks are fighting, whose dead are no strike's: an attack after a word of role ``fighting``
    ("launched attacks near Sudzha", "they attack in the open") is none.
    """
    strikes = cues("strike")
    for m in _strike().finditer(text):
        if strikes[m.group(0).lower()] != "fighting":
            return True
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is None or before.group(1).lower() not in cues("fighting"):
            return True
    return False
