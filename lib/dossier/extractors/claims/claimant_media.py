"""Media left unnamed, as sources: "according to a South Korean newspaper", "a Japanese broadcaster reported".

A medium named only by where it is from ("a Seoul daily", "local media",
in DPRK state copy "a south Korean puppet newspaper") is that country's
media (``data/media_origins.csv``), as an analyst charts it: a newspaper of
Seoul is no word of the South Korean government.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .claimant_names import cleaned
from ..mentions.claimant_vocab import claimant_cues
from ...text.plain_text import holds_any

_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "two", "three", "many"})
_ORIGIN_WORDS = 2  # "south korean"


@functools.cache
def _origins() -> dict[str, str]:
    t = load_table("media_origins.csv")
    return dict(zip(t["word"], t["media"]))


_BASED = re.compile(r"([\w.]+)-based\b")  # "a Moscow-based newspaper": where it is, which cleaned() drops


def unnamed_medium(text: str) -> str | None:
    """The media that ``text`` stands for when it names a medium only by where it is from, else None."""
    if text.rsplit(" ", 1)[-1].lower().strip(".,;:") not in claimant_cues("medium_noun"):
        return None  # most claimants end in no medium's noun
    words = cleaned(text).split()
    if not words or words[-1] not in claimant_cues("medium_noun"):
        return None
    words = words[1:-1] if words[0] in _DETERMINERS else words[:-1]
    based = _BASED.search(text.lower())
    found, i = _origins().get(based.group(1)) if based else None, 0
    while i < len(words):
        n = next((n for n in range(_ORIGIN_WORDS, 0, -1) if " ".join(words[i:i + n]) in _origins()), 0)
        if n:
            media = _origins()[" ".join(words[i:i + n])]
            if found not in (None, media):
                return None  # "a Russian and a Ukrainian newspaper": no one country's media
            found, i = media, i + n
        elif words[i] in claimant_cues("medium_modifier") or words[i] in claimant_cues("medium_noun"):
            i += 1  # "a conservative Seoul daily", "a Japanese news broadcaster"
        else:
            return None  # a name ("the Chosun Ilbo newspaper") or another origin: not one unnamed medium
    return found


@functools.cache
def _opening() -> re.Pattern:
    # A clause's opening words up to a medium's noun: a determiner, then a few words.
    nouns = alternation(claimant_cues("medium_noun"))
    return re.compile(rf"(?:(?<=^)|(?<=, )|(?<=and )|(?<=-- )|(?<=— ))(?:[\w.'-]+\s+){{0,4}}?(?:{nouns})\s*$", re.IGNORECASE)


@functools.cache
def _nouns() -> tuple[str, ...]:
    return tuple(claimant_cues("medium_noun"))


def medium_subject(sentence: str, end: int) -> int | None:
    """Where a clause's subject ending at ``end`` starts when it is a medium left unnamed ("A Japanese broadcaster
    reported"), else None."""
    lo = max(0, end - 60)
    if not holds_any(sentence[max(lo, end - 14):end].lower(), _nouns()):
        return None  # most subjects end in no medium's noun
    m = _opening().search(sentence, lo, end)
    return m.start() if m is not None and unnamed_medium(sentence[m.start():end]) is not None else None


@functools.cache
def _placed_after() -> re.Pattern:
    # "a newspaper in ", "a broadcaster from ": a medium whose place follows it, to the end of the words before it.
    nouns = alternation(claimant_cues("medium_noun"))
    return re.compile(rf"(?:^|(?<=[\s,]))(?:[\w.'-]+\s+){{0,3}}?(?:{nouns})\s+(?:in|from)\s+$", re.IGNORECASE)


def medium_before_place(sentence: str, start: int, place: str) -> str | None:
    """The media of ``place`` when the words before ``start`` name a medium placed there ("A newspaper in Seoul
    reported": South Korean media), else None."""
    if sentence[max(0, start - 4) : start] not in (" in ", "rom "):
        return None  # most claimants follow no preposition
    media = _origins().get(cleaned(place))
    m = _placed_after().search(sentence, max(0, start - 48), start) if media else None
    if m is None:
        return None
    words = cleaned(m.group(0)).split()[:-1]  # less "in"
    words = words[1:] if words and words[0] in _DETERMINERS else words
    medium = claimant_cues("medium_modifier").keys() | claimant_cues("medium_noun").keys()
    return media if words and all(w in medium for w in words) else None  # not "The Chosun Ilbo newspaper in Seoul"
