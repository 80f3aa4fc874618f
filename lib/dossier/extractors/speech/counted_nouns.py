"""Plural nouns spelled as verbs of saying: "both states", "one or more states", "the two states".

"States", "notes", "pledges" and "claims" are verbs in "The treaty states that …" and nouns in "if one of the two
states is attacked".  A word that counts, determines or classes things right before such a word
(``data/noun_counters.csv``) makes it the noun, which says nothing and is no clause's verb.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table

__all__ = ["counted_noun"]


@functools.cache
def _words() -> tuple[frozenset[str], re.Pattern]:
    """The words that may be nouns, and the pattern of a counter right before one."""
    t = load_table("noun_counters.csv")
    return frozenset(t.word[t.kind == "noun"]), re.compile(rf"\b(?i:{alternation(t.word[t.kind == 'counter'])})\s+\Z")


_WORD = re.compile(r"[a-zA-Z]+")
_REACH = 14  # "neighbouring ": the longest counter and its space


def counted_noun(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` is one that may be a plural noun, after a word that makes it one
    ("both states")."""
    nouns, counter = _words()
    word = _WORD.match(text, start)
    return word is not None and word.group(0).lower() in nouns and counter.search(text, max(0, start - _REACH), start) is not None
