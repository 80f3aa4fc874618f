"""Someone of the writer's own side, told of by a bare role: "soldiers", "a sapper" in a Ukrainian outlet's report
from the front are Ukrainian soldiers, a sapper of a Russian broadcaster's report a Russian sapper.

A writer at war (``data/own_side_states.csv``: the state an outlet writes from, or a person's own channel,
:func:`~.unit_holders.writer_state`) names the people of their own side by role alone, as a reader on that side
would; the other side they name as "the enemy" or by nationality.  :func:`own_side_person` charts such a bare role,
a soldier's role of ``data/charted_roles.csv`` (the soldier kin) or a military rank of ``data/titles.csv``, with the
writer's nationality, when nothing else told who they are.  Any other writer's bare role tells no side.
"""

from __future__ import annotations

import functools
import re

from ...text.words import singular
from ...vocab import load_table
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import key, states, titles
from .unit_holders import writer_state

__all__ = ["enemy_side", "names_enemy", "own_side_person", "own_side_states"]

_BARE = re.compile(r"[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,2}")  # "soldiers", "platoon commander": no state, no name


@functools.cache
def own_side_states() -> frozenset[str]:
    return frozenset(load_table("own_side_states.csv").state)


@functools.cache
def _soldier_nouns() -> frozenset[str]:
    t = load_table("charted_roles.csv")
    nouns = {n for n, k in zip(t.noun, t.kin) if k == "soldier"}
    return frozenset(nouns | {w for w, info in titles().items() if info.role in ("officer", "commander")})


def own_side_person(art, speaker: str | None) -> str | None:
    """ "Ukrainian soldiers" for ``speaker`` "soldiers" in an article of a writer on Ukraine's side; None for any other
    speaker, or writer."""
    if not speaker or not _BARE.fullmatch(speaker) or singular(key(speaker).split()[-1]) not in _soldier_nouns():
        return None
    state = writer_state(art.text, art.source)
    adjective = adjectives_of_states().get(state) if state in own_side_states() else None
    return f"{adjective} {speaker}" if adjective else None


@functools.cache
def _enemies() -> dict[str, str]:
    t = load_table("own_side_states.csv")
    return {state: enemy for state, enemy in zip(t.state, t.enemy) if enemy}


@functools.cache
def _enemy_words() -> frozenset[str]:
    return frozenset(load_table("enemy_words.csv").word)


def names_enemy(words: str | None) -> bool:
    """Whether ``words`` name the other side as a writer at war does ("the enemy")."""
    return bool(words) and key(words).removeprefix("the ") in _enemy_words()


def enemy_side(art, speaker: str | None) -> str | None:
    """The government of the state a writer at war calls "the enemy" for ``speaker`` "enemy" ("The enemy writes about
    “tens of thousands”" in a Russian milblogger's post: the Ukrainian government); None for any other speaker, or a
    writer with no single enemy."""
    if not names_enemy(speaker):
        return None
    enemy = _enemies().get(writer_state(art.text, art.source))
    return states()[enemy].government if enemy in states() else None
