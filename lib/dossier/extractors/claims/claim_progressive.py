"""The auxiliary of a reporting verb in its -ing form, which stands between the verb and its subject.

"The puppet clique is now raising a din over 'thousands of dead'", "Kyiv
is claiming 3,000": the subject ends before "is"; the adverbs around it
are stripped by the caller (:func:`~dossier.extractors.claims.claimant_phrases.adverbs_start`).
"""
from __future__ import annotations

import re

_AUXILIARY = re.compile(r"\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s*$", re.IGNORECASE)
_AUX_CHARS = 12  # " have been ": the longest auxiliary and the spaces around it


def before_progressive(scan: str, cut: int, verb: str) -> int:
    """Where the subject of ``verb`` ends when its -ing form follows an auxiliary ending at ``cut``; else ``cut``."""
    if not verb.split(" ", 1)[0].lower().endswith("ing"):
        return cut
    aux = _AUXILIARY.search(scan, max(0, cut - _AUX_CHARS), cut)
    return aux.start() if aux is not None else cut
