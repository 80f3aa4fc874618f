"""How a text ties words to a medium, by the words of ``data/channel_relays.csv``: what makes a medium the source of
words ("according to KCNA", "KCNA reported"), who speaks its own words ("the narrator"), what it writes in its own
name ("commentary"), a piece it carries, a denial that it carried something, a programme someone is shown in, and a
medium spoken to ("told Radio Free Asia").
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .mention_vocab import former_words
from .speaker_vocab import document_nouns


# A time between a medium and its verb: "KCNA last month quoted", "KCNA on Friday reported", "KCTV late on
# Thursday evening broadcast".
WHEN = r"(?:(?:(?:late\s+|early\s+)?on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+\w+|this\s+\w+|earlier|later|also)\s+)?"


@functools.cache
def reported() -> tuple[re.Pattern, re.Pattern]:
    """What before a medium's name (searched back from it) and what after it makes it the source of words.

    The words are ``data/channel_relays.csv``.
    """
    t = load_table("channel_relays.csv")
    before = alternation(t.word[t.place.isin(["before", "addressee"])])
    noun, auxiliary, after = (alternation(t.word[t.place == p]) for p in ("noun", "auxiliary", "after"))
    return (
        # ("told the Russian state news agency TASS": what the medium is may follow its few describing words.)
        re.compile(rf"(?:\baccording\s+to\b[^.;#]{{0,60}}|\b(?:{before})\s+(?:[\w’'\-]+\s+){{0,3}}(?:(?:{noun})\s+)?)\Z",
                   re.IGNORECASE),
        re.compile(
            # ("KCNA, the North's official mouthpiece, said", "Yonhap, citing a government source, said": an apposition
            # or the source the medium cites may stand between the medium and its verb.)
            # ("The broadcast, monitored by Yonhap, also quoted": or what was done to it, a participle's phrase.)
            rf"(?:\s*\([^)]{{1,20}}\))?(?:,\s+(?:the|an?|citing|quoting|[a-z]+ed\s+by)\s+[^,#.;:]{{1,60}}?,)?"
            rf"(?:['’]s\s+[a-z]+\s*|(?:\s+(?:{noun}))?\s+(?:(?:{auxiliary})\s+)?{WHEN})(?:{after})\b",
            re.IGNORECASE,
        ),
    )


def medium_voices() -> frozenset[str]:
    """Who speaks a medium's own words ("narrator", "announcer"): ``data/channel_relays.csv``, place ``voice``."""
    return channel_relay_words("voice")


@functools.cache
def _unnamed_voice() -> re.Pattern:
    former = alternation(former_words())
    return re.compile(rf"(?i:the|an?)\s+(?:(?!(?:{former})\b)[a-z][\w\-]*\s+){{0,2}}(?i:{alternation(medium_voices())})")


def unnamed_voice(words: str) -> bool:
    """Whether ``words`` name a medium's voice and no one else: "the narrator", "a female narrator", "an unseen
    announcer" (not "a former announcer", who speaks for no medium now)."""
    return _unnamed_voice().fullmatch(" ".join(words.split())) is not None


def medium_genres() -> frozenset[str]:
    """What a medium writes in its own name ("commentary", "editorial"): ``data/channel_relays.csv``, place ``genre``."""
    return channel_relay_words("genre")


def medium_writers() -> frozenset[str]:
    """Who writes or speaks for a medium, named after it ("commentator", "announcer"): ``data/channel_relays.csv``,
    place ``writer``."""
    return channel_relay_words("writer")


@functools.cache
def carried_piece() -> re.Pattern:
    """"In a press statement carried by KCNA, ": a piece the medium named in it carries, opening a clause whose
    subject follows (``data/channel_relays.csv``, places ``piece`` and ``carrier``)."""
    return re.compile(
        rf"\b(?i:{alternation(channel_relay_words('piece'))})\s+(?i:an?|the|its|their)\s+(?:[\w\-]+\s+){{0,2}}?"
        rf"(?:{document_nouns().pattern})\s+(?:{alternation(channel_relay_words('carrier'))})\s+(?:by|through|via|on|in)\s+"
        r"[^.;:#“”\"]{1,60},\s+(?:the\s+)?\Z")


@functools.cache
def topic_before() -> re.Pattern:
    """"Asked about the report carried by KCNA, ": a phrase making a piece its clause's topic, right before the
    clause's subject (``data/channel_relays.csv``, place ``topic``)."""
    return re.compile(rf"\b(?i:{alternation(channel_relay_words('topic'))})\b(?:[^,;:#.“”\"]|,\s+[a-z]+ed\s+by\b){{1,80}},\s+(?:the\s+)?\Z")


@functools.cache
def denied_after() -> re.Pattern:
    """" has not reported", " made no mention" right after a medium: it carried nothing (``data/channel_relays.csv``,
    place ``denial``)."""
    return re.compile(rf"\s+(?:(?:also|so\s+far|still)\s+)?(?i:{alternation(channel_relay_words('denial'))})\b")


@functools.cache
def relayed_despite() -> re.Pattern:
    """"… of the losses but said", "the unit, but reported that": after a denial, a verb of the medium's in the same
    clause that carries words after all (``data/channel_relays.csv``, places ``contrast`` and ``after``)."""
    contrast, verbs = alternation(channel_relay_words("contrast")), alternation(channel_relay_words("after"))
    return re.compile(rf"[^.;:“”\"]{{0,100}}?\s(?i:{contrast})\s+(?:(?:also|instead|it|they|later)\s+)?(?i:{verbs})\b")


_ASIDE = re.compile(r",\s+(?:which|the|an?)\s+[^,#.;:“”\"]{1,60}?,")


def carried_despite_denial(text: str, end: int, hi: int) -> bool:
    """Whether a medium whose name ends at ``end`` is denied carrying something, then said to carry words after all
    in the same clause of ``text[:hi]`` ("KCNA did not name the unit but reported that …")."""
    if (aside := _ASIDE.match(text, end, hi)) is not None:  # "KCTV, which aired the rally, stopped short of …"
        end = aside.end()
    denial = denied_after().match(text, end, hi)
    return denial is not None and relayed_despite().match(text, denial.end(), hi) is not None


@functools.cache
def shown_in() -> re.Pattern:
    """"In the film", "a colonel in the segment", "tells the camera": someone shown in a programme
    (``data/channel_relays.csv``, places ``programme`` and ``audience``)."""
    shows, audience = alternation(channel_relay_words("programme")), alternation(channel_relay_words("audience"))
    return re.compile(rf"\b(?i:in|on|during)\s+(?i:the|this|that)\s+(?:[a-z\-]+\s+)?(?i:{shows})\b"
                      rf"|\b(?:tells|told|telling)\s+the\s+(?:{audience})\b")


@functools.cache
def channel_relay_words(place: str) -> frozenset[str]:
    """The words of ``data/channel_relays.csv`` at ``place`` ("programme", "audience", "voice" …)."""
    t = load_table("channel_relays.csv")
    return frozenset(t.word[t.place == place])


@functools.cache
def _addressee() -> re.Pattern:
    words = alternation(load_table("channel_relays.csv").query("place == 'addressee'").word)
    return re.compile(rf"(?<!according\s)\b(?:{words})\s+(?:the\s+)?\Z", re.IGNORECASE)  # "according to": a source


def addressed(text: str, start: int) -> bool:
    """Whether the medium named at ``text[start:]`` is the one spoken to ("told Radio Free Asia", "with NHK")."""
    return bool(_addressee().search(text, max(0, start - 20), start))
