"""A source cited in a bracket after a figure, as a table or a list cites it: "15,000 troops (NIS, November 2024)".

Also a source set in quotation marks as a cue's object: 'according to "informed sources,"'.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ...text.quote_marks import ENGLISH_DOUBLE
from ...text.words import UPPER
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


class Quoted(NamedTuple):
    """The words of a source set in quotation marks, without them or the comma inside, and where the marks end."""

    start: int
    end: int
    text: str


# The marks may open after the name's first words ('according to the British "Ministry of Defence"'): an article and
# up to two capitalised words or "so-called", which are the name's too.
_QUOTED_SOURCE = re.compile(rf"\s*(?P<lead>(?:the\s+)?(?:(?:{UPPER}[\w\-]*|so-called)\s+){{0,2}})"
                            rf"[{ENGLISH_DOUBLE}](?P<words>[^{ENGLISH_DOUBLE}\d]{{2,60}}?)[{ENGLISH_DOUBLE}]")
_QUOTED_WORDS = 8  # more words in the marks are a quotation, not the name of who gave it


def quoted_object(sentence: str, start: int) -> Quoted | None:
    """The source a cue's object names inside quotation marks opening at ``start`` ('according to "informed sources,"').

    A writer who keeps a source's own label at a distance still credits it; a figure inside the marks makes them a
    quotation, whose words are its speaker's, not a source's name.
    """
    m = _QUOTED_SOURCE.match(sentence, start)
    if m is None:
        return None
    text = m.group("words").strip().rstrip(",.").strip()
    if not text or len(text.split()) > _QUOTED_WORDS:
        return None
    lead = m.group("lead").removeprefix("the ").removeprefix("so-called ").strip()
    return Quoted(m.start("lead") if lead else m.start("words"), m.end(), f"{lead} {text}".strip())
