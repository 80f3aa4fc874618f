"""The words of ``data/claimant_cues.csv``, by role: one loader for every module that reads claimants.

It sits below :mod:`~dossier.extractors.claimant_names` so that the modules
that module reads (times, documents) take their words from the same place.
"""
from __future__ import annotations

import functools

from ..vocab import load_table


@functools.cache
def claimant_cues(role: str) -> dict[str, str]:
    """Terms of one role of ``data/claimant_cues.csv``, mapped to their value."""
    t = load_table("claimant_cues.csv")
    rows = t[t["role"] == role]
    return dict(zip(rows["term"], rows["value"]))
