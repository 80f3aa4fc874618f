"""A headline that opens on its claimant and a colon: "Koval: Pyongyang sent 40 more launchers", "NIS: toll of the
North's troops passes 900".

Outlets head a report with who gave it, set off by a colon, and the figures such a headline gives are that
claimant's; the lead that gives them again naming no one restates them
(:mod:`~dossier.extractors.figures.estimate_restated`).  Only a name the vocabularies know as a claimant counts:
"After the front:", "Explainer:" or a kicker in capitals ("EXCLUSIVE:", "THE LONG ROAD:") names no one, and
neither do unnamed reports ("Sources:") nor a place or a country ("Ukraine:", "Kursk:"): a dateline-like head says
where the news is, not who gives it.
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_table
from ..mentions.mention_vocab import key, nationalities, place_names
from .claim_resolve import Claim
from .claimant_names import claimant_aliases, cleaned, kind

_HEAD = re.compile(r"\s*[\"“]?(?P<head>[^:\"“”]{2,40}?)\s*:\s")  # the words before the headline's first colon


def headline_claim(title: str | None) -> Claim | None:
    """The claimant a headline opens on before a colon, when the vocabularies know it; else None."""
    m = _HEAD.match(title) if isinstance(title, str) else None
    if m is None or m.group("head").isupper() and " " in m.group("head"):
        return None  # a kicker of words in capitals ("THE LONG ROAD:"); an acronym ("NIS:") is a name
    head = m.group("head")
    if key(head) in nationalities() or key(head) in _places():
        return None  # "Ukraine: Pyongyang sent ...": where the news is, no one who gives it
    # The head is the name as a whole ("Budanov", "NIS"): "Two North Korean POWs in Kyiv:" only holds a place's name.
    claimant = claimant_aliases().get(cleaned(head)) or (head if kind(head) else None)
    if claimant is None or kind(claimant) == "unattributed":
        return None
    return Claim(claimant, head)


@functools.cache
def _places() -> frozenset[str]:
    """The names of states and places (``data/actors.csv``, with their aliases) and of the places of
    ``data/claimant_places.csv``, as :func:`key` writes them."""
    t = load_table("actors.csv").fillna("")
    names = [n for e, k, a in zip(t.entity, t.kind, t.aliases) if k in ("state", "place") for n in (e, *a.split("|")) if n]
    return frozenset(key(n) for n in names) | place_names()  # places: lower case, as key writes them
