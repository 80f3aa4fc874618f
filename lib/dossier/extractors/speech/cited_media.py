"""Media cited in parentheses after the words they carried: "He called the deal “fair” (Interfax, March 3)."

Analysts' and think tanks' papers give the source of quoted words as a citation closing the sentence or clause:
the medium's name in parentheses, maybe with the date of its report ("(TASS)", "(Kyodo, May 11)", "(RIA Novosti,
June 17, 2025)").  It is the medium the words reach us through, as "according to TASS" would be.  Only a
citation after quoted words counts, and only one that closes its clause: a dateline ("SEOUL, June 3 (Yonhap) --")
or an aside naming what a body is called ("the State Duma (parliament)") cites no words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# The name, then maybe a comma and a date or page (no parenthesis, no quoted words: '#' in masked text).
_CITATION = re.compile(r"\((?P<name>[A-Z][^(),#]{1,40}?)(?:,\s*[^()#]{1,30})?\)")
# What may follow a citation that closes its clause: a stop, a semicolon or comma, or nothing.
_CLOSES = re.compile(r"\s*(?:[.;,]|\Z)")


class Citation(NamedTuple):
    """A parenthesised citation: where the cited name stands and the name as written."""

    start: int
    end: int
    name: str


def citations(masked: str, lo: int, hi: int) -> list[Citation]:
    """The citations in parentheses that close a clause after quoted words in ``masked[lo:hi]`` (quotes masked
    with '#'), whatever they name: the caller knows which names are media."""
    at = masked.find("(", lo, hi)
    if at < 0 or "#" not in masked[lo:at]:
        return []  # most sentences hold no parenthesis after quoted words
    found = []
    for m in _CITATION.finditer(masked, at, hi):
        if "#" not in masked[lo:m.start()] or not _CLOSES.match(masked[:hi], m.end()):
            continue
        found.append(Citation(m.start("name"), m.end("name"), m.group("name").strip()))
    return found
