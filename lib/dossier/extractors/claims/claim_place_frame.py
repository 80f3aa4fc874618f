"""A claimant framed by its capital: "In Seoul, the intelligence service claimed ...", "In Kyiv, they say ...".

A sentence or a clause after a semicolon that opens with "In" and a capital that stands for a state's
government (``data/claimants.csv``: "Seoul", "Kyiv") sets where the claim
is made: "they" right after it is that government ("In Kyiv, they assert
that ...": people there, not whoever was named last), and a description
with a home (``data/claimant_descriptions.csv``, column ``home``) is that
state's body ("In Seoul, the spy agency said": the NIS, even in a Moscow
daily that named Ukraine's intelligence before).
"""

from __future__ import annotations

import functools
import re

from .claimant_names import kind, normalise
from ..mentions.claimant_vocab import description_homes
from ..mentions.mention_vocab import states
from ...text.words import UPPER

# "In Seoul, " right before the attribution, at the start of its sentence or of a clause after a semicolon, colon or
# dash ("...; in Kyiv they say that ..."); the comma after the place may be left out, and an adverb set off by
# commas may follow it ("In Seoul, meanwhile, they claim ...").
_IN_PLACE = re.compile(rf"(?:^\s*|[;:—]\s*)[Ii]n\s+({UPPER}[\w'’\-]+),?\s+(?:[a-z]+,\s+)?$")
_REACH = 40  # characters before the attribution that a clause's opening place may take
_IMPERSONAL = frozenset({"they"})  # "In Kyiv, they say": the people there, no one named before


@functools.cache
def _government_states() -> dict[str, str]:
    """A government's claimant (as :func:`normalise` gives it) to its state."""
    return {normalise(names.government) or names.government: state for state, names in states().items() if names.government}


def _framing_government(sentence: str, start: int) -> str | None:
    """The government whose capital opens the sentence or clause of the words at ``start`` ("In Kyiv, "), else None."""
    if "n " not in sentence[max(0, start - _REACH) : start]:
        return None  # nearly every attribution: no place right before it
    m = _IN_PLACE.search(sentence, 0, start)
    return government if m is not None and kind(government := normalise(m.group(1))) == "government" else None


def framing_state(sentence: str, start: int) -> str | None:
    """The state whose capital frames the words at ``start`` ("In Kyiv, Ukrainian lawmakers said": ``ukraine``)."""
    government = _framing_government(sentence, start)
    return _government_states().get(government) if government is not None else None


def framed_by_place(sentence: str, start: int, clean: str) -> str | None:
    """The claimant that ``clean`` (a pronoun or description whose words start at ``start``) stands for in a
    sentence or clause opening "In <capital>, ", else None."""
    if (government := _framing_government(sentence, start)) is None:
        return None
    if clean in _IMPERSONAL:
        return government
    state = _government_states().get(government)
    return description_homes().get(clean, {}).get(state) if state else None
