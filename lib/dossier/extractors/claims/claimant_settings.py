"""A phrase of where or how a named claimant spoke, between its name and its verb: "Zelensky in his address said".

Translated copy often sets the occasion without commas: "Zelensky in one of
his evening addresses said", "The NIS in its latest report estimated",
"Budanov during an interview said".  The phrase opens with "in" or
"during" and a possessive or an indefinite article; the words before it
must name a claimant the vocabularies know or a person in full, so that
"Officials in a Ukrainian ministry said" keeps the ministry they are in
(:mod:`~dossier.extractors.claims.claimant_located`).
"""

from __future__ import annotations

import re

from .claimant_names import FULL_NAME, kind, normalise
from ...text.words import UPPER

_SETTING = re.compile(r"\s+(?:in|during)\s+(?:one\s+of\s+)?(?:his|her|its|their|a|an)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,4}$",
                      re.IGNORECASE)
_SETTING_CHARS = 64  # characters of a setting phrase before a verb
# The capitalised words of a name right before the phrase, "the" allowed first ("The NIS", "Volodymyr Zelensky").
_NAME = re.compile(rf"(?:\b[Tt]he\s+)?(?:{UPPER}[\w'’.\-]*\s+){{0,3}}{UPPER}[\w'’.\-]*$")
_NAME_CHARS = 48


def before_setting(sentence: str, end: int) -> int:
    """Where a named subject ends before a phrase of where or how it spoke that stands between it and its verb
    ("Zelensky in his evening address said"); else ``end``."""
    lo = max(0, end - _SETTING_CHARS)
    if " in " not in sentence[lo:end] and " during " not in sentence[lo:end]:
        return end  # nearly every subject: no such phrase
    m = _SETTING.search(sentence, lo, len(sentence[:end].rstrip()))
    if m is None or m.start() == 0:
        return end
    name = _NAME.search(sentence, max(0, m.start() - _NAME_CHARS), m.start())
    if name is None:
        return end
    words = name.group(0)
    known = normalise(words)
    if (known is not None and kind(known) not in (None, "unattributed")) or FULL_NAME.fullmatch(words):
        return m.start()
    return end
