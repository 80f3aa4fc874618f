"""Someone unnamed known only by where they live, labelled as an analyst labels them: "Russian resident of Glushkovo".

The account (:mod:`~dossier.extractors.mentions.discourse`) follows "a resident of Glushkovo", "one woman from
Glushkovo" and the "he" or "she" after them as one person, "anonymous resident in Glushkovo".  An analyst writes such
a person by nationality, role and place: the state the place is in (``data/claimant_places.csv``, a capital of
``data/nationalities.csv``), else the state the article is written from, whose people its reporters meet at home.
Only a role whose people are of where they live is so labelled (``local`` in ``data/charted_roles.csv``: a resident,
a villager); an anonymous source in a province keeps the account's label, since where a source is tells nothing of
who they are.
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_table
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import home_state, key, nationalities, unnamed_sources

__all__ = ["resident_of_place"]

# "anonymous resident in Glushkovo": the account's label of someone unnamed, then where they are.
_LABEL_IN_PLACE = re.compile(r"(?P<label>.+?) in (?P<place>[A-Z].*)")


@functools.cache
def _local_roles() -> dict[str, str]:
    """The account's labels of people unnamed whose role is local (``data/unnamed_sources.csv`` through
    ``data/charted_roles.csv``) -> the role they are charted as ("anonymous resident": "resident")."""
    roles = load_table("charted_roles.csv")
    local = {n: r for n, r, loc in zip(roles.noun, roles.role, roles["local"]) if loc == "yes"}
    return {label: local[noun] for noun, label in unnamed_sources().labels.items() if noun in local}


@functools.cache
def _places() -> dict[str, str]:
    t = load_table("claimant_places.csv")
    return dict(zip(t.place, t.state))


def _state_of(place: str) -> str | None:
    k = key(place)
    return _places().get(k) or nationalities().get(k) or _places().get(k.split()[0])


def resident_of_place(art, speaker: str | None) -> str | None:
    """ "Russian resident of Glushkovo" for ``speaker`` "anonymous resident in Glushkovo" in ``art``; None for any
    other speaker, or where neither the place nor the article tells a state with an adjective."""
    if not speaker or (m := _LABEL_IN_PLACE.fullmatch(speaker)) is None or (role := _local_roles().get(m.group("label"))) is None:
        return None
    place = m.group("place")
    adjective = adjectives_of_states().get(_state_of(place) or home_state(art.text, art.source))
    return f"{adjective} {role} of {place}" if adjective else None
