"""Prisoners of war as a group that speaks: "Two North Korean soldiers captured in January ... One of them said".

A group counted out ("one of them", "both") right after soldiers of a state
made prisoners (``data/claimant_cues.csv``, roles ``captive`` and
``captive_noun``: "captured North Korean soldiers", "two North Korean
soldiers have been captured", "North Korean prisoners of war") is that
state's prisoner of war ("North Korean prisoner of war", by the state's
adjective of ``data/states.csv``), not a body named near them: "The men
spoke through an interpreter from the SBU. Both said ..." is the prisoners'.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from ..mentions.claimant_vocab import claimant_cues

_CAPTIVE_SENTENCES = 3  # sentences back to where the prisoners are named: a later one has moved on
_WORDS_BETWEEN = 4  # words between soldiers and the word that makes them prisoners: "have since been"


@functools.cache
def _adjectives() -> dict[str, str]:
    """A state's adjective, lower case, to itself as written ("north korean": "North Korean")."""
    t = load_table("states.csv").fillna("")
    return {a.lower(): a for a in t["adjective"] if a}


@functools.cache
def _captives() -> re.Pattern:
    nations = alternation(_adjectives())
    captive = alternation(claimant_cues("captive"))
    nouns = claimant_cues("captive_noun")
    soldiers = alternation(n for n, v in nouns.items() if v != "prisoner")
    prisoners = alternation(n for n, v in nouns.items() if v == "prisoner")
    between = rf"(?:\s+[a-z]+){{0,{_WORDS_BETWEEN}}}?"
    return re.compile(
        rf"\b(?:(?:{captive})\s+(?P<a>{nations})\s+(?:{soldiers})"
        rf"|(?P<b>{nations})\s+(?:{soldiers}){between}\s+(?:{captive})"
        rf"|(?P<c>{nations})\s+(?:{prisoners}))\b",
        re.IGNORECASE,
    )


def captives_named(texts: list[str], k: int, before: int) -> str | None:
    """The prisoner of war ("North Korean prisoner of war") that soldiers made prisoners, named in sentence ``k``
    before offset ``before`` or in the few sentences before it, stand for; None when none are named there."""
    for j in range(k, max(-1, k - 1 - _CAPTIVE_SENTENCES), -1):
        text = texts[j] if j < k else texts[k][:before]
        found = None
        for found in _captives().finditer(text):
            pass  # the last named
        if found is not None:
            nation = found.group("a") or found.group("b") or found.group("c")
            return f"{_adjectives()[nation.lower()]} prisoner of war"
    return None
