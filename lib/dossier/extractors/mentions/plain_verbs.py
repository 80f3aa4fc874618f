"""The plain form of verbs of saying ("warn", "confirm"), which says words only after a plural subject, an
auxiliary, a name or a verb of haste: "Analysts warn", "Seoul would not confirm", "did Gerasimov announce", "rushed to
declare"; not "The Kremlin declined to confirm reports of “…”"."""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_list, load_table

__all__ = ["plain_verb", "plain_verbs"]

_NAME_LETTERS = 14  # the letters after a name's capital a look-behind reaches ("Gerasimov"), one length each


@functools.cache
def plain_verbs() -> frozenset[str]:
    """The plain form of verbs of saying ("warn", "confirm"): the ``plain`` words of ``data/cue_verbs.csv``."""
    t = load_table("cue_verbs.csv")
    return frozenset(t.word[t.kind == "plain"])


@functools.cache
def plain_verb() -> str:
    """:func:`plain_verbs` as a pattern, right after an auxiliary ("Seoul would not confirm"), a word in "s" that is
    a plural subject ("Analysts warn"; ``data/plain_verb_neighbours.csv``), a capitalised name, the subject of "did"
    or of "heard" ("did chief of the General Staff Valery Gerasimov announce"), or a verb of haste and its "to"
    (``data/verb_asides.csv``: "The enemy rushed to declare", which declares).  After any other "to" the words are
    not said ("declined to confirm", "urged Moscow to explain")."""
    t = load_table("plain_verb_neighbours.csv")
    # (Python's look-behinds are of a fixed width: one for each word or phrase, and for each length of a name.)
    before = [*(f"{w} " for w in t.word[t.place == "auxiliary"]), *(f"{w} not " for w in t.word[t.place == "auxiliary"]),
              *(f"{p} " for p in load_list("verb_asides.csv") if p.endswith(" to"))]
    after = "|".join(rf"(?<=\b{re.escape(w)})" for w in before)
    plural = "".join(rf"(?<!\b{re.escape(w)} )" for w in t.word[t.place == "not_plural"])
    name = "|".join(rf"(?<=\b[A-Z][a-z]{{{n}}} )" for n in range(2, _NAME_LETTERS))
    return rf"(?:{after}|(?<=[A-Za-z]s ){plural}|{name})\b(?i:{alternation(plain_verbs())})\b"
