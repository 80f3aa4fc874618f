"""A body described by its state's word and a noun that stands for a body: "the South Korean service".

"According to South Korea's National Intelligence Service ... According to the South Korean service, ..." refers
back to the service named before, not to Seoul's government, which the nationality word alone would name. The noun
is a description of ``data/claimant_descriptions.csv`` ("service", "spy agency"); the body it refers to must be of
the state the word names (its group in ``data/speakers.csv``).
"""

from __future__ import annotations

from typing import NamedTuple

from .claimant_names import cleaned
from .claimant_phrases import descriptions
from ..mentions.mention_vocab import by_name, group_state, nationalities

LONGEST_NATIONALITY = 3  # words of the longest nationality of data/nationalities.csv: "republic of korea's"
# ("Ukrainian officials" may be the government itself, as the nationality word says; "a South Korean diplomat" is a
# person.)
_NO_BODY = frozenset({"person", "government"})


class NationalDescription(NamedTuple):
    state: str  # the state the nationality word names ("south_korea")
    kinds: frozenset[str]  # the kinds of claimant the noun may stand for ("intelligence")


def national_description(text: str) -> NationalDescription | None:
    """The state and kinds of ``text`` when it is a nationality word and a body's description ("the South Korean
    service", "Seoul's agency"); None otherwise."""
    words = cleaned(text).split()
    for n in range(min(LONGEST_NATIONALITY, len(words) - 1), 0, -1):
        state = nationalities().get(" ".join(words[:n]))
        kinds = descriptions().get(" ".join(words[n:]))
        if state and kinds and not kinds & _NO_BODY:
            return NationalDescription(state, kinds)
    return None


def of_state(claimant: str, state: str) -> bool:
    """Whether ``claimant``, a canonical name, is a body of ``state`` in the vocabularies."""
    known = by_name().get(claimant)
    return known is not None and group_state(known.group) == state
