"""A unit or body an attribution calls by the last word of its name: "According to the brigade, ..." after "soldiers
of the 47th Mechanized Brigade" is that brigade's; "the centre's estimate" after "the Defence Intelligence Centre"
that centre's.

A writer names a unit or a body no vocabulary knows once in full and then calls it "the brigade", "the centre",
"the command". The word alone names no one; it stands for the nearest name before it that ends in that word
(``data/claimant_cues.csv``, role ``name_head``): an ordinal and a few words ("the 95th separate assault brigade"),
or a run of capitalised words ending in the word capitalised ("the Naval Intelligence Center"). A lower-case run
with no ordinal ("the Ukrainian command") is a description, not a name, and stands for no one.
"""

from __future__ import annotations

from .claimant_names import cleaned, normalise
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.name_heads import last_name_ending


def name_head(text: str) -> str | None:
    """The noun of role ``name_head`` that an attribution's words are alone after "the" ("the brigade": "brigade"),
    else None."""
    if not text[:4].lower() == "the ":
        return None  # "a brigade", "brigade commanders": no name referred back to
    word = cleaned(text)
    return word if word in claimant_cues("name_head") else None


def named_before(texts: list[str], k: int, before: int, noun: str) -> tuple[str, str] | None:
    """(claimant, words naming it) of the nearest name ending in ``noun`` before offset ``before`` of sentence ``k``,
    searched back through the article; None when the article names none. A name a vocabulary knows is its
    claimant; another is the name as written, less a leading "The"."""
    for j in range(k, -1, -1):
        name = last_name_ending(texts[j] if j < k else texts[j][:before], noun)
        if name is not None:
            return normalise(name) or name, name
    return None
