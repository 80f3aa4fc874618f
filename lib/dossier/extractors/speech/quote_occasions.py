"""Where a quote's words were said, when its own sentence tells: an occasion that is not a medium's report.

Words said to the press ("told reporters", "at a news conference") reach us from there, not through a medium
another sentence of the article names for the speaker's other words (a press conference is not a channel:
``tests/gold/devset/README.md``).  :func:`~dossier.extractors.speech.quote_channels.channel_of` asks here before a
quote inherits a medium.

So do words the sentence says were said on an occasion of their own (:func:`occasion_of`): at one it marks as
another ("At a separate rally, she said"), or one it names by a place or a trip ("Speaking in Vilnius, …", "said
during a visit to Beijing"), or by the question the words answer ("Asked about the reports, Peskov said …": put at a
briefing or in an interview, which only a medium the paragraph names as asking carries).  A medium another paragraph named reported its own occasion, not this one.  An
occasion told before ("Speaking at the ceremony", "during the visit") is the medium's, and stops nothing.  Words
said again and again (:func:`said_repeatedly`: "Kim has repeatedly called for …") were said on no one occasion a
medium reported.
"""

from __future__ import annotations

import enum
import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from ..mentions.speaker_vocab import cue_words
from .quote_article import Article


def to_the_press(art: Article, lo: int, hi: int) -> bool:
    """Whether ``art.masked[lo:hi]`` puts its words before the press (``data/press_audiences.csv``): "told
    reporters", "at a news conference", "during his weekly briefing"."""
    return _press().search(art.masked, lo, hi) is not None


@functools.cache
def _press() -> re.Pattern:
    t = load_table("press_audiences.csv")
    audience, occasion = alternation(t.phrase[t.kind == "audience"]), alternation(t.phrase[t.kind == "occasion"])
    return re.compile(rf"(?i:\b(?:told|telling|tells)\s+(?:{audience})\b"
                      rf"|\b(?:at|during)\s+(?:[\w’'\-]+\s+){{1,3}}?(?:{occasion})\b)")


class Occasion(enum.Enum):
    """What a quote's sentence tells of the occasion of its words (``data/speaking_occasions.csv``)."""

    OTHER = "other"  # marked as another than one told: no medium named elsewhere carries the words
    OWN = "own"  # named by a place or a trip: only a medium its own paragraph names as relaying the speaker


def occasion_of(art: Article, lo: int, hi: int) -> Occasion | None:
    """The occasion ``art.masked[lo:hi]`` (quotes masked) gives its words: "At a separate event, he said" (OTHER),
    "Speaking in Vilnius, she said", "he said during a visit to Beijing" (OWN); None when it names none, or one told
    before ("Speaking at the ceremony")."""
    other, own = _occasions()
    if other.search(art.masked, lo, hi):
        return Occasion.OTHER
    if own.search(art.masked, lo, hi) or (_question().match(art.masked, lo, hi) and not _interview().search(art.masked, 0, lo)):
        return Occasion.OWN  # (after an interview the article told, "Asked about …" answers that interview's question)
    return None


def said_repeatedly(art: Article, lo: int, hi: int) -> bool:
    """Whether ``art.masked[lo:hi]`` says its words were said again and again (``data/speaking_occasions.csv``,
    kind ``repeated``): "Kim has repeatedly called for …", "as Peskov has long said"."""
    return _repeated().search(art.masked, lo, hi) is not None


@functools.cache
def _repeated() -> re.Pattern:
    t = load_table("speaking_occasions.csv")
    return re.compile(rf"\b(?i:{alternation(t.phrase[t.kind == 'repeated'])})\s+(?i:{alternation(cue_words().verbs)})\b")


@functools.cache
def _question() -> re.Pattern:
    """A sentence opening with a participle of being questioned: "Asked about the reports, …", "When asked whether";
    not one of being requested, "to" and a verb that asks for no words ("Asked by Moscow to send troops")."""
    t = load_table("speaking_occasions.csv")
    request = rf"\s+(?:by\s+[^,.;]{{1,60}}?\s+)?to\s+(?!(?i:{alternation(t.phrase[t.kind == 'answer'])})\b)\w"
    return re.compile(rf"\s*(?:(?i:when)\s+)?(?i:{alternation(t.phrase[t.kind == 'question'])})\b(?!{request})")


@functools.cache
def _interview() -> re.Pattern:
    """A noun that makes the article's words an interview (``data/speaking_occasions.csv``, kind ``interview``)."""
    t = load_table("speaking_occasions.csv")
    return re.compile(rf"\b(?i:{alternation(t.phrase[t.kind == 'interview'])})\b")


# A place or occasion new to the article: a proper name, or a noun phrase opened indefinitely or by a possessive.
_NEW_PLACE = r"(?:(?:a|an|his|her|its|their)\s|(?:the\s+)?[A-Z])"


@functools.cache
def _occasions() -> tuple[re.Pattern, re.Pattern]:
    t = load_table("speaking_occasions.csv")
    other, participle, trip, language = (alternation(t.phrase[t.kind == k])
                                         for k in ("other", "participle", "trip", "language"))
    # "at a separate rally", "told a different gathering"
    marked = re.compile(rf"\b(?i:at|in|during|on|told|addressed)\s+(?:(?i:a|an)\s+)?(?i:{other})\s+[a-z]")
    named = re.compile(
        # "Speaking in Vilnius", "Addressing a rally", "Visiting Minsk"; not "speaking on condition of anonymity".
        rf"\b(?i:{participle})\s+(?:(?:in|at|to|from|during|after|before)\s+)?(?!(?i:{language})\b){_NEW_PLACE}"
        # "Addressing students in Kazan"; not "Speaking at the rally in …", an occasion told before
        rf"|\b(?i:{participle})\s+(?!(?:the|at|to|in|on|of|about)\b)(?:[a-z][\w\-]*\s+){{1,2}}(?:in|at)\s+[A-Z]"
        # "during a visit to Beijing", "during his three-day trip to Moscow"
        rf"|\b(?i:during)\s+(?:a|an|his|her|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{trip})\s+(?:to|in|of)\b")
    return marked, named
