"""Whose words a state outlet's own report carries itself: the voices of its state that the report names without one.

A state-owned or state-controlled outlet is the channel of its own state's officials' words
(``tests/gold/devset/README.md``): :func:`~dossier.extractors.speech.quote_channels.channel_of` gives it those of the
speakers the vocabularies or a title tie to its state.  A report written from the outlet's own state names its
state's officials as readers at home know them, without the state: in a Kyiv agency's dispatch "Prosecutor General
Oleh Marchenko" is Ukraine's, in a Pyongyang paper's "the chairman of the city people's committee" is the DPRK's.
The DPRK's media carry no voice but the state's: the worker, the soldier or the bereaved mother they quote speaks
on its stage, so there any speaker the report ties to no state is the state's.  Russian or Ukrainian state media
also quote people who speak for no one but themselves ("a sapper told the channel"), so there only officials are.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from ..mentions.mention_vocab import by_name, key, state_named
from ..mentions.speaker_vocab import speaker_affiliation
from .quote_article import Article
from .speakers import speaker_kind

# The groups of speakers whom no state is named for: an official of no known state, anyone else.
_UNPLACED_OFFICIAL = "other_official"
_UNPLACED = "other"
# An official named with the word of a state the vocabularies chart no further than "other state" ("Latvian").
_OTHER_STATE_OFFICIAL = "other_state_official"
# The state whose media quote no one but its voices.
_ALL_VOICES_STATE = "dprk"


def home_voice(art: Article, speaker: str, outlet_state: str) -> bool:
    """Whether ``speaker`` is a voice of the state of the article's outlet (``outlet_state``, a channel state of
    ``data/channels.csv``: ``ukraine_state`` …) that the article names without its state.

    Only in a report written from the outlet's own state (its dateline's city, else the outlet's home:
    ``data/home_states.csv``): "SEOUL (TASS) –" names Seoul's officials without a state.  An outlet of a state the
    vocabularies chart no further (``data/outlet_states.csv``: Poland's PAP) follows its officials abroad, and its
    report names its state wherever it was written ("Seoul (PAP) – … a threat to Poland too, the deputy prime
    minister said").  A speaker the vocabularies know speaks for whom they say, and one named with a state's word
    ("the Russian consul") for that state.
    """
    state = outlet_state.removesuffix("_state")
    if outlet_state == state or speaker in by_name() or not (
            art.account.home_state == state or _names_its_state(art.text, state)):
        return False
    group = art.group_of(speaker)
    if group == _OTHER_STATE_OFFICIAL and _titled_by_its_state(art, speaker, state):
        return True  # "Latvian Foreign Minister Baiba Braže" in Latvia's public media
    if group != _UNPLACED_OFFICIAL and not (group == _UNPLACED and state == _ALL_VOICES_STATE):
        return False
    e = art.account.entity(speaker)
    if e is not None and (e.state or e.kind not in ("person", "body")):
        return False  # a state the article gives them, or a treaty whose wording is quoted
    if _titled_by_another(art, speaker, outlet_state):
        return False  # "Chinese Foreign Ministry spokesperson Mao Ning" in a Taipei agency's report
    if e is None and speaker_kind(speaker) not in ("person", "body"):
        return False
    return state_named(key(speaker).split()) in (None, state)  # ("North Korean soldier's mother" in a DPRK paper)


# How far before a person's first mention the body of their title may open ("Chinese Foreign Ministry spokesperson").
_TITLE_REACH = 60


def _titled_by_another(art: Article, speaker: str, outlet_state: str) -> bool:
    """Whether ``speaker`` is first named with the title of a body the vocabularies give another affiliation than
    the outlet's state ("Chinese Foreign Ministry spokesperson Mao Ning": China's), whose voice they are."""
    first = next((m for m in art.account.mentions if m.entity is not None and m.entity.name == speaker), None)
    if first is None:
        return False
    body = next((m for m in reversed(art.account.between(max(0, first.start - _TITLE_REACH), first.start))
                 if m.entity is not None and m.end <= first.start), None)
    if body is None or body.entity.kind != "body" or "." in art.masked[body.end:first.start]:
        return False
    return speaker_affiliation(body.entity.name) not in ("other", outlet_state)


def _titled_by_its_state(art: Article, speaker: str, state: str) -> bool:
    """Whether ``speaker`` is first named with a word of ``state`` (``data/outlet_states.csv``) in their title, in the
    same sentence: "Latvian Foreign Minister Baiba Braže", whom her state's own outlet carries."""
    first = next((m for m in art.account.mentions if m.entity is not None and m.entity.name == speaker), None)
    pattern = _state_words().get(state)
    if first is None or pattern is None:
        return False
    # The mention may hold its title ("Latvian Foreign Minister Baiba Braže") or follow it.
    named = art.masked[max(0, first.start - _TITLE_REACH):first.end]
    found = list(pattern.finditer(named))
    return bool(found) and "." not in named[found[-1].end():]


def _names_its_state(text: str, state: str) -> bool:
    """Whether ``text`` names ``state``, one of ``data/outlet_states.csv`` ("Poland", "Polish")."""
    pattern = _state_words().get(state)
    return pattern is not None and pattern.search(text) is not None


@functools.cache
def _state_words() -> dict[str, re.Pattern]:
    t = load_table("outlet_states.csv")
    return {state: re.compile(rf"\b(?i:{alternation(t.word[t.state == state])})\b") for state in set(t.state)}
