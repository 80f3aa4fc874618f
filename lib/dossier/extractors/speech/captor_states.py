"""The states an article says hold prisoners (``data/captor_words.csv``): "a Ukrainian detention centre", "Ukraine
has managed to capture two of them"; not a state that captured a town or holds talks.  A prisoner of war charted by
the group before him (:mod:`.charted_people`) is never of the state holding him: "Ukrainian troops approached him"
or "Ukrainian soldiers held prisoner in Russia" before "the 26-year-old soldier said" in a report on North Koreans
held in Ukraine name his captors or others, not his side.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions.mention_vocab import key, nationalities
from .charted_places import state_of_place

__all__ = ["captor_states"]

_BETWEEN = 3  # lower-case words between a state's name and its verb: "Ukraine has managed to capture"
_OBJECT = 4  # words between a verb and the people it takes: "captured a third North Korean soldier"


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = load_table("captor_words.csv")
    holding = alternation(t.word[t.form == "holding"])
    taking = alternation(t.word[t.form == "taking"])
    captive = alternation(t.word[t.form == "captive"])
    between = rf"(?!(?:{alternation(t.word[t.form == 'between_not'])})\s)[a-z]+\s+"  # active, the state its subject
    name = rf"{UPPER}[\w.\-]*(?:\s+{UPPER}[\w.\-]*)?"
    # (The verb takes people: "captured two of them", not "captured the town" or "holds talks".)
    word = rf"(?!(?:{alternation(t.word[t.form == 'between_not'])})\b)(?:\d+,)*[\w\-’']+"  # "1,300", not "who"
    taken = rf"(?=(?:\s+{word}){{0,{_OBJECT}}}\s+(?i:{captive})\b)"
    return (re.compile(rf"\b(?P<state>{name}(?:[’']s)?)\s+(?i:{holding})\b"),
            re.compile(rf"\b(?P<state>{name})\s+(?:{between}){{0,{_BETWEEN}}}?(?:{taking})\b(?P<taken>{taken})?"),
            re.compile(rf"\b(?i:{captive})\s+\Z"))


def _state(written: str) -> str | None:
    k = key(written)
    return nationalities().get(k) or state_of_place(k.removesuffix("'s"))


def captor_states(text: str) -> frozenset[str]:
    """The states ``text`` says hold or took prisoners."""
    out = set()
    holding, taking, object_before = _patterns()
    for m in holding.finditer(text):
        if (state := _state(m.group("state"))) is not None:
            out.add(state)
    for m in taking.finditer(text):
        if m.group("taken") is None and not object_before.search(text, max(0, m.start() - 20), m.start()):
            continue
        # The subject is a state's name: "North Korean soldiers captured in Kursk" are prisoners, not captors.
        if key(m.group("state")) not in nationalities() and (state := _state(m.group("state"))) is not None:
            out.add(state)
    return frozenset(out)
