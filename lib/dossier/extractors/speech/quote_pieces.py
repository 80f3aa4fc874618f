"""A medium's pieces and documents as a quote's sentence names them, read by :class:`~dossier.extractors.speech.quote_article.Article`.

Whether a mention describes a piece a medium ran ("the editorial") rather than the medium; the words that make a
piece the source of words ("according to the report") or what they are about ("in response to the report"), from
``data/channel_relays.csv``; and a verb issuing a document ("issued a statement").
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from ..mentions import discourse
from ..mentions.mention_vocab import descriptions, key
from ..mentions.speaker_vocab import document_nouns, issue_words


def is_piece(m: discourse.Mention) -> bool:
    """Whether ``m`` describes a piece a medium ran ("the editorial", "the report") rather than the medium."""
    d = descriptions().get(key(m.surface)) if m.how in ("medium", "description") else None
    return d is not None and d.refers in ("author", "report")


@functools.cache
def topic_words() -> tuple[str, ...]:
    t = load_table("channel_relays.csv")
    return tuple(t.word[t.place == "topic"])


@functools.cache
def topic_phrase() -> re.Pattern:
    """A phrase that makes what it names the topic of the sentence's words, from its opening words
    (``data/channel_relays.csv``, place ``topic``: "in response to", "asked about") to the end of its clause; a
    participle's phrase may follow a comma ("the statement, carried by KCNA")."""
    t = load_table("channel_relays.csv")
    return re.compile(rf"\b(?i:{alternation(t.word[t.place == 'topic'])})\b(?:[^,;:#.]|,\s+[a-z]+ed\s+by\b)*")


@functools.cache
def piece_source() -> re.Pattern:
    """The words right before a medium's piece that make it the source of words ("in the editorial", "according to
    the report"): ``data/channel_relays.csv``, place ``piece``."""
    t = load_table("channel_relays.csv")
    return re.compile(rf"(?:\baccording\s+to|\b(?:{alternation(t.word[t.place == 'piece'])}))\s+\Z", re.IGNORECASE)


@functools.cache
def issued_document() -> re.Pattern:
    """"published a statement ", "issued its lengthy commentary ": a verb of issuing and the document it issues."""
    return re.compile(rf"\b(?:{alternation(issue_words())})\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}?"
                      rf"(?:{document_nouns().pattern})\s+\Z", re.IGNORECASE)
