"""Names that the words around them only qualify: a role before a person's name, a state that owns a body.

"the head of the regional military administration Ivan Petrenko", "the governor of Kursk region Alexander
Khinshtein", "the spokesman for the Southern Defense Forces Vladyslav Voloshyn": the person is the name alone,
the words before it say what they are. "South Korea's Defense Intelligence Agency": the body, not its state's
government. Read by
:mod:`~dossier.extractors.claims.claimant_names` where a title or an alias does not already say where the name starts.
"""

from __future__ import annotations

import functools
import re

from typing import NamedTuple

from ..mentions.claimant_vocab import claimant_cues
from ...text.numbers import cues
from ...text.words import LOWER, UPPER

_PERSON_WORD = re.compile(rf"{UPPER}{LOWER}[\w'’\-]*")  # a word of a person's name: no initials ("HUR"), no digits
_JOINS = frozenset({"of", "the", "and", "for", "at", "from", "in", "by", "with", "to", "on", "a", "an"})
_LONGEST = 4  # words of a person's name


def name_ending(words: list[str]) -> list[str] | None:
    """The name, two to four words, that ends ``words`` after a role or a body's name, else None.

    The word before the name is a lower-case word that joins nothing ("administration", "region"), or a body's
    or formation's noun ("Forces", "Brigade"); no word of the name is a title's, a body's or a formation's, so a
    body's own name ("the General Staff", "the Air Force") is no person's, nor a place's or a person's affiliation.
    """
    n, roles = 0, _role_words()
    while n < min(_LONGEST, len(words) - 1) and _PERSON_WORD.fullmatch(words[-1 - n]) and words[-1 - n].lower() not in roles:
        n += 1
    before = words[-1 - n]
    named = n >= 2 and before not in _JOINS and before not in _places() and (before.islower() or before.lower() in roles)
    return words[-n:] if named and not _affiliated(words[: -1 - n]) else None


def _affiliated(words: list[str]) -> bool:
    """Whether a name and its affiliation open ``words`` ("Lee Seong-kweun of the ruling People Power Party"): the
    name ending them is then the affiliation's, not a person's."""
    links = claimant_cues("affiliation")
    return any(w in links and words[i - 1][:1].isupper() and words[i - 1].lower() not in _role_words()
               for i, w in enumerate(words[1:], start=1))


@functools.cache
def _role_words() -> frozenset[str]:
    """Words of titles, bodies' nouns, formations and places (``claimant_cues.csv``, ``estimate_cues.csv``)."""
    branches = (w for b in claimant_cues("branch") for w in b.split())
    return frozenset({*claimant_cues("title"), *claimant_cues("body_noun"), *cues("formation"), *branches,
                      *claimant_cues("place_noun")})


@functools.cache
def _places() -> frozenset[str]:
    # Prepositions before a place ("a source inside South Hwanghae Province"): where, never who.
    return frozenset(claimant_cues("place"))


class Owned(NamedTuple):
    """A name and the owner written before it as a possessive."""

    owner: str
    name: str


_NAME = rf"{UPPER}[\w.'’\-]*(?:\s+(?:of|for|the|and|on|{UPPER}[\w.'’\-]*))*?\s+{UPPER}[\w.'’\-]*|{UPPER}[\w.'’\-]*"
_OWNER = rf"(?:{UPPER}[\w.\-]*\s+){{0,2}}{UPPER}[\w.\-]*"
_OWNED = re.compile(rf"(?:[Tt]he\s+)?(?P<owner>{_OWNER})['’]s?\s+(?P<name>{_NAME})\s*")


def owned_name(text: str) -> Owned | None:
    """The capitalised name that an owner's possessive opens ("South Korea's Defense Intelligence Agency"), else
    None."""
    m = _OWNED.fullmatch(text)
    return Owned(m.group("owner"), m.group("name")) if m else None
