"""Losses told by how the dead are mourned: families told of a death, soldiers honoured as dead.

"20 households were sent death certificates" counts soldiers killed, one a
family (:func:`bereaved`); so do "posthumous titles to 101 soldiers" and
"memorial services were held for 30 soldiers" (:func:`honours_the_dead`).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from .estimate_nouns import term_from
from ...text.numbers import cues

__all__ = ["KIN", "bereaved", "honours_the_dead", "mourned", "tells_a_death"]

_CLAUSE = 14  # words of a clause searched for a word of telling or honouring


KIN = "kin"  # the subtype of persons who are a soldier's family (estimate_categories.csv)


def bereaved(after) -> bool:
    """Whether the clause after a count of families tells them of a death ("were told their sons had died",
    "received death notices", "had been notified of a death"): a word of telling (``estimate_cues.csv``, role
    ``bereavement``) and a word of death, before a mark or number ends the clause."""
    told = dead = False
    notice = cues("bereavement")
    for i, t in enumerate(after):
        if i == _CLAUSE or t.kind == "num" or t.kind == "punct" and t.text in ".;:!?":
            break
        if t.kind != "word":
            continue
        told = told or t.low in notice
        dead = dead or tells_a_death(after, i) or t.low in _LOST
        if told and dead:
            return True
    return False


def tells_a_death(tokens, i: int) -> bool:
    """Whether the word ``tokens[i]`` opens a term of soldiers killed ("died", "killed", "the fallen")."""
    hit = term_from(tokens, i, tokens[i].low, False)
    return hit is not None and hit.category == "casualties" and hit.subtype == "killed"


_LOST = frozenset({"lost", "losing"})  # "families who lost sons": the loss of a son is a death


def mourned(before, after, skip: int | None) -> bool:
    """Whether a count of soldiers follows "the families of" (a kin noun and "of") in a clause that tells them of a
    death ("The families of dozens of soldiers have been notified of their deaths"); ``skip``: where its noun ends."""
    last = before[-2:]
    if len(last) < 2 or last[1].low != "of" or last[0].kind != "word":
        return False  # most counts: two tokens read
    hit = term_from(last, 0, last[0].low, False)
    if hit is None or hit.subtype != KIN:
        return False
    return bereaved([*before[-_KIN_REACH:-2], *(after[skip + 1 : skip + 1 + _CLAUSE] if skip is not None else [])])


_KIN_REACH = 8  # tokens before "the families of" read for a word of telling ("authorities informed the families of")


def honours_the_dead(text: str, before, after) -> bool:
    """Whether the clause of a count of soldiers in the sentence ``text`` honours them as dead (``estimate_cues.csv``,
    role ``posthumous``): a word such as "posthumously" anywhere in it, or a rite for the dead just before "for"."""
    if not _honours(text):
        return False  # most sentences: no such word, and no token need be read
    words = cues("posthumous")
    if before[-1:] and before[-1].low == "for" and any(words.get(t.low) == "for" for t in before[-_RITE:-1]):
        return True
    for side in (reversed(before[-_CLAUSE:]), after[:_CLAUSE]):
        for t in side:
            if t.kind == "punct" and t.text in ".,;:!?" or t.kind == "num":
                break  # "Kim posthumously honoured three officers, and praised 11,000 troops": another clause's
            if words.get(t.low) == "any":
                return True
    return False


_RITE = 5  # tokens before "for" that hold a rite for the dead ("memorial services were held for")


@functools.lru_cache(maxsize=64)  # asked once per figure: a sentence of many figures is searched once
def _honours(text: str) -> bool:
    return _honour_words().search(text) is not None


@functools.cache
def _honour_words() -> re.Pattern:
    words = cues("posthumous")  # of either value: a sentence without any is read no further
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE)
