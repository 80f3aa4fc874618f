"""Plural nouns spelled as verbs of saying: "both states", "one or more states", "the two states".

"States", "notes", "pledges" and "claims" are verbs in "The treaty states that …" and nouns in "if one of the two
states is attacked".  A word that counts, determines or classes things right before such a word
(``data/noun_counters.csv``) makes it the noun, which says nothing and is no clause's verb.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.number_values import number_words
from ...vocab import load_table

__all__ = ["counted_noun"]


class _Words(NamedTuple):
    nouns: frozenset[str]  # the words that may be nouns: "states", "claims"
    counters: frozenset[str]  # the words that make one a noun: "both", "their", "two"
    parts: frozenset[str]  # a numbered part of a text, whose number counts nothing: "Article Four states"
    bare: frozenset[str]  # counters only with no counter before them: "by other states", not "The other claims"
    reach: int  # how far back a part and its counter may start


@functools.cache
def _words() -> _Words:
    t = load_table("noun_counters.csv")
    numbers = number_words()
    counters = frozenset(t.word[t.kind == "counter"]) | {w for k in _NUMBER_KINDS for w in numbers.get(k, {})}
    parts = frozenset(t.word[t.kind == "part"])
    bare = frozenset(t.word[t.kind == "bare"])
    reach = max(map(len, counters | bare)) + max(map(len, parts | counters)) + 2  # the last two words and their spaces
    return _Words(frozenset(t.word[t.kind == "noun"]), counters, parts, bare, reach)


_WORD = re.compile(r"[a-zA-Z]+")
_NUMBER_KINDS = ("unit", "teen", "tens")  # the number words that count things ("two states", "twelve states")


def counted_noun(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` is one that may be a plural noun, after a word that makes it one
    ("both states"), that is not the number of a part of a text ("Article Four states"); "other" only alone ("by
    other states", not "The other claims")."""
    w = _words()
    word = _WORD.match(text, start)
    if word is None or word.group(0).lower() not in w.nouns:
        return False
    before = text[max(0, start - w.reach):start]
    if not before[-1:].isspace():
        return False  # ("the-states": a word joined to it counts nothing)
    last = before.lower().split()[-2:]
    if not last or (len(last) == 2 and last[0] in w.parts):
        return False
    return last[-1] in w.counters or (last[-1] in w.bare and not (len(last) == 2 and last[0] in w.counters))
