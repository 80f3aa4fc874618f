"""Quoted words of a sentence that opens with whose figuring it reports: "By the estimate of the monitoring team, the
North sent 9 million shells and “at least 100” missiles".

A careful reader takes a figure or word in quotation marks inside such a sentence as the named source's, when no
verb of saying in the sentence names another: "by the estimate of X", "by X's count" (the nouns
of ``data/reckoning_nouns.csv``).  Part of reading a quote's speaker
(:func:`~dossier.extractors.speech.quote_speakers.speaker_of`), after "according to X".
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER, alternation
from ...vocab import load_list


class Reckoner(NamedTuple):
    """Whose figuring a sentence reports: where its words start, and the words ("the monitoring team", "Ukraine")."""

    pos: int
    who: str


@functools.cache
def _by_reckoning() -> re.Pattern:
    nouns = alternation(load_list("reckoning_nouns.csv"))
    return re.compile(
        rf"\b[Bb]y\s+(?:the\s+)?(?:{nouns})\s+of\s+(?P<who>[^,.;:#]{{2,80}}?)(?=\s*[,.;:#]|\s*\Z)"
        rf"|\b[Bb]y\s+(?P<owner>(?:the\s+)?{UPPER}[\w\-.]*(?:\s+{UPPER}[\w\-.]*){{0,4}})['’]s\s+(?:own\s+)?(?:{nouns})\b")


def reckoned_by(masked: str, lo: int, hi: int) -> Reckoner | None:
    """The last "by the estimate of X" or "by X's count" in ``masked[lo:hi]`` (a sentence up to the quote), else None."""
    if masked.find("y ", lo, hi) < 0:
        return None
    found = list(_by_reckoning().finditer(masked, lo, hi))
    if not found:
        return None
    m = found[-1]
    group = "who" if m.group("who") else "owner"
    return Reckoner(m.start(group), m.group(group))
