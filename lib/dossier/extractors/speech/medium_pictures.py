"""Whether a medium named in a quote's sentence has a clause of its own, in which it shows pictures or frames a
thing in its own voice, rather than carrying the quote's words.

A medium joined to the words' clause by "and", "but" or "while" tells what it did itself.  When what it did is
put out pictures ("Kim called them “heroes”, and state media have shown him in tears"; "…, weeping over coffins in
footage carried by state television"; "State television broadcast footage of Kim by the coffins, and the regime
calls them “…”") or present a thing as it sees it ("Kim speaks of a “militant friendship”, and official media
portray the alliance as the core of a new order"), it relays none of the words of the other clause.  The words
are data/channel_relays.csv's places ``joiner``, ``image``, ``airing``, ``carrier``, ``picture``, ``framing`` and
``auxiliary``.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .quote_article import Article

# Words between a verb of airing and the pictures it airs ("broadcast an hour of footage", "aired new images").
_OBJECT_WORDS = 4

# How far past a joiner the subject of its clause may be named ("and he", "and the North Korean leader").
_SUBJECT_CHARS = 8


def shows_apart(art: Article, at: int, words_start: int, words_end: int, hi: int) -> bool:
    """Whether the medium named at ``at`` in a sentence ending at ``hi`` shows pictures or frames a thing in a clause
    that a joiner sets apart from the quoted words ``art.masked[words_start:words_end]``, on either side of them."""
    m = art.account.mention_at(at)
    if m is None:
        return False
    masked = art.masked
    if words_end <= at:
        joined = _joiner().search(masked, words_end, at)
        if joined is None or "#" in masked[m.end:hi]:
            return False  # (more words after it are its own: "…, and KCNA, in a dispatch, quoted him as saying “…”")
        return bool(_shows().match(masked, m.end, hi) or _frames().match(masked, m.end, hi)
                    or _pictures_carried().search(masked, joined.end(), at))
    if m.end <= words_start and (joined := _clause_joiner().search(masked, m.end, words_start)) is not None:
        # (Only a clause of its own after a comma: "KCTV showed Kim hugging the commanders and kneeling by the coffins,
        # where he called them “…”" shows the occasion of the words.)
        shown = _shows().match(masked, m.end, words_start)
        return shown is not None and not _story_goes_on(art, shown.end(), joined)
    return False


def _story_goes_on(art: Article, shown_end: int, joined: re.Match) -> bool:
    """Whether the clause ``joined`` after the pictures opens with the one they show, by name or pronoun: "State media
    showed Kim at the launch site, and he said …" is the medium's story still, the words its own; "… footage of Kim by
    the coffins, and the regime calls them …" turns to someone else's words, which the pictures do not carry."""
    shown = next((x for x in art.account.between(shown_end, joined.start()) if x.entity is not None), None)
    subject = next(iter(art.account.between(joined.end(), joined.end() + _SUBJECT_CHARS)), None)
    return (shown is not None and subject is not None and subject.entity is not None
            and subject.entity.name == shown.entity.name and art.masked[joined.end():subject.start].isspace())


@functools.cache
def _words(*places: str) -> str:
    t = load_table("channel_relays.csv")
    return alternation(t.word[t.place.isin(places)])


@functools.cache
def _auxiliaries() -> str:
    return rf"(?:(?:{_words('auxiliary')}|have|has|had|been|last\s+\w+|on\s+\w+day)\s+){{0,2}}"


@functools.cache
def _joiner() -> re.Pattern:
    return re.compile(rf"\b(?:{_words('joiner')})\b")


@functools.cache
def _clause_joiner() -> re.Pattern:
    """A joiner after a comma, opening a clause of its own: ", and the regime calls …"."""
    return re.compile(rf",\s+(?:{_words('joiner')})\b")


@functools.cache
def _shows() -> re.Pattern:
    """Right after a medium, or its pictures ("KCNA photos", "state TV footage"), a verb of showing ("have shown him",
    "footage showed him"), or of airing pictures ("broadcast footage of Kim")."""
    return re.compile(rf"\s+(?:(?:{_words('picture')})\s+)?{_auxiliaries()}(?:(?:{_words('image')})\b"
                      rf"|(?:{_words('airing')})\s+(?:[\w’'\-]+\s+){{0,{_OBJECT_WORDS}}}?(?:{_words('picture')})\b)",
                      re.IGNORECASE)


@functools.cache
def _frames() -> re.Pattern:
    """Right after a medium, a verb by which it frames a thing in its own voice ("portray the alliance as")."""
    return re.compile(rf"\s+{_auxiliaries()}(?:{_words('framing')})\b", re.IGNORECASE)


@functools.cache
def _pictures_carried() -> re.Pattern:
    """Pictures the medium right after puts out: "in footage carried by", "images aired by"."""
    return re.compile(rf"\b(?:{_words('picture')})\s+(?:[a-z]+\s+)?(?:{_words('airing', 'image', 'carrier')})\s+(?:on|by)\s+"
                      rf"(?:[\w’'\-]+\s+){{0,3}}\Z", re.IGNORECASE)
