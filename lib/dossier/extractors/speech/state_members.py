"""People a report names by a noun and the state they are of, written after it: "two servicemen of the armed forces of
the Democratic People's Republic of Korea who were captured", "citizens of the DPRK taken prisoner".

:mod:`~dossier.extractors.speech.charted_people` charts someone unnamed by the nearest group of their kind the text
named before with a nationality word ("North Korean troops"); an official or legal text names the group by its state's
full name instead, after the noun.  A careful reader charts "one of the prisoners" after such a group as one of them
all the same: a North Korean prisoner of war.  :func:`state_group_before` finds the group; a state's names are those
of ``data/actors.csv`` (kind state), tied to a state by ``data/nationalities.csv``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation, singular
from ...vocab import load_table
from ..mentions.mention_vocab import key, nationalities

__all__ = ["StateGroup", "state_group_before"]

# Nouns of people by the state they belong to, who are of no role of their own ("citizens of the DPRK").
_BELONGERS = ("citizen", "national", "subject")
# "captured", "who were captured", "taken prisoner": what makes the group prisoners of war.
_CAPTURED = re.compile(r",?\s+(?:(?:who|that)\s+(?:were|had\s+been|have\s+been)\s+)?(?:captured|taken\s+(?:prisoner|captive))\b")


class StateGroup(NamedTuple):
    """A group named by its noun and, after it, its state: the noun (singular), the state, and the state's name as
    written, and whether the text says the group was captured."""

    noun: str
    state: str
    written: str
    captured: bool


@functools.cache
def _state_names() -> dict[str, str]:
    """A state's name or alias as written (lower case) -> its state (as in ``data/nationalities.csv``)."""
    t = load_table("actors.csv").fillna("")
    out = {}
    for entity, kind, aliases in zip(t.entity, t.kind, t.aliases):
        if kind != "state" or (state := nationalities().get(f"{key(entity)}'s")) is None:
            continue
        for name in (entity, *filter(None, aliases.split("|"))):
            if name[:1].isupper() and not name.startswith("the "):
                out[key(name)] = state
    return out


@functools.cache
def _pattern() -> re.Pattern:
    """A noun in the plural, "of" (through "the armed forces of" or "the army of"), then a state's name."""
    names = alternation(_state_names())
    return re.compile(rf"\b(?P<noun>[a-z]+(?:s|men))\s+of\s+(?:the\s+(?:armed\s+forces|army|military)\s+of\s+)?(?:the\s+)?"
                      rf"(?P<state>(?i:{names}))\b")


def state_group_before(masked: str, nouns: frozenset[str], pos: int) -> StateGroup | None:
    """The last group named before ``pos`` by one of ``nouns`` (singular, lower case) or a noun of belonging
    ("citizens") and its state's name after it; None if the text names none."""
    found = None
    for m in _pattern().finditer(masked, 0, pos):
        noun = singular(m.group("noun"))
        if noun in nouns or noun in _BELONGERS:
            captured = _CAPTURED.match(masked, m.end()) is not None
            found = StateGroup(noun, _state_names()[key(m.group("state"))], m.group("state"), captured)
    return found
