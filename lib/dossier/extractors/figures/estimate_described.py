"""People described as soldiers: "another 6,000 people: engineers, sappers and builders".

A count of people with no role of their own ("people", "persons") counts
troops when the words right after its clause describe them by a troop noun:
set off by a colon, a dash or a comma ("6,000 people to the front: sappers and
builders", "6,000 people - 1,000 sappers and 5,000 builders"), or after a word
that picks out most of them (``estimate_cues.csv``, role ``described``:
"6,000 more people, mostly engineering troops").  Only people who are sent
are read so (the caller checks the verb): "6,000 people live there, mostly
soldiers' families" stays no figure.

People sent in the thousands to a place or deed of war (``estimate_cues.csv``,
role war_place) count troops with no description: "will send 6,000 people to
the Kursk region", "is sending several thousand people to a foreign war"; a
dozen sent there may be an aid team or a delegation, and people sent "to
Russia" or "to factories" may be workers: those stay no figure.
"""

from __future__ import annotations

from .estimate_links import to_war
from .estimate_nouns import term_from
from ...text.numbers import cues

_REACH = 12  # tokens after the people noun read for the mark or word that opens their description
_DESCRIPTION = 3  # tokens after that mark or word read for the troop noun ("- 1,000 sappers", ": engineers")
_TO_REACH = 4  # tokens after the people noun before the "to" of where they are sent ("people in all to the front")
_MARKS = frozenset({":", "-", "–", "—", ","})


def described_as_troops(after) -> bool:
    """Whether the tokens ``after`` a people noun open a description of them by a troop noun, soon after a mark
    that sets it off or a word of role ``described``; the sentence's end or ";" ends the search."""
    words = cues("described")
    window = after[:_REACH]
    for i, t in enumerate(window):
        if t.kind == "punct" and t.text in ".;!?":
            return False
        if t.text in _MARKS or t.low in words:
            return _troop_noun(window[i + 1 : i + 1 + _DESCRIPTION])
    return False


def _troop_noun(tokens) -> bool:
    """Whether a noun counting troops starts in ``tokens`` (numbers before it passed over: "1,000 sappers")."""
    for i, t in enumerate(tokens):
        if t.kind != "word":
            continue
        hit = term_from(tokens, i, t.low, False)
        if hit is not None:
            return hit.category == "troops"
    return False


def sent_to_war(after) -> bool:
    """Whether the tokens ``after`` a people noun say where they go, a place or deed of war, before any break:
    "to the Kursk region", "to a foreign war" (the caller checks the sending verb)."""
    for i, t in enumerate(after[:_TO_REACH]):
        if t.kind != "word":
            return False
        if t.low == "to":
            place = after[i + 1 : i + 2 + _TO_REACH]
            return bool(place) and place[0].kind == "word" and _ends_at_war(place)
    return False


def _ends_at_war(words) -> bool:
    """Whether a place or deed of war ends the phrase ``words`` opens: "the Kursk region", "a foreign war", not "the
    war memorial" (role war_place_end: the words that may follow it)."""
    if not to_war(words):
        return False
    at = next(i for i, t in enumerate(words) if t.kind == "word" and t.low in cues("war_place"))
    if cues("war_place")[words[at].low] == "named" and not (at and words[at - 1].text[:1].isupper()):
        return False  # "to the region": which region is not said
    nxt = words[at + 1 : at + 2]
    return not nxt or nxt[0].kind != "word" or nxt[0].low in cues("war_place_end") or nxt[0].low in cues("war_place")
