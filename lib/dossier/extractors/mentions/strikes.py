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

_WORD_BEFORE = re.compile(r"([\w\-]+)[\"\u201d\u2019']?\s+$")  # a closing mark passed over: "“human wave” attacks"
_WORDS_BEFORE = 30  # characters before "dropped on" read for what was dropped ("six glide bombs were dropped on")
# What an attack in words is on, past a determiner or an owner, its phrase ended there: "attacked the decision to",
# "attacked Moscow's denial.", not "attacked government buildings".
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:the|his|her|their|its|by|on)\s+)?(?:[\w\-]+['\u2019]s?\s+)?([\w\-]+)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:over|for|as|and|but|in|after|of|that|to|which|by|at|with|while|when|saying)\b)")


@functools.cache
def _strike() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(cues('strike'))})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=64)  # asked once per figure: a sentence of many figures is searched once
def mentions_strike(text: str) -> bool:
    """Whether ``text`` names a strike or attack (the ``strike`` cues of ``data/estimate_cues.csv``).

    Troops' attacks are fighting, whose dead are no strike's: an attack after a word of role ``fighting``
    ("launched attacks near Sudzha", "they attack in the open") is none.
    An attack in words ("Zelensky attacked the decision", role ``attacked_words`` after it) is none either, nor is
    "dropped on" unless what was dropped is told just before ("bombs were dropped on", role ``dropped``).
    """
    strikes = cues("strike")
    for m in _strike().finditer(text):
        value = strikes[m.group(0).lower()]
        if value == "dropped":
            if any(w in cues("dropped") for w in re.findall(r"\w+", text[max(0, m.start() - _WORDS_BEFORE) : m.start()].lower())):
                return True
            continue
        if value != "fighting":
            return True
        after = _OBJECT_AFTER.match(text, m.end())
        if after is not None and after.group(1).lower() in cues("attacked_words"):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is None or before.group(1).lower() not in cues("fighting"):
            return True
    return False
