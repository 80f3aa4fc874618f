"""Words that a poster, banner or slogan carries: written where they stand, spoken by no one.

"Posters in Hyesan read “…”", "A placard outside the party committee building read: “…”", "a banner that
says “…”", "the slogan “…”": the quote is what the thing reads, so the place or building named between it
and the verb is not a speaker, and neither is the thing.  The nouns, verbs and places are ``data/inscriptions.csv``.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table

__all__ = ["inscription_before"]

_LAST_WORD = re.compile(r"([A-Za-z]+)[\s,:—–\-]*\Z")
# "Posters displayed in the square read", "banners put up outside the station say": how the thing was placed there.
_PUT_UP = r"(?:\s+(?:[a-z]+ed|put|hung|set)(?:\s+up)?)?"
_REACH = 90  # "Posters on the walls of the railway station in Hyesan read": the noun a few words before the verb


@functools.cache
def _words(kind: str) -> tuple[str, ...]:
    """The words of ``data/inscriptions.csv`` of ``kind``: noun, verb or place."""
    t = load_table("inscriptions.csv")
    return tuple(t.word[t.kind == kind])


@functools.cache
def _inscribed() -> re.Pattern:
    nouns = alternation(_words("noun"))
    # The noun, the place it stands in ("in Hyesan", "outside the county party committee building": a preposition,
    # then words with no clause break, no "and", no other quote), then a verb that reads it out; or the noun right
    # before the quote ("carried the slogan “…”"; not "Kim's slogan “…”", which he coined).
    place = rf"\s+(?:{alternation(_words('place'))})\s(?:(?!\b(?:and|but|while|as)\b)[^.,;:!?#“”\"]){{1,{_REACH}}}?"
    return re.compile(
        rf"(?<![’']s\s)\b(?P<noun>(?i:{nouns}))\b(?:(?:{_PUT_UP}{place})?\s+(?:(?:that|which)\s+)?"
        rf"(?i:{alternation(_words('verb'))}))?[\s,:—–\-]*\Z"
    )


def inscription_before(text: str, lo: int, at: int) -> re.Match | None:
    """The thing whose written words open at ``at`` ("Posters … read", "the slogan"), searched in ``text[lo:at]``;
    None when the words before are not such a thing's."""
    last = _LAST_WORD.search(text, max(lo, at - 24), at)  # most words before a quote are neither: look no further
    if last is None or last.group(1).lower() not in _last_words():
        return None
    return _inscribed().search(text, max(lo, at - _REACH - 40), at)


@functools.cache
def _last_words() -> frozenset[str]:
    return frozenset([*_words("verb"), *_words("noun")])
