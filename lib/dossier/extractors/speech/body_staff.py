"""Someone unnamed brought in by their post at a body the text does not name: "a senior official at a defense company
in Changwon said", "said a researcher at a Japanese government-affiliated institute".

The body is no speaker: it has no name to speak by, and the words are the person's.  An analyst charts them as the
body's words and the post, with the state ("South Korean defense company official", "Japanese government-affiliated
institute researcher"): the state a nationality word among the body's words gives, else that of a place after the
body which the vocabularies tie to a state ("a think tank in Moscow"), else the state the paper writes from (its
reader takes an unnamed company at home for one of home).  A rank before the post ("senior") is no part of the label,
nor is the place.  A researcher or analyst is so charted only where the body's words name its state; one at "a
government-funded institute" stays the unnamed analyst the readings of experts make them.  The posts and the nouns that end such a body are ``data/staff_bodies.csv``.  With no state told,
the speaker stays as read.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import home_state, key, nationalities
from ..mentions.speaker_vocab import canonical
from .charted_places import state_of_place

__all__ = ["body_staff"]

_REACH = 120  # characters before the attribution's subject that such a phrase may open at
_BODY_WORDS = 3  # "Japanese government-affiliated", "defense": words of the body's own before its noun
# "in Changwon's Seongsan-gu": where the body is, which a subject's reading may have taken for the speaker.
_PLACE_AFTER = re.compile(rf"\s+in\s+(?={UPPER})")
_PLACE = re.compile(rf"{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*)?")  # "Moscow", "North Hamgyong"


@functools.cache
def _words(kind: str) -> str:
    t = load_table("staff_bodies.csv")
    return alternation(t.word[t.kind == kind])


@functools.cache
def _experts() -> frozenset[str]:
    t = load_table("staff_bodies.csv")
    return frozenset(t.word[t.kind == "expert"])


@functools.cache
def _phrase() -> re.Pattern:
    posts = f"{_words('post')}|{_words('expert')}"
    return re.compile(rf"(?<![\w\-])(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<post>{posts})\s+"
                      rf"(?:at|of|with|for)\s+an?\s+(?P<body>(?:[\w’'\-]+\s+){{0,{_BODY_WORDS}}}?(?:{_words('body')}))(?![\w\-])")


def _covers(masked: str, m: re.Match, pos: int) -> bool:
    """Whether the subject read at ``pos`` is the phrase ``m``, its body, or a place right after its body."""
    place = _PLACE_AFTER.match(masked, m.end("body"))
    return m.start() <= pos <= m.end("body") or place is not None and place.end() == pos


def body_staff(art, pos: int) -> str | None:
    """ "South Korean defense company official" for a subject at ``pos`` within "a senior official at a defense company
    (in Changwon)"; None where no such phrase is the subject, or no state is told."""
    if pos < 0:
        return None
    found = next((m for m in _phrase().finditer(art.masked, max(0, pos - _REACH), pos + _REACH) if _covers(art.masked, m, pos)), None)
    if found is None:
        return None
    words = found.group("body").split()
    nat = next((w for w in words if key(w) in nationalities()), None)
    if nat is None and found.group("post") in _experts():
        return None  # "a researcher at a government-funded institute": an unnamed analyst, by no state
    after = _PLACE_AFTER.match(art.masked, found.end("body"))
    place = _PLACE.match(art.masked, after.end()) if after is not None else None
    # "a think tank in Moscow": where the body is tells whose it is, before the paper's own state does.
    state = (nationalities()[key(nat)] if nat else place is not None and state_of_place(place.group(0))
             or home_state(art.text, art.source))
    # (A state the vocabularies chart by no adjective of their own, "other_state", keeps the word as written.)
    adjective = adjectives_of_states().get(state) or (nat if state == "other_state" else None)
    if not adjective:
        return None
    body = " ".join(w for w in words if w != nat)
    return canonical(f"{adjective} {body} {found.group('post')}", "group")
