"""Someone unnamed the writer asks, who answers: "When I asked one of their officers how long they would stay, he
answered", "I asked the interpreter whether …. He thought about it. “…,” he said".

A reader takes the "he" that answers a question for the one it was put to, though that one is its verb's object
and a leader was named earlier in passing.  :func:`asked_person` finds, in a sentence, the one asked ("asked",
"asking" and the like, ``data/asking_verbs.csv``), picked out by a determiner or out of a group ("one of their
officers"), whose noun is a person's (a title, a person's noun, a role of ``data/charted_roles.csv``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation, singular
from ...vocab import load_list, load_table
from ..mentions.mention_vocab import key, titles
from ..mentions.speaker_vocab import person_nouns

__all__ = ["Asked", "asked_person"]


class Asked(NamedTuple):
    words: str  # the one asked, without the words that pick them out ("officer", "interpreter")
    start: int


@functools.cache
def _asked() -> re.Pattern:
    """ "asked one of their officers", "asked the interpreter": a verb of asking, then the one asked."""
    verbs = alternation(load_list("asking_verbs.csv"))
    return re.compile(rf"\b(?i:{verbs})\s+(?:(?:one|each)\s+of\s+(?:the|their|his|her|our|these|those)\s+|the\s+|an?\s+)"
                      rf"(?P<who>(?:[a-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*)\b")


@functools.cache
def _person_words() -> frozenset[str]:
    roles = load_table("charted_roles.csv")
    return frozenset({*titles(), *person_nouns(), *roles.noun})


def asked_person(text: str, lo: int, hi: int, gender: str) -> Asked | None:
    """The last one asked in ``text[lo:hi]`` whose noun names a person who may be ``gender`` ("m", "f"); None if no
    one is."""
    found = None
    for m in _asked().finditer(text, lo, hi):
        noun = singular(key(m.group("who")).split()[-1])
        title = titles().get(noun)
        if noun in _person_words() and (title is None or title.gender in ("", gender)):
            found = Asked(" ".join([*m.group("who").split()[:-1], noun]), m.start("who"))
    return found
