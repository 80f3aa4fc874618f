"""Whether a medium named in a quote's sentence has a clause of its own, in which it shows pictures or frames a
thing in its own voice, rather than carrying the quote's words.

A medium joined to the words' clause by "and", "but" or "while" tells what it did itself.  When what it did is
put out pictures ("Kim called them “heroes”, and state media have shown him in tears"; "…, weeping over coffins in
footage carried by state television"; "State television broadcast footage of Kim by the coffins, and the regime
calls them “…”") or present a thing as it sees it ("Kim speaks of a “militant friendship”, and official media
portray the alliance as the core of a new order"), it relays none of the words of the other clause.  The words
are data/channel_relays.csv's places ``joiner``, ``image``, ``airing``, ``carrier``, ``picture``, ``framing`` and
``auxiliary``.  Pictures or framing of the words themselves ("…, and state television broadcast footage of the
speech", "…, and KCNA portrayed his remarks as a warning") are the medium carrying them; so is a clause after the
pictures whose subject is the one they show ("State media showed Kim at the site, and he said …").
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ..mentions.speaker_vocab import document_words
from ..mentions.channel_relays import WHEN, channel_relay_words
from .quote_article import Article

# Words between a verb of airing and the pictures it airs ("broadcast an hour of footage", "aired new images").
_OBJECT_WORDS = 4

# How far before pictures a document's noun joined to them may stand ("in remarks and images carried by").
_PAST_CHARS = 40

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
        joined = joiner().search(masked, words_end, at)
        if joined is None or "#" in masked[m.end:hi]:
            return False  # (more words after it are its own: "…, and KCNA, in a dispatch, quoted him as saying “…”")
        return any(_own_clause(masked, found) for found in (
            _shows().match(masked, m.end, hi), _frames().match(masked, m.end, hi),
            _pictures_carried().search(masked, joined.end(), at)))
    if m.end <= words_start and (joined := _clause_joiner().search(masked, m.end, words_start)) is not None:
        # (Only a clause of its own after a comma: "KCTV showed Kim hugging the commanders and kneeling by the coffins,
        # where he called them “…”" shows the occasion of the words.)
        shown = _shows().match(masked, m.end, words_start)
        return _own_clause(masked, shown) and not _story_goes_on(art, shown.end(), joined)
    return False


def _own_clause(masked: str, found: re.Match | None) -> bool:
    """Whether the pictures or framing ``found`` are the medium's own, not of the words themselves: a document's noun
    (``speaker_vocab.document_words``: "speech", "remarks") as what it airs or frames ("broadcast footage of the
    speech", "portrayed his remarks as a warning", "touted the remark"), or beside the pictures ("in remarks and
    images carried by KCNA") makes the medium the carrier of the words."""
    if found is None:
        return False
    names = found.re.groupindex
    at = found.end("object") if "object" in names else -1
    if at >= 0 and _document_object().match(masked, at):
        return False
    start = found.start("pictures") if "pictures" in names else -1
    return start < 0 or not _document_and().search(masked, max(0, start - _PAST_CHARS), start)


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
    """The words of ``data/channel_relays.csv`` at any of ``places``, as one alternation."""
    return alternation(frozenset().union(*(channel_relay_words(place) for place in places)))


@functools.cache
def medium_auxiliaries() -> str:
    """Auxiliaries and times between a medium and its verb, each with the white space after it ("have also shown",
    "has been seen", "on Sunday aired"): ``data/channel_relays.csv``, place ``auxiliary``, between two of
    :data:`~dossier.extractors.mentions.channel_relays.WHEN`'s times.  Case is left to the caller's flags."""
    return rf"{WHEN}(?:(?:{_words('auxiliary')})\s+){{0,2}}{WHEN}"


@functools.cache
def joiner() -> re.Pattern:
    """A word that joins a clause to the one before ("and", "but", "while": ``data/channel_relays.csv``, place
    ``joiner``)."""
    return re.compile(rf"\b(?:{_words('joiner')})\b")


@functools.cache
def _clause_joiner() -> re.Pattern:
    """A joiner after a comma, opening a clause of its own: ", and the regime calls …"."""
    return re.compile(rf",\s+{joiner().pattern}")


@functools.cache
def _shows() -> re.Pattern:
    """Right after a medium, or its pictures ("KCNA photos", "state TV footage"), a verb of showing ("have shown him",
    "footage showed him"), or of airing pictures ("broadcast footage of Kim")."""
    return re.compile(rf"\s+(?:(?:{_words('picture')})\s+)?{medium_auxiliaries()}(?:(?:{_words('image')})\b"
                      rf"|(?:{_words('airing')})\s+(?:[\w’'\-]+\s+){{0,{_OBJECT_WORDS}}}?"
                      rf"(?P<object>(?P<pictures>{_words('picture')}))\b)",
                      re.IGNORECASE)


@functools.cache
def _frames() -> re.Pattern:
    """Right after a medium, a verb by which it frames a thing in its own voice ("portray the alliance as")."""
    return re.compile(rf"\s+{medium_auxiliaries()}(?P<object>{_words('framing')})\b", re.IGNORECASE)


@functools.cache
def _pictures_carried() -> re.Pattern:
    """Pictures the medium right after puts out: "in footage carried by", "images aired by"."""
    return re.compile(rf"\b(?P<pictures>{_words('picture')})\s+(?:[a-z]+\s+)?(?:{_words('airing', 'image', 'carrier')})"
                      rf"\s+(?:on|by)\s+"
                      rf"(?:[\w’'\-]+\s+){{0,3}}\Z", re.IGNORECASE)


@functools.cache
def _documents() -> str:
    """The nouns of documents that carry words, less those of pictures ("video" is both: it shows as well)."""
    return alternation(sorted(document_words() - channel_relay_words("picture")))


@functools.cache
def _document_object() -> re.Pattern:
    """A document's noun within the object of a verb of airing or framing: " of the speech", " his remarks"."""
    return re.compile(rf"\s+(?:[\w’'\-]+\s+){{0,{_OBJECT_WORDS}}}?(?i:{_documents()})\b")


@functools.cache
def _document_and() -> re.Pattern:
    """A document's noun joined to the pictures that follow: "remarks and " (pictures and remarks after them are
    in the object :func:`_document_object` reads)."""
    return re.compile(rf"\b(?i:{_documents()})\s+and\s+\Z")
