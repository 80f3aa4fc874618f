"""The subject a sentence opens on, for a verb that reports for it from further on.

A participle (", saying ...") or a verb coordinated with the sentence's first
("Zelensky visited the front and said ...") has no subject of its own: the
claimant is the one named where the sentence starts, past a wire's dateline.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from .claim_attribution import Attribution
from .claimant_groups import group_head
from .claimant_names import alias_words, as_claimant, normalise
from ..mentions.claimant_vocab import claimant_cues
from .claimant_phrases import ARTICLES, appositive_name, title_words
from .claimant_times import opening_time
from ..mentions.speaker_vocab import anaphors
from ...text.words import UPPER, alternation

_LEAD_WORD = re.compile(r"[\w'’.\-]+")
# A wire's dateline before the first sentence's subject: "SEOUL, Dec. 13 (Yonhap) --", "Seoul (AFP) -",
# "PYONGYANG, June 19. /TASS/."
_DATELINE = re.compile(rf"{UPPER}[\w .'’\-]{{1,30}}(?:,[^()/]{{1,25}}?)?\s*(?:\([^)]{{1,30}}\)\s*(?:--|[—–-])|/[A-Z]{{2,10}}/\.?)\s*")


_POSSESSIVE = re.compile(r"['’]s(?:\s|$)")


@functools.cache
def _lead_pronoun() -> re.Pattern:
    # A person's pronoun (data/anaphors.csv, refers person: "he", "she") as the sentence's subject.
    words = [w for w, refers in anaphors().items() if refers == "person" and " " not in w]
    return re.compile(rf"\s*\b({alternation(words)})\b", re.IGNORECASE)


def _counted(who: str) -> bool:
    """Whether words open on a count of people (``claimant_cues.csv``, role ``quantifier``, or digits): "Two North
    Korean", "Both", "300 Ukrainian" name no one, only how many of a group."""
    first = who.split(None, 1)[0].lower() if who else ""
    return first in claimant_cues("quantifier") or first[:1].isdigit()
_DESCRIPTION_CHARS = 60  # characters of the description between a possessive and the comma before the name


def _apposed_name(sentence: str, stop: int, start: int) -> str | None:
    """The name set off by commas after a possessive's description that opens the sentence, else None.

    "Russia's security council secretary, Sergei Shoigu, flew ...": the description (words of no clause: no comma
    or verb of its own) runs on from ``stop`` to a comma, and the name after it closes at the next comma.
    """
    comma = sentence.find(",", stop, min(start, stop + _DESCRIPTION_CHARS))
    if comma < 0:
        return None
    close = sentence.find(",", comma + 1, start)
    if close < 0:
        return None
    name = sentence[comma + 1 : close].strip()
    at = sentence.index(name, comma + 1) if name else comma
    return appositive_name(sentence, at, name)[1] or None if name else None


def lead_subject(sentence: str, start: int, end: int, is_verb: Callable[[str], bool]) -> Attribution | None:
    """The subject named where ``sentence`` starts, as the attribution at ``start:end`` of a verb it governs.

    A participle (", saying ...") or a verb coordinated with the sentence's
    first ("Zelensky visited the front and said ...") reports for the
    subject, past a wire's dateline.  ``is_verb``: whether a word is a
    reporting verb, where the subject's words end.
    """
    dateline = _DATELINE.match(sentence)
    aliases, titles, stop = alias_words(), title_words(), dateline.end() if dateline else 0
    if (when := opening_time().match(sentence, stop, start)) is not None:
        stop = when.end()  # "Last week, the minister flew to Seoul and said ...": when, never who
    if (clause := _subordinate_subject(sentence, stop, start)) is not None:
        stop = clause  # "Lavrov came a month after Shoigu flew to Pyongyang and announced ...": Shoigu announced
    opened = stop
    if (pronoun := _lead_pronoun().match(sentence, stop, start)) is not None:
        # "Late last year she went on, telling reporters that ...": the one "she" stands for, as any pronoun.
        return Attribution(start, end, pronoun.group(1).lower(), None, anaphor=True)
    for w in _LEAD_WORD.finditer(sentence, stop, start):
        word = w.group(0)
        if word in claimant_cues("relay") or is_verb(word):  # "The NIS briefed lawmakers, saying"
            break
        if sentence[stop : w.start()].strip():
            break
        if not (word[:1].isupper() or word.lower().replace("’", "'") in aliases or word.lower() in titles):
            if group_head(sentence, w.start(), word.lower()):
                stop = w.end()  # "Ukrainian investigators examined ... and concluded": the group its name heads
            break
        stop = w.end()
    who = sentence[opened:stop].strip()
    if who.partition(" ")[0].lower() in claimant_cues("phrase_opening"):
        return None  # "According to the report, the army sent ... and added ...": a phrase, not the subject
    if _POSSESSIVE.search(who) and (named := _apposed_name(sentence, stop, start)):
        who = named  # "Russia's security council secretary, Sergei Shoigu, flew ... and said": the name
    canon = normalise(who) if who else None
    if not (canon or (who[:1].isupper() and who.lower() not in ARTICLES)):
        return None  # "The soldiers were captured and said ...": an article alone names no one
    if canon is None and _counted(who):
        return None  # "Two North Korean soldiers were captured and said ...": a count of a group, its noun unread
    return Attribution(start, end, who, as_claimant(who, canon))


@functools.cache
def _subordinator() -> re.Pattern:
    # A conjunction of time, cause or concession and the space before its clause.
    return re.compile(rf"\b(?:{alternation(claimant_cues('subordinator'))})\s+", re.IGNORECASE)


def _subordinate_subject(sentence: str, stop: int, start: int) -> int | None:
    """Where the subject of a clause that a conjunction of time or cause opens starts, when that clause runs on
    to the verb at ``start`` with no comma between: the verb is coordinated with that clause's, not the sentence's."""
    found = None
    for found in _subordinator().finditer(sentence, stop, start):
        pass
    if found is None:
        return None
    if not any(c in sentence[found.end() : start] for c in ",;:"):
        return found.end() if sentence[found.end() : found.end() + 1].isupper() else None  # a name opens the subject
    # "After Putin's visit, Shoigu flew ... and announced": an opening clause closed by its comma is no subject.
    comma = sentence.find(",", found.end(), start)
    if found.start() == stop and not any(c in sentence[comma + 1 : start] for c in ",;:"):
        return comma + 1 + len(sentence[comma + 1 : start]) - len(sentence[comma + 1 : start].lstrip())
    return None
