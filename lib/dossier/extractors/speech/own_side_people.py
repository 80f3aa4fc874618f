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
from ..mentions.mention_vocab import key, titles
from .unit_holders import writer_state

__all__ = ["own_side_person", "own_side_states"]

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
