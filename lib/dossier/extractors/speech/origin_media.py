"""Media a text describes by where they are from rather than names, as the source of words: "quoted by a British
news agency", "according to footage broadcast by Russian television", "Russian news agencies reported".

An analyst who reads "the official said, quoted by a British news agency" does not know the agency, but knows the
words reached us through a medium, and which: the one described.  The channel is the description as written, a
word of origin (``data/media_origins.csv``) and a medium's noun (``data/described_media.csv``), without the article
or number before it ("a", "the", "one").  Not so a medium the speaker talked to ("told a South Korean newspaper",
"in an interview with Ukrainian media", "an interview broadcast by a Japanese broadcaster"): an outlet with no name carries an interview the article's own outlet
reports at first hand as far as a reader can tell, and writers give it no channel.  A description before the
medium's name ("the Russian news agency TASS") is the name's, North Korea's media described are its state media,
charted by name in ``data/channels.csv`` as a country's state media are ("Russian state television"), and "local
media" say no country.  Whether the sentence presents the medium as the source of words is for the caller to judge.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation
from ...vocab import load_table
from ..mentions import discourse
from ..mentions.channel_relays import addressed
from ..mentions.speaker_vocab import channel_aliases


class DescribedMedium(NamedTuple):
    """A medium described by its origin: where the description stands and the channel it names."""

    start: int
    end: int
    name: str


# Origins that name no country of their own: "local media" are the writer's, "puppet" media DPRK copy's word.
_COUNTRYLESS = frozenset({"local", "puppet"})


@functools.cache
def _pattern() -> re.Pattern:
    t = load_table("media_origins.csv")
    origins = [w for w, media in zip(t.word, t.media) if w not in _COUNTRYLESS and media != discourse.DPRK_STATE_MEDIA]
    nouns = list(load_table("described_media.csv").noun)
    # The origin capitalised as a reader writes it ("American", "U.S.", "UK"), the noun in lower case ("Russian
    # Television" may be a name); no capitalised name right after it ("the Russian news agency TASS").
    written = alternation(sorted({o.title() for o in origins} | {o.upper() for o in origins}))
    return re.compile(rf"(?<![\w’'\-.])(?P<origin>{written})\s+(?P<noun>{alternation(nouns)})(?![\w\-])(?!\s+[A-Z0-9])")


@functools.cache
def noun_words() -> tuple[str, ...]:
    """The words of the media's nouns, lower case: where none stands, no described medium does."""
    return tuple(sorted({w for n in load_table("described_media.csv").noun for w in n.split()}))


def origin_media(text: str, lo: int, hi: int) -> list[DescribedMedium]:
    """The media described by their origin in ``text[lo:hi]`` that no one talked to, with the channel each names."""
    return [DescribedMedium(m.start(), m.end(), f"{m.group('origin')} {m.group('noun')}")
            for m in _pattern().finditer(text, lo, hi)
            if not addressed(text, at := _opening(text, m.start())) and not _INTERVIEWER.search(text, max(0, at - 40), at)
            and not _named_after(text, m.end())]


# A name set off after the description, or after a noun it describes: "according to a Ukrainian outlet, the Kyiv
# Independent", "the Russian media group RBC".
_APPOSED = re.compile(r"(?:,\s+|\s+[a-z]+\s+)(?:the\s+)?((?:\S+\s+){0,3}\S+)")
_NAME_WORDS = 4


def _named_after(text: str, end: int) -> bool:
    """Whether a medium the vocabularies name stands in apposition right after the description ending at ``end``."""
    m = _APPOSED.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    return any(" ".join(words[:n]).lower().strip(",.;:") in channel_aliases() for n in range(1, _NAME_WORDS + 1))


# "in an interview broadcast by a South Korean newspaper": the medium that ran an interview is the one spoken to.
_INTERVIEWER = re.compile(r"\binterview\s+(?:[a-z]+\s+)?by\s+\Z")


_DETERMINER = re.compile(r"(?i:\b(?:the|a|an|one)\s+)\Z")


def _opening(text: str, start: int) -> int:
    """Where the description opens, its article or number included: "told a" is right before "a"."""
    m = _DETERMINER.search(text, max(0, start - 6), start)
    return m.start() if m else start
