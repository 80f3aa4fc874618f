"""The subject a sentence opens on, for a verb that reports for it from further on.

A participle (", saying ...") or a verb coordinated with the sentence's first
("Zelensky visited the front and said ...") has no subject of its own: the
claimant is the one named where the sentence starts, past a wire's dateline.
"""

from __future__ import annotations

import re
from typing import Callable

from .claim_attribution import Attribution
from .claimant_names import alias_words, as_claimant, normalise
from .claimant_vocab import claimant_cues
from .claimant_phrases import ARTICLES, title_words

_LEAD_WORD = re.compile(r"[\w'’.\-]+")
# A wire's dateline before the first sentence's subject: "SEOUL, Dec. 13 (Yonhap) --", "Seoul (AFP) -",
# "PYONGYANG, June 19. /TASS/."
_DATELINE = re.compile(r"[A-Z][\w .'’\-]{1,30}(?:,[^()/]{1,25}?)?\s*(?:\([^)]{1,30}\)\s*(?:--|[—–-])|/[A-Z]{2,10}/\.?)\s*")


def lead_subject(sentence: str, start: int, end: int, is_verb: Callable[[str], bool]) -> Attribution | None:
    """The subject named where ``sentence`` starts, as the attribution at ``start:end`` of a verb it governs.

    A participle (", saying ...") or a verb coordinated with the sentence's
    first ("Zelensky visited the front and said ...") reports for the
    subject, past a wire's dateline.  ``is_verb``: whether a word is a
    reporting verb, where the subject's words end.
    """
    dateline = _DATELINE.match(sentence)
    aliases, titles, stop = alias_words(), title_words(), dateline.end() if dateline else 0
    for w in _LEAD_WORD.finditer(sentence, stop, start):
        word = w.group(0)
        if word in claimant_cues("relay") or is_verb(word):  # "The NIS briefed lawmakers, saying"
            break
        if sentence[stop : w.start()].strip() or not (word[:1].isupper() or word.lower().replace("’", "'") in aliases or word.lower() in titles):
            break
        stop = w.end()
    who = sentence[dateline.end() if dateline else 0 : stop].strip()
    canon = normalise(who) if who else None
    if not (canon or (who[:1].isupper() and who.lower() not in ARTICLES)):
        return None  # "The soldiers were captured and said ...": an article alone names no one
    return Attribution(start, end, who, as_claimant(who, canon))
