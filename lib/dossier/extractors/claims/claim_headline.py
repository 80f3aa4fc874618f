"""A headline that opens on its claimant and a colon: "Budanov: North Korea sent Russia 120 guns", "NIS: N. Korea's
death toll nears 2,000".

Outlets head a report with who gave it, set off by a colon, and the figures such a headline gives are that
claimant's; the lead that gives them again naming no one restates them
(:mod:`~dossier.extractors.figures.estimate_restated`).  Only a name the vocabularies know as a claimant counts:
"After Kursk:", "Issue Brief:" or a kicker in capitals ("EXCLUSIVE:", "KIM'S HUMAN SHIELDS:") names no one, and
neither do unnamed reports ("Sources:").
"""

from __future__ import annotations

import re

from .claim_resolve import Claim
from .claimant_names import claimant_aliases, cleaned, kind

_HEAD = re.compile(r"\s*[\"“]?(?P<head>[^:\"“”]{2,40}?)\s*:\s")  # the words before the headline's first colon


def headline_claim(title: str | None) -> Claim | None:
    """The claimant a headline opens on before a colon, when the vocabularies know it; else None."""
    m = _HEAD.match(title) if isinstance(title, str) else None
    if m is None or m.group("head").isupper() and " " in m.group("head"):
        return None  # a kicker of words in capitals ("KIM'S HUMAN SHIELDS:"); an acronym ("NIS:") is a name
    head = m.group("head")
    # The head is the name as a whole ("Budanov", "NIS"): "Two North Korean POWs in Kyiv:" only holds a place's name.
    claimant = claimant_aliases().get(cleaned(head)) or (head if kind(head) else None)
    if claimant is None or kind(claimant) == "unattributed":
        return None
    return Claim(claimant, head)
