"""Someone unnamed whom a paper brings in by their sector and post, labelled by the state the paper writes from.

A Seoul paper's "a defense industry official said", "an intelligence official estimated" or "a ruling party lawmaker
said" tells of a South Korean, as its reader takes it: the paper need not say whose industry, intelligence or party
is meant when they are its own state's.  An analyst labels such a person by nationality and role ("South Korean
defense industry official", tests/gold/devset/README.md).  :func:`home_official` reads a speaker resolved to such a
bare post (``data/home_press_posts.csv``) with at least one word before it, and no state named in it.

A post below the state ("a local civic group official", "a city official") is not the state's, nor one whose words
already say whence its holder is ("a western diplomat", ``data/origin_words.csv``).  A bare "official", or one with
only a word of rank ("a senior official", ``data/official_modifiers.csv``), says nothing of a sector and is left to
the readings of bodies; so is a post the words of a body qualify that the speakers' vocabulary knows ("a JCS
official": the Joint Chiefs of Staff), and any post in a paper whose state is not known.
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_list, load_table
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import home_state, key, nationalities, origin_words
from ..mentions.speaker_vocab import canonical, speaker_aliases

__all__ = ["home_official"]

# A bare post with up to three words of its own before it, all lower case: no name, no state, no body's name.
_POST = re.compile(r"[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){1,3}")


@functools.cache
def _posts() -> frozenset[str]:
    t = load_table("home_press_posts.csv")
    return frozenset(t.word[t.kind == "post"])


@functools.cache
def _below_state() -> frozenset[str]:
    """Words that put a post below the state ("local", "city", "regional"): its holder is of the place, or speaks for
    the place's body ("a city official": the city), never labelled by the state."""
    t = load_table("home_press_posts.csv")
    units = claimant_cues("place_adjective")
    return frozenset(t.word[t.kind == "local"]) | frozenset(units) | frozenset(units.values())


@functools.cache
def _modifiers() -> frozenset[str]:
    """Words of rank or anonymity ("senior", "unnamed"): they say nothing of a sector, so "a senior official" stays
    the bare post the readings of bodies handle."""
    return frozenset(load_list("official_modifiers.csv"))


def home_official(art, speaker: str | None) -> str | None:
    """ "South Korean defense industry official" for ``speaker`` "defense industry official" in a paper written from
    South Korea; None for any other speaker, or where the paper's state is not known."""
    if not speaker or not _POST.fullmatch(speaker) or key(speaker) in speaker_aliases():
        return None
    words = speaker.split()
    if words[-1] not in _posts() or all(w in _modifiers() for w in words[:-1]) or any(w in nationalities() or w in _below_state() or w in origin_words() for w in words):
        return None  # ("a western diplomat" in a London paper already says whence, and it is no state)
    adjective = adjectives_of_states().get(home_state(art.text, art.source))
    return canonical(f"{adjective} {speaker}", "group") if adjective else None
