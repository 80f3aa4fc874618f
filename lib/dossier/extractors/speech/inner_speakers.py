"""Reported speech inside reported speech: the innermost subject that says or judges the words speaks them.

A careful reader of "X said that Y …" gives the quoted words to Y only when Y, in X's clause of content, is the one
who says, orders or judges them; else X, who reports, speaks (a body that merely acts, "said the ministry was
“watching closely”", does not).  Two constructions are read here; the verb of finding with words after it ("said the
agency had found “…”") is :func:`~dossier.extractors.speech.hearsay.finder_of`'s.

- "Lee told reporters that the agency “estimates the toll at 900”": the quote opens with the verb of finding or
  judging whose subject, a body, stands right before it (:func:`judging_body`).
- "Kim gave awards to the families of soldiers who, according to state media, died “heroically”": a source set off
  right after the relative word of a clause the quote is in tells that clause (:func:`aside_source`), as it claims the
  clause's figures (``relative_aside`` words of ``data/claimant_cues.csv``).
- "Kallas said the bloc was responding to “a direct threat”": a verb of reacting (``data/reaction_verbs.csv``) with
  "to" and the quote right after names what is answered, and says nothing (:func:`reacts_to_quote`): Kallas speaks.
- "Lee added that Kim had toured a cemetery and ordered that “no family be left behind”": the quote is the clause
  of content of a verb of saying or ordering of the inner clause's subject, a person or a body
  (:func:`inner_sayer`).  Only when nothing but "that" stands between that verb and the quote: "Kim had instructed
  officials to back “a new line”" tells of an order in the reporter's words, who keeps them.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .attributions import hears
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.speaker_vocab import any_cue, cue_words, directives

__all__ = ["aside_source", "inner_sayer", "judging_body", "reacts_to_quote"]

# A clause ends before the quote: a sentence's stop or a second clause's colon or semicolon.
_CLAUSE_END = re.compile(r"[.;:]\s")
# The quote's first verb, after auxiliaries and adverbs of time ("“has also concluded …”", "“now believes …”").
_FIRST_VERB = re.compile(r"(?:(?:has|have|had|also|now|still|already)\s+)*(?P<verb>[a-z]+)\b")
# What may stand between a body and the quote opening with its verb: only space ("the agency “estimates …”").
_RIGHT_BEFORE = re.compile(r"\s*\Z")


@functools.cache
def _judging_words() -> frozenset[str]:
    """Finite verbs of finding or judging (``data/finding_verbs.csv``) and of saying (``data/cue_verbs.csv``, not the
    participles in -ing, which borrow a subject from elsewhere)."""
    return frozenset(load_table("finding_verbs.csv").word) | frozenset(
        w for w in cue_words().verbs if not w.endswith("ing"))


def judging_body(art, cue_at: int, quote_at: int, words_at: int) -> str | None:
    """The body that is the subject of the verb the quote opens with: a mention of a body right before the quote at
    ``quote_at`` (its words from ``words_at``), after the speaker's verb at ``cue_at``, whose first quoted word is a
    verb of finding, judging or saying ("said the NIS “believes …”"); None if there is none."""
    if _CLAUSE_END.search(art.masked, cue_at, quote_at):
        return None
    first = _FIRST_VERB.match(art.text, words_at, words_at + 60)
    if first is None or first.group("verb") not in _judging_words():
        return None  # (a capital opens a full sentence of the speaker's: "said the agency: “It estimates …”")
    mentions = art.account.between(cue_at, quote_at)
    if not mentions:
        return None
    m = mentions[-1]
    if m.entity is None or m.entity.kind != "body" or m.oblique or not _RIGHT_BEFORE.match(art.masked, m.end, quote_at):
        return None
    return m.entity.name


@functools.cache
def _saying_then_quote() -> re.Pattern:
    """A finite verb of saying or ordering, then at most "that", right before a quote: "ordered that “", "warned “"."""
    verbs = alternation(w for w in cue_words().verbs if not w.endswith("ing"))
    return re.compile(rf"\b(?P<verb>(?i:{verbs})|{directives().pattern})(?:\s+that)?\s*\Z")


# Between the inner subject and its verb: no clause of its own ("Kim, who …,") nor one more subject
# ("Kim said the troops …" is read from "the troops" on), so no comma and no "that".
_OTHER_CLAUSE = re.compile(r",|\bthat\b|\bwho\b|\bwhich\b")


# The clause of content opens right after the speaker's verb, or after its "that" ("told reporters that Kim").
_OPENS_CLAUSE = re.compile(r"\A\s*\Z|\bthat\s+\Z")


def inner_sayer(art, speaker: str, cue_at: int, cue_end: int, quote_at: int) -> str | None:
    """The subject of the clause of content after the speaker's verb (``cue_at`` to ``cue_end``) when a verb of saying or ordering of
    that subject right before the quote at ``quote_at`` makes the quote its words ("Lee added that Kim had ordered
    that “…”"): a person or a body other than ``speaker``; None if there is none."""
    if _CLAUSE_END.search(art.masked, cue_end, quote_at) or "#" in art.masked[cue_end:quote_at]:
        return None  # (a quote of the speaker's own before this one ends the clause the inner subject could reach)
    verb = _saying_then_quote().search(art.masked, cue_end, quote_at)
    if verb is None:
        return None
    mentions = [m for m in art.account.between(cue_end, verb.start()) if m.entity is not None]
    subject = next((m for m in mentions if m.entity.kind in ("person", "body") and not m.oblique), None)
    if subject is None or subject.entity.name == speaker:
        return None
    between = art.masked[subject.end:verb.start()]
    if _OTHER_CLAUSE.search(between) or hears(art.masked, subject.start, quote_at):
        return None  # ("Lee said Kim, who …, told them"; "said the troops were told “…”": the troops only hear)
    if not _OPENS_CLAUSE.search(art.masked[cue_end:subject.start]):
        return None  # ("Lee told Kim that …": who hears the speaker is no subject of what is said)
    return subject.entity.name


@functools.cache
def _reaction_lemmas() -> frozenset[str]:
    return frozenset(load_table("reaction_verbs.csv").lemma)


_TO_QUOTE = re.compile(r"\s+to\s+#")  # "to" and the quote (masked) right after the verb


def reacts_to_quote(masked: str, lemma: str, cue_end: int) -> bool:
    """Whether a verb of saying of ``lemma`` ending at ``cue_end`` reacts to the quote after its "to" ("was
    responding to “a direct threat”") instead of saying it."""
    return lemma in _reaction_lemmas() and _TO_QUOTE.match(masked, cue_end) is not None


@functools.cache
def _aside() -> re.Pattern:
    """A relative word, then "according to" set off by its comma: "…, who, according to "."""
    words = alternation(claimant_cues("relative_aside"))
    return re.compile(rf"\b(?:{words}),\s+according\s+to\s+")


def aside_source(art, lo: int, quote_at: int) -> str | None:
    """The source of an aside opening the relative clause the quote at ``quote_at`` is in, the sentence opening at
    ``lo``: "soldiers who, according to state media, died “heroically”" (state media); None if there is none."""
    m = None
    for m in _aside().finditer(art.masked, lo, quote_at):
        pass  # (the last: the innermost clause)
    if m is None:
        return None
    close = art.masked.find(",", m.end(), quote_at)
    if close < 0 or _CLAUSE_END.search(art.masked, close, quote_at) or "#" in art.masked[close:quote_at]:
        return None  # (the aside must close before the quote, in its clause)
    if any_cue().search(art.masked, close, quote_at) or directives().search(art.masked, close, quote_at):
        return None  # "Kim, who, according to KCNA, assured his guest that “…”": the aside relays, Kim speaks
    source = next((x for x in art.account.between(m.end(), close) if x.entity is not None
                   and x.entity.kind in ("person", "body", "medium")), None)
    return source.entity.name if source is not None else None
