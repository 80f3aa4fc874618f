"""The words of ``data/claimant_cues.csv``, by role: one loader for every module that reads claimants.

It sits below :mod:`~dossier.extractors.claims.claimant_names` so that the modules
that module reads (times, documents) take their words from the same place.
"""
from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table


@functools.cache
def claimant_cues(role: str) -> dict[str, str]:
    """Terms of one role of ``data/claimant_cues.csv``, mapped to their value."""
    t = load_table("claimant_cues.csv")
    rows = t[t["role"] == role]
    return dict(zip(rows["term"], rows["value"]))


@functools.cache
def state_adjectives() -> dict[str, str]:
    """Each state's first word of ``data/nationalities.csv`` that is no possessive ("russian", "north korean")."""
    t = load_table("nationalities.csv")
    first: dict[str, str] = {}
    for w, st in zip(t["word"], t["state"]):
        if not w.endswith(("'s", "’s")) and not w.startswith("the "):
            first.setdefault(st, w)
    return first


@functools.cache
def _domain_official() -> re.Pattern:
    # A state's adjective, then a ministry's domain before "official(s)": "a ukrainian defense official".
    t = load_table("nationalities.csv")
    adjectives = [w for w in t["word"] if not w.endswith(("'s", "’s"))]
    return re.compile(rf"\b({alternation(adjectives)}) ({alternation(claimant_cues('ministry_domain'))}) (?=officials?$)")


def ministry_official(clean: str) -> str:
    """``clean`` (lower case) with a ministry's domain before "official(s)" made the ministry's name:
    "a ukrainian defense official" is one of "ukrainian defense ministry", its state's ministry of defence."""
    if "official" not in clean:
        return clean
    return _domain_official().sub(lambda m: f"{m.group(1)} {claimant_cues('ministry_domain')[m.group(2)]} ", clean)


@functools.cache
def description_homes() -> dict[str, dict[str, str]]:
    """Who a description stands for when the article names no claimant of its kinds, by the article's home state.

    ``data/claimant_descriptions.csv``, column ``home``: description -> state -> claimant.
    """
    t = load_table("claimant_descriptions.csv")
    out = {}
    for d, home in zip(t["description"], t["home"].fillna("")):
        pairs = [p.split("=", 1) for p in home.split(";") if "=" in p]
        if pairs:
            out[d] = {state.strip(): claimant.strip() for state, claimant in pairs}
    return out
