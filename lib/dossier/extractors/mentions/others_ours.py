"""Whose "our" a sentence says: the writer's, or another's whose words it reports.

"According to our General Staff, the enemy lost more than 76,000 men" in a Russian deputy's post is the writer's
General Staff (:mod:`~dossier.extractors.mentions.home_ministries`); "Zelensky said that, according to our General
Staff, about 4,000 were killed" in a Russian outlet is his, and so is an "our" inside quotation marks.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_list

__all__ = ["anothers_our"]

_OUR = re.compile(r"(?<![\w'’])our\s", re.IGNORECASE)
# Another's words set out without a verb, before a dash and their name that close the sentence ("... are encircled
# — Gerasimov."). (A name and a colon before them may be a transcript's own speaker: "MELNYK: According to our ...")
_NAME = rf"{UPPER}[\w'’\-]*(?:\s+{UPPER}[\w'’\-]*)*"
_DASH_SPEAKER = re.compile(rf"\s[—–]\s*{_NAME}\W*\Z")
_OWN_VERB_WORDS = 4  # words between "our X" and its own verb, at most: "Our General Staff has said"


def anothers_our(sentence: str) -> bool:
    """Whether the "our" of ``sentence`` is in another's words: inside quotation marks, before
    a dash and a name closing the sentence, or in a sentence reporting someone's words by a verb that is not
    the "our" body's own ("Our General Staff said" is its own)."""
    ours = [m.start() for m in _OUR.finditer(sentence)]
    if not ours:
        return False
    if any(_quoted(sentence, at) for at in ours):
        return True
    if _DASH_SPEAKER.search(sentence, ours[-1]):
        return True  # "According to our military intelligence, ... — Gerasimov."
    for verb in _reported().finditer(sentence):
        before = [at for at in ours if at < verb.start()]
        between = sentence[before[-1]:verb.start()] if before else None
        if between is None or "," in between or len(between.split()) > _OWN_VERB_WORDS + 2:
            return True  # "Zelensky said that, according to our General Staff", "…, Zelensky wrote"
    return False


@functools.cache
def _reported() -> re.Pattern:
    """A verb reporting someone's words (``data/reporting_verbs.csv``): "Zelensky said", "…, he wrote", "Kyiv claims"."""
    return re.compile(rf"(?<![\w'’])(?:{alternation(load_list('reporting_verbs.csv'))})(?![\w'’])", re.IGNORECASE)


def _quoted(sentence: str, at: int) -> bool:
    before = sentence[:at]
    opened = sum(before.count(c) for c in "“«") - sum(before.count(c) for c in "”»")
    return opened > 0 or before.count('"') % 2 == 1
