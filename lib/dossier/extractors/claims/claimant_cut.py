"""A claimant cut short before the object of its last word, a preposition: "three people familiar with".

The words read back from a reporting verb may stop at a preposition whose
object comes later ("people familiar with the matter said", split by an
aside): people who know are an anonymous source (``data/informed_sources.csv``),
anyone else no one.  Used by :mod:`~dossier.extractors.claims.claim_resolve` on every
claimant it resolves.
"""

from __future__ import annotations

import functools

from ...vocab import load_table
from .claimant_names import kind
from ..mentions.claimant_vocab import claimant_cues

_UNATTRIBUTED = "unattributed reports"  # data/claimants.csv's claimant of sources no one names


def whole_claimant(who: str | None) -> str | None:
    """``who``, or what it stands for when it is cut before the object of its last word, a preposition."""
    if not who or who.rsplit(" ", 1)[-1].lower() not in claimant_cues("preposition") or kind(who) is not None:
        return who
    informed = any(who.lower().endswith(f" {p}") for p in _informed_phrases())
    return _UNATTRIBUTED if informed else None


@functools.cache
def _informed_phrases() -> tuple[str, ...]:
    t = load_table("informed_sources.csv")
    return tuple(w for w, k in zip(t["word"], t["kind"]) if k == "phrase")
