"""A source cited in a bracket after a figure, as a table or a list cites it: "15,000 troops (NIS, November 2024)"."""
from __future__ import annotations

import re

from .claim_attribution import Attribution, Spans
from .claimant_names import normalise


# A bracket that cites a source after what it says: the source's words, then perhaps a date or page after a comma
# ("15,000 troops (NIS, November 2024)", "Troops: 11,000 (Ukrainian military intelligence)").
_DATELINE_DASH = re.compile(r"\s*(?:--|[—–-])")
_CITATION = re.compile(r"(?<=[\w%])\s*\(([^(),;]{2,60})(?:,[^()]{1,30})?\)")


def cited_in_brackets(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """Sources cited in a bracket after a figure or what it counts, as a table or a list cites them.

    Only a claimant the vocabularies know; not a bracket that glosses the
    name before it ("the Main Intelligence Directorate (HUR)"), nor a wire's
    dateline ("SEOUL (AFP) -").
    """
    inside = Spans([(a.start, a.end) for a in found])
    out = []
    for m in _CITATION.finditer(sentence):
        if inside(m.start(1)) or _DATELINE_DASH.match(sentence, m.end()):
            continue
        who = m.group(1).strip()
        canon = normalise(who)
        if canon is None:
            continue
        before = sentence[max(0, m.start() - 60) : m.start()].split()
        if any(normalise(" ".join(before[-n:])) == canon for n in range(1, min(5, len(before)) + 1)):
            continue  # the bracket abbreviates the name before it
        out.append(Attribution(m.start(1), m.end(1), who, canon, how="cue"))
    return out
