"""Whether a quote that stands alone resumes the words of the paragraph's last speaker across a sentence of
narration: "“…,” said Jane Roe, a historian. At the same time, the cult binds Moscow. “Every statue is a bill.”"

A reporter who lets a speaker's words run on after a sentence of their own (a paraphrase of the speaker, or what they
are about: "She has lived in Kursk for ten months.") gives no new attribution: the bare quote that follows is still
the speaker's.  Any sentence between that has someone say something, or that names another person, hands the floor
on, and the quote is not read as the last speaker's.
"""

from __future__ import annotations

import functools
import re

from ...text.quote_marks import Marked
from ...text.words import UPPER
from ..mentions.mention_vocab import titles
from ..mentions.speaker_vocab import cue_words, person_nouns
from .quote_article import Article
from .quote_sentences import sentence_bounds

_NARRATION_BETWEEN = 1  # sentences of narration a speaker's words may run on across
# Two capitalised words in a row: a name (of someone the vocabularies may not know, "Tomas Lindqvist, an engineer,
# disagrees"), which may hand the floor on.
_NAME = re.compile(rf"(?<![\w\-]){UPPER}[\w\-’']*(?:\s+{UPPER}[\w\-’']*)+")
# "His commander interrupted.", "Asked about it, a Ukrainian officer shrugged.", "Some analysts are sceptical.",
# "Russian military bloggers mocked the claim.", "Others disagree.": a clause that opens on someone new, unnamed, by an
# indefinite, a possessive or a quantifier before a noun for a person, or by a plural of one with none.
_NEW_ONE = re.compile(r"(?:\A|,\s+)(?:(?P<det>an?|another|his|her|their|some|many|several|most|other|few)\s+)?"
                      r"(?P<words>[\w\-]+(?:\s+[\w\-]+){0,3})", re.IGNORECASE)
_OTHERS = re.compile(r"(?:\A|,\s+)(?:others|not everyone|not all)\b", re.IGNORECASE)
# Words that end a bare plural subject's run before its noun: "He thanked the soldiers" opens on no one new.
_NOT_MODIFIERS = frozenset("he she it they we i the a an his her their its this that to of for with in on at by from "
                           "has have had was were is are will would".split())

# The verbs of reporting itself: a sentence that has them ("Military intelligence, known as HUR, reported similar
# numbers") has someone say something, though no speaker is read for it.
_REPORTING = frozenset({"say", "report", "tell", "write", "state", "announce", "claim", "estimate"})


def _quiet(art: Article, i: int, speaker: str) -> bool:
    """Whether sentence ``i`` has no one say anything and names no person but ``speaker`` (a pronoun may stand
    for them); a name the account does not know may be someone else's, and counts as another's."""
    s = art.sents[i]
    if art.attributions_of(i) or any(q.open_at < s.end and q.close_at > s.start for q in art.marked):
        return False
    if any(m.entity is not None and m.entity.kind == "person" and m.how != "pronoun" and m.entity.name != speaker
           for m in art.account.between(s.start, s.end)):
        return False
    clause = art.masked[s.start:s.end].strip()
    if any(cue_words().lemma.get(w) in _REPORTING for w in re.findall(r"[a-z]+", clause)):
        return False
    if _OTHERS.search(clause) or any(_opens_on_someone(m) for m in _NEW_ONE.finditer(clause)):
        return False
    own = set(speaker.split())
    return all(set(m.group().split()) <= own for m in _NAME.finditer(art.text, s.start, s.end))


def _opens_on_someone(m: re.Match) -> bool:
    """Whether a clause's opening words (``_NEW_ONE``) name a person by a noun: any of them after a determiner, or a
    plural one no pronoun, article, preposition or verb stands before."""
    for w in m["words"].lower().split():
        if m["det"] and (w in _people() or w.removesuffix("s") in _people()):
            return True
        if not m["det"] and w.endswith("s") and w[:-1] in _people():
            return True
        if not m["det"] and (w in _NOT_MODIFIERS or w.endswith("ed")):
            return False
    return False


@functools.cache
def _people() -> frozenset[str]:
    """Nouns for a person by role or by who they are: "commander", "colleague", "soldier"."""
    return frozenset({*(t for t in titles() if " " not in t), *person_nouns()})


def resumes_speech(art: Article, before: list[Marked], speaker: str | None, q: Marked) -> bool:
    """A sentence that is only a quote, a sentence of narration after the paragraph's last quote of ``speaker``, when
    that sentence hands the floor to no one (:func:`_quiet`)."""
    if not speaker:
        return False
    lo, hi = sentence_bounds(art, q)
    if art.masked[lo:q.open_at].strip() or art.masked[q.close_at:hi].strip(" \t.,;:") or not art.text[q.parts[0][0]].isupper():
        return False
    prev_end = art.sent_at(before[-1].parts[-1][1] - 1)
    here = art.sent_at(q.parts[0][0])
    if not 1 <= here - prev_end - 1 <= _NARRATION_BETWEEN or art.sents[prev_end].paragraph != art.sents[here].paragraph:
        return False
    return all(_quiet(art, i, speaker) for i in range(prev_end + 1, here))
