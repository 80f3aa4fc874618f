"""Words a speaker passes on from another source, who is then the one that speaks.

- "She noted public reports that Pyongyang had sent “several thousand” more": a reader takes the quote in a clause
  of content ("that …") of a noun of what others say (``data/hearsay_nouns.csv``) as that source's words; the
  speaker only points to them (:func:`source_passed_on`).  The source is charted as written, with the one word before
  the noun that says whose or what kind ("public reports"); a bare noun, or one a determiner or a possessive opens
  ("the reports", "its estimates": someone's the article may have named), is left to the speaker.
- "He recalled his commander telling the unit that “surrender is betrayal”": the one a verb of recalling
  (``data/recall_verbs.csv``) has for object before a participle of saying speaks (:func:`recalled_speaker`).
- "Rep. Kang said the spy agency had detected “no unusual moves”": a body that is the subject of a verb of finding
  (``data/finding_verbs.csv``) in the clause of content of the speaker's verb speaks the quote in its clause: the
  speaker passes its finding on (:func:`finder_of`).  Only a body's: "said the troops had found “no trace”" tells
  what happened, and the words stay the speaker's.
- "An official said the North's state media had published photos of Kim, calling them “true heroes”": a participle
  of saying after the clause a medium is the subject of goes with that medium, the nearest subject, not with the one
  who reports what the medium did (:func:`medium_of_participle`).
- "The vice minister issued a statement through KCNA calling the reports “a smear”": a participle of saying right after
  a medium that a preposition makes an object (``before`` words of ``data/channel_relays.csv``) takes the subject of
  its clause; the medium carries the words (:func:`subject_over_medium`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.number_values import number_words
from ...text.words import alternation
from ...vocab import load_table
from .attributions import Attribution
from .quote_referents import Said
from ..mentions.speaker_vocab import cue_words, document_words, issue_words
from ..mentions.word_index import WordIndex

__all__ = ["Recalled", "finder_of", "subject_over_medium", "medium_of_participle", "recalled_speaker", "source_passed_on"]

# What may not be the word that says whose the reports are: determiners, possessives, prepositions.
_NOT_KIND = "the|a|an|his|her|its|their|our|these|those|such|some|of|to|on|in|at|by|for|with|that|and|or"
# A clause ends before the quote: a sentence's stop or a second clause's colon or semicolon.
_CLAUSE_END = re.compile(r"[.;:]\s")
# A clause set against the one before: what follows is no longer what the body found ("found no moves, but …").
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b")


@functools.cache
def _pattern() -> re.Pattern:
    nouns = alternation(load_table("hearsay_nouns.csv").word)
    return re.compile(rf"\b(?P<source>(?!(?:{_NOT_KIND})\b)[a-z][a-z\-]+\s+(?:{nouns}))\s+that\s")


def source_passed_on(masked: str, cue_at: int, quote_at: int) -> str | None:
    """The source whose words a speaker passes on, the quote at ``quote_at`` in the clause of content of a noun of
    hearsay right after the speaker's verb at ``cue_at`` ("noted public reports that …"); None if there is none."""
    if masked.find("that", cue_at, quote_at) < 0:
        return None  # (the clause of content opens with "that": most quotes follow their verb with none)
    m = _pattern().search(masked, cue_at, quote_at)
    if m is None or _CLAUSE_END.search(masked, m.end(), quote_at) or "#" in masked[cue_at:m.start()]:
        return None
    # Only the verb's own object: "noted public reports that", "cited media reports that", "said unconfirmed reports
    # that"; not a noun further on ("said the troops, despite public reports that").
    if not re.fullmatch(r"\s*[a-z]+\s+(?:to\s+)?", masked[cue_at:m.start()]):
        return None
    return m.group("source")


@functools.cache
def _finding_verb() -> re.Pattern:
    """Right after a subject: auxiliaries, then a verb of finding ("had detected", "has also found")."""
    verbs = alternation(load_table("finding_verbs.csv").word)
    return re.compile(rf"\s+(?:(?:had|has|have|also|now|since|then|later)\s+)*(?:{verbs})\b")


# Before a subject opening the clause of content of a verb: "said the agency's", "said that the NIS's".
_CLAUSE_OPENS = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:that\s+)?(?:the\s+)?\Z")


def _opens_clause_of_saying(masked: str, at: int) -> bool:
    """Whether a verb of saying (``data/cue_verbs.csv``) is right before ``at``, which opens its clause of content."""
    m = _CLAUSE_OPENS.search(masked, max(0, at - 30), at)
    return m is not None and m.group("verb") in cue_words().verbs


@functools.cache
def _reckoning_owned() -> re.Pattern:
    """Right after a body's name: its possessive and a noun of its own figuring ("'s estimate", "’s count")."""
    return re.compile(rf"['’]s\s+(?:[a-z][\w\-]*\s+)?(?:{alternation(load_table('reckoning_nouns.csv').word)})\b")


@functools.cache
def _figure() -> re.Pattern:
    """A figure a reckoning gives: a number in digits or words, or its words of figuring ("stood at", "put … at")."""
    phrases = [r"\s+(?:\S+\s+){0,3}".join(map(re.escape, p.split(" ", 1)))
               for p in load_table("reckoning_figures.csv").phrase]
    numbers = alternation({w for kind in number_words().values() for w in kind})
    return re.compile(rf"\d|\b(?:{numbers}|{'|'.join(phrases)})\b")


