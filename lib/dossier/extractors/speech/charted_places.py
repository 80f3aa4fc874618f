"""Where someone unnamed is of, by place: the state a place's name ties to, read from the place a sentence puts them
in ("a guide in Pyongyang"), the place they come from ("a tourist from Moscow") or the scene a report is set in.

Part of charting someone unnamed by state and role (:func:`~dossier.extractors.speech.charted_people.charted`), which
reads the state as a :class:`Nationality`.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER
from ...vocab import load_table
from ..mentions.mention_vocab import key, nationalities


class Nationality(NamedTuple):
    """A state someone is of, and how the text writes it."""

    state: str
    written: str  # as the text writes it ("Chinese"), for a state data/states.csv gives no adjective


@functools.cache
def _places() -> dict[str, str]:
    t = load_table("claimant_places.csv")
    return dict(zip(t.place, t.state))


@functools.cache
def _in_place() -> re.Pattern:
    # ("in the Moscow region", "in the Kurchatov district": a place named with its unit after "the".)
    return re.compile(rf"\b(?:in|at|around|near|from)\s+(?:the\s+)?(?P<place>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*)?)")


def state_of_place(place: str) -> str | None:
    """The state a place's name ties to (a capital of ``data/nationalities.csv``, "North Korea" by its possessive, a
    place of ``data/claimant_places.csv``); None for one no vocabulary maps."""
    k = key(place)
    return nationalities().get(k) or nationalities().get(f"{k}'s") or _places().get(k) or _places().get(k.split()[0])


_THAT = re.compile(r"\bthat\b")  # what someone said follows: its places are not where they are


def place_near(art, pos: int) -> Nationality | None:
    """The state of the last place the sentence at ``pos``, or the one before in its paragraph, puts someone in; not a
    place of what they said after "that" ("a guide said that the sons who fell in Kursk …": where others were)."""
    i = art.sent_at(pos)
    lo = art.sents[i - 1].start if i > 0 and art.sents[i - 1].paragraph == art.sents[i].paragraph else art.sents[i].start
    hi = art.sents[i].end
    if (said := _THAT.search(art.masked, pos, hi)) is not None:
        hi = said.start()
    return _first_placed(reversed(list(_in_place().finditer(art.masked, lo, hi))))


# "in Pyongyang", "in the Hwasong district of Pyongyang": where a scene is, maybe through a part of the place.
_SCENE = re.compile(rf"\b(?:in|at|around|near)\s+(?:the\s+(?:[\w\-]+\s+){{1,3}}?of\s+)?"
                    rf"(?P<place>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*)?)")


def scene(art) -> Nationality | None:
    """The state of the first place the article's first paragraph puts something in ("a street is rising in the
    Hwasong district of Pyongyang"), the scene the report is set in; None if it names none a vocabulary maps."""
    if not art.sents:
        return None
    first = [s for s in art.sents if s.paragraph == art.sents[0].paragraph]
    return _first_placed(_SCENE.finditer(art.masked, first[0].start, first[-1].end))


def _first_placed(matches) -> Nationality | None:
    """The state of the first of ``matches`` (of a pattern with a ``place`` group) whose place a vocabulary maps; a
    possessive ("Russia's") places no one."""
    for m in matches:
        if not m.group("place").endswith(("'s", "’s")) and (state := state_of_place(m.group("place"))):
            return Nationality(state, m.group("place"))
    return None


# "a tourist from Moscow", "a defector from North Korea": where someone comes from, right after their noun.
_FROM_PLACE = re.compile(rf"\s+from\s+(?P<place>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*)?)")


def origin(art, speaker_text: str, pos: int) -> Nationality | None:
    """The state of the place someone is from, written in their phrase or right after it; None if none is."""
    m = _FROM_PLACE.search(speaker_text) or _FROM_PLACE.match(art.masked, pos + len(speaker_text))
    if m is None or (state := state_of_place(m.group("place"))) is None:
        return None
    return Nationality(state, m.group("place"))
