"""A unit or body called by the last word of its name: "the brigade" after "the 47th Mechanized Brigade", "the
bureau" after "Latvia's Constitution Protection Bureau".

A writer names a unit or a body once in full and then by the head noun its name ends in (``data/claimant_cues.csv``,
role ``name_head``). The word alone names no one; it stands for the nearest name before it that ends in that word:
an ordinal and a few words ("the 95th separate assault brigade"), or a run of capitalised words ending in the word
capitalised ("the Naval Intelligence Center"). A lower-case run with no ordinal ("the Ukrainian command") is a
description, not a name, and stands for no one; nor does a name of another head ("the brigade" is never a bureau).

Both who a figure is credited to (:mod:`~dossier.extractors.claims.claim_name_heads`) and who speaks a quote
(:mod:`~dossier.extractors.speech.quote_referents`) read it.
"""

from __future__ import annotations

import functools
import re

from .claimant_vocab import claimant_cues
from ...text.words import LATIN_LETTER, UPPER

_NAME_WORDS = 5  # words of a name before its last one: "Estonian Defense Forces Intelligence Center"
_JOINS = "of|for|and"  # lower-case words inside a capitalised name ("Centre for Defence Studies")
_DEFINITE_HEAD = re.compile(r"[Tt]he\s+([a-z]+)")
_OWNER = re.compile(r"[^\s'’]+['’]s\s+")
# "Operational Command North", "Joint Forces Command East": the quarter a command's name may end with after its noun.
_QUARTER = r"(?:North|South|East|West|Centre|Center)(?![\w'’\-])"


def head_noun(text: str) -> str | None:
    """The noun of role ``name_head`` that ``text`` is alone after "the" ("The brigade": "brigade"), else None."""
    m = _DEFINITE_HEAD.fullmatch(text.strip())
    return m.group(1) if m is not None and m.group(1) in claimant_cues("name_head") else None


@functools.cache
def names_ending(noun: str) -> re.Pattern:
    """A name whose last word is ``noun``: group ``name``."""
    # An ordinal and up to four words of any case ("95th separate air assault brigade"), or capitalised words,
    # "of"/"for"/"and" between them, ending in the noun capitalised ("Intelligence Center"), and what it is "of" or
    # "for" in capitals after it ("Centre for Defence Studies").
    head = noun.capitalize()
    return re.compile(
        rf"\b(?P<name>\d+(?:st|nd|rd|th)\s+(?:{LATIN_LETTER}[\w\-]*\s+){{0,4}}(?i:{noun})"
        rf"|(?:{UPPER}[\w'’\-]*\s+(?:(?:{_JOINS})\s+)?){{1,{_NAME_WORDS}}}{head}"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{UPPER}[\w'’\-]*(?:\s+(?:and\s+)?{UPPER}[\w'’\-]*){{0,3}}|\s+{_QUARTER})?)\b"
    )


def last_name_ending(text: str, noun: str) -> str | None:
    """The last name in ``text`` that ends in ``noun``, less a leading "The"; None when there is none.

    Searched only where the noun itself is written (a cheap test before the pattern)."""
    if noun not in text.lower():
        return None
    found = list(names_ending(noun).finditer(text))
    if not found:
        return None
    name = found[-1].group("name")
    name = name[4:] if name.startswith("The ") else name
    # "Latvia's Constitution Protection Bureau": the state owns the body; its name is the words after.
    owner = _OWNER.match(name)
    return name[owner.end():] if owner is not None and owner.end() < len(name) else name
