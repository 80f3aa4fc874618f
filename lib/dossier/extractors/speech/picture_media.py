"""Media named as the source of pictures, not of words: "shown weeping in state television footage".

A medium that shows someone carries what the pictures show, and none of the words a sentence quotes around them:
"Kim, who was shown weeping in state television footage, was quoted as saying …" was quoted by some other
medium, and "The Commission announced “…”, and Kim wept over coffins in footage carried by state television"
gives the Commission's words no medium at all.  The pictures are known by a noun of pictures
(``data/channel_relays.csv``, place ``picture``) right after the medium ("state TV footage"), before it with a
word that hands them to it ("footage carried by KCTV", "images on state TV"); not as what the medium itself
published, which may go on with its own words ("state media published photographs of Kim, calling them …").  Pictures the sentence gives as its account stay a
source: "According to footage aired by KCTV, he told them …", "In state TV footage, Kim says …".
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ..mentions.speaker_vocab import channel_relay_words

__all__ = ["shows_pictures"]

_REACH = 60  # characters before the medium within which the pictures it carries are named


def shows_pictures(masked: str, start: int, end: int, lo: int) -> bool:
    """Whether the medium mentioned at ``masked[start:end]``, in the sentence from ``lo``, is named as the source of
    pictures rather than of words; not when the pictures themselves are the sentence's account."""
    if _pictures_after().match(masked, end) is not None:
        return not _as_account(masked, lo, start)
    before = _pictures_before().search(masked, max(lo, start - _REACH), start)
    return before is not None and not _as_account(masked, lo, before.start())


def _as_account(masked: str, lo: int, at: int) -> bool:
    """Whether the pictures named from ``at`` are the sentence's account of what was said: "according to footage",
    "In footage aired by KCTV, …" opening the sentence or a clause."""
    return _account().search(masked, max(lo, at - _REACH), at) is not None or _opening().fullmatch(masked, lo, at) is not None


@functools.cache
def _nouns() -> str:
    return alternation(channel_relay_words("picture"))


@functools.cache
def _pictures_after() -> re.Pattern:
    """The pictures right after the medium: "state TV footage", "KCTV's images"."""
    return re.compile(rf"(?:['’]s)?\s+(?i:{_nouns()})\b")


@functools.cache
def _pictures_before() -> re.Pattern:
    """The pictures before the medium, handed to it by a word right before its name ("footage carried by state
    television", "images aired on KCTV", "video from state media")."""
    return re.compile(rf"\b(?i:{_nouns()})\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:by|on|from|in)\s+(?:the\s+)?$")


@functools.cache
def _account() -> re.Pattern:
    return re.compile(r"(?:\b(?i:according\s+to)|[,;]\s*in)\s+(?:the\s+|a\s+)?(?:[a-z][\w\-]*\s+)?$")


@functools.cache
def _opening() -> re.Pattern:
    return re.compile(r"\s*(?i:in)\s+(?:the\s+|a\s+)?(?:[a-z][\w\-]*\s+)?")
