"""A group of states quoted as one: "the member states wrote in a joint letter" after "the Baltic Export Control Panel,
set up by Estonia, Latvia, Lithuania and two other states".

A reader takes the states speaking together as the body the article introduced as made of them, not as a speaker
of their own.  The subject ends in a plural of ``data/state_groups.csv`` ("countries", "nations"); the body is the
last capitalised name before it that a founding phrase of the same file ("formed by", "launched by", "made up of")
follows, with states in the plural at most a sentence's length after.  None when the article introduced no such body.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions.mention_vocab import key
from ..mentions.speaker_vocab import canonical

__all__ = ["body_of_states"]


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    t = load_table("state_groups.csv")
    return {kind: frozenset(t.word[t.kind == kind]) for kind in ("plural", "founding")}


@functools.cache
def _founded() -> re.Pattern:
    """ "The Baltic Export Control Panel (BECP), set up by … states": a name of capitalised words (with
    "of", "for", "on", "and" between them), its letters in brackets, a comma, a founding phrase, then states in the
    plural within the sentence."""
    w = _words()
    return re.compile(rf"(?P<body>(?!The\b){UPPER}[\w\-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*{UPPER}[\w\-]*)+)(?:\s+\([A-Z]{{2,8}}\))?,\s+"
                      rf"(?i:{alternation(w['founding'])})\s+[^.;#]{{0,120}}?\b(?i:{alternation(w['plural'])})\b")


def body_of_states(text: str, a) -> str | None:
    """The body the states that group subject ``a`` names together make up, as above, else None."""
    words = key(a.speaker_text).split()
    if a.how != "group" or len(words) < 2 or words[0] != "the" or words[-1] not in _words()["plural"]:
        return None
    found = None
    for found in _founded().finditer(text, 0, a.start):
        pass
    return canonical(found.group("body"), "name") if found is not None else None