def finder_of(art, cue_at: int, quote_at: int) -> str | None:
    """The body whose finding a speaker passes on: the subject of a verb of finding between the speaker's verb at
    ``cue_at`` and the quote at ``quote_at``, in the quote's clause ("said the agency had found “clear signs”");
    None if there is none."""
    if _CLAUSE_END.search(art.masked, cue_at, quote_at):
        return None
    for m in reversed(art.account.between(cue_at, quote_at)):
        if m.entity is None or m.entity.kind != "body":
            continue
        # ("said the agency's estimate of the wounded stood at 900, of whom “about 300”": the body's own
        # reckoning, data/reckoning_nouns.csv, speaks as its verb of finding would.)
        verb = _finding_verb().match(art.masked, m.end, quote_at)
        if verb is None and _opens_clause_of_saying(art.masked, m.start):
            verb = _reckoning_owned().match(art.masked, m.end, quote_at)
            if verb is not None and not _figure().search(art.masked, verb.end(), quote_at):
                verb = None  # "said the agency's estimate was too low and that “far more”": the speaker's own view
        # (A quote of the speaker's own before the quote ends the clause the body's finding could reach.)
        if verb is not None and "#" not in art.masked[cue_at:m.start] and not _CONTRAST.search(
                art.masked, verb.end(), quote_at):
            return m.entity.name
    return None


# The medium as the subject of its clause: its name (a few words), auxiliaries, then a verb by which a medium puts
# out words (data/cue_verbs.csv: "state media had published", "KCNA reported"); not a verb of a noun after the name
# ("KCNA's report was fabricated": what the medium did is said of it, it does not speak).
@functools.cache
def _medium_verb() -> re.Pattern:
    verbs = alternation({*issue_words(), *(v for v in cue_words().verbs if not v.endswith("ing"))})
    return re.compile(rf"[^,;:#\s]+(?:\s+[^,;:#\s]+){{0,3}}?\s+(?:(?:had|has|have|also|later|then)\s+)*(?i:{verbs})\b")


_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+\Z")


def medium_of_participle(art, speaker_end: int, cue: str, quote_at: int) -> str | None:
    """The medium a participle of saying (``cue``, "calling") right before ``quote_at`` goes with: the medium that is the
    subject of the clause between the speaker (ending at ``speaker_end``) and the participle; None if there is none."""
    at = art.masked.rfind(cue, speaker_end, quote_at)
    if at < 0 or not _PARTICIPLE_AFTER_COMMA.search(art.masked, max(speaker_end, at - 4), at):
        return None
    if _CLAUSE_END.search(art.masked, speaker_end, at):
        return None
    for pos, name in reversed(art.media_named(speaker_end, at)):
        if (m := _medium_verb().match(art.masked, pos, at)) is not None and document_words().isdisjoint(
                w.lower() for w in m.group(0).split()):
            return name
    return None


@functools.cache
def _object_of_preposition() -> re.Pattern:
    """The word before a medium's name that makes it the object of a preposition ("through KCNA", "via state media")."""
    t = load_table("channel_relays.csv")
    return re.compile(rf"\b(?i:{alternation(t.word[t.place == 'before'])})\s+(?:the\s+)?\Z")


def subject_over_medium(art, said: Said, lo: int, quote_at: int) -> Said | None:
    """The subject of the clause (from ``lo``) that a participle of saying, read with the medium right before it
    (``said``), goes with when a preposition makes the medium an object ("issued a statement through KCNA calling
    …"); None when ``said`` is no such reading or the clause names no subject before the medium."""
    if not (said.cue and said.cue.endswith("ing") and said.speaker_text and lo <= said.pos < quote_at
            and art.is_medium(said.speaker)):
        return None
    if _object_of_preposition().search(art.masked, max(lo, said.pos - 30), said.pos) is None:
        return None
    subject = art.subject_of(lo, said.pos, media=False)
    first = next(iter(art.account.between(lo, said.pos)), None)
    if subject is None and first is not None and first.entity is None and not first.oblique and not art.masked[
            lo:first.start].strip():
        # No one the article names: the clause's subject as written ("The vice minister issued …").
        subject = art.resolve(Attribution(first.start, said.pos, said.pos, first.surface, "group", said.cue, said.cue))
        subject = subject if subject.speaker and not art.is_medium(subject.speaker) else None
    return subject._replace(cue=said.cue) if subject is not None else None


@functools.cache
def _recalled() -> re.Pattern:
    """A verb of recalling, its object (a possessive or "the", up to two words, a noun), then a participle of saying."""
    verbs = alternation(load_table("recall_verbs.csv").word)
    participles = alternation(v for v in cue_words().verbs if v.endswith("ing"))
    return re.compile(rf"\b(?i:{verbs})\s+(?P<who>(?:his|her|their|the|a|an|one)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
                      rf"(?P<noun>(?!(?:as|to|that|of|and|or)\b)[a-z][\w\-]*))\s+(?P<cue>(?i:{participles}))\b")


class Recalled(NamedTuple):
    """The one a verb of recalling has for object: where, the words ("his commander") and their noun."""

    start: int
    words: str
    noun: str


def recalled_speaker(scan: WordIndex, lo: int, quote_at: int) -> Recalled | None:
    """The one (:class:`Recalled`) a verb of recalling has for object before a participle of saying, in
    ``scan.text[lo:quote_at]`` (an article's masked text) and in the same clause as the quote ("recalled his commander
    telling the unit that"); None if there is none."""
    # Tried only at the verbs of recalling the word index lists: few sentences hold one.
    found = next(reversed(scan.matches(_recalled(), "recall", lo, quote_at)), None)
    if found is None or _CLAUSE_END.search(scan.text, found.end(), quote_at):
        return None
    return Recalled(found.start("who"), found.group("who"), found.group("noun"))
