"""Figures in the turns of a printed briefing or interview: a question's are the asker's, a spokesperson's "we" the
body they speak for.

A transcript opens each turn's paragraph with its speaker's label: "Q:" for
a reporter's question (``data/interview_labels.csv``, turn ``question``),
or the speaker's name in capitals ("MS. SINGH:", "GEN. RYDER:").  A figure
in a question is the reporter's.  One a speaker gives in the first person
(``data/claimant_cues.csv``, role ``first_person``: "Our assessment is that
about 5,000 ...", "we believe") is the claimant the article's first naming
of the speaker makes them ("Pentagon Press Secretary Sabrina Singh": the
Pentagon).  Only a figure its sentence credits to no one is read so.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from ..text.words import alternation
from ..vocab import load_table
from .claim_questions import ASKER
from .claim_resolve import Claim
from .claimant_names import normalise
from .claimant_vocab import claimant_cues

# A label in capitals, a title's abbreviation allowed ("MS. SINGH", "GEN. RYDER", "SECRETARY AUSTIN"), or "Q".
_LABEL = re.compile(r"\s*(?P<who>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3})\s*:\s")
_NAMED_BEFORE = 6  # capitalised words of titles and a body that may stand before a speaker's surname


@functools.cache
def _question_labels() -> frozenset[str]:
    t = load_table("interview_labels.csv")
    return frozenset(label for label, turn in zip(t.label, t.turn) if turn == "question")


@functools.cache
def _first_person() -> re.Pattern:
    return re.compile(rf"(?<![\w'’])(?:{alternation(claimant_cues('first_person'))})(?![\w])", re.IGNORECASE)


def turn_claim(texts: list[str], paragraphs: list[int] | None, k: int, asked: Callable[[], bool] | None = None) -> Claim | None:
    """The claim of a figure of sentence ``k`` that no attribution of its own claims, by the transcript turn it is
    in, or None when it is in none (or the turn's speaker is no one the vocabularies know).  ``asked``: whether the
    article :func:`asks_questions`, kept by the caller so that an article is read for it once."""
    if paragraphs is None:
        return None
    first = k
    while first and paragraphs[first - 1] == paragraphs[k]:
        first -= 1
    label = _LABEL.match(texts[first])
    if label is None:
        return None  # nearly every paragraph: no capitals and colon open it
    who = label.group("who")
    if who.lower() in _question_labels():
        return Claim(ASKER, who)
    if who.lower() == who or not (_first_person().search(texts[k]) or (asked() if asked else asks_questions(texts, paragraphs))):
        return None  # a label with no "we" outside a transcript of questions may be a heading or a dateline
    surname = who.split()[-1].title()
    named = re.compile(rf"((?:[A-Z][\w.'’\-]*\s+){{1,{_NAMED_BEFORE}}}){re.escape(surname)}\b")
    for text in texts[:first]:
        if (m := named.search(text)) is not None:
            # "Secretary of Defense Lloyd J. Austin": the name less its initials is the one the vocabularies know.
            claimant = normalise(m.group(0)) or normalise(_INITIAL.sub("", m.group(0)))
            if claimant or not _speaks_for_a_body(m.group(0)):
                return Claim(claimant, m.group(0)) if claimant else None
            break  # "Spokesperson Matthew Miller", whom no vocabulary knows: the body the heading names
    else:
        if not (surname.lower() in claimant_cues("title") or surname.lower() in claimant_cues("spokesperson")):
            return None  # a surname named nowhere before the turns: no one to read
    # A title alone ("SPOKESPERSON:", "MINISTER:") or a spokesperson: the body whose briefing the heading names.
    return next((Claim(body, text) for text in texts[:first] if (body := normalise(text)) is not None), None)


def _speaks_for_a_body(words: str) -> bool:
    """Whether a spokesperson's title is among the capitalised words naming a speaker ("Spokesperson Matthew Miller")."""
    low = " ".join(words.lower().split())
    return any(f"{title} " in f"{low} " for title in claimant_cues("spokesperson"))


_INITIAL = re.compile(r"\b[A-Z]\.\s+")  # a middle initial ("Lloyd J. Austin")


def asks_questions(texts: list[str], paragraphs: list[int]) -> bool:
    """Whether a question's label opens a paragraph of the article: the labels are a transcript's turns, and an
    official's turn states the figures it gives ("MR. LEE: About 8,000 are now in Kursk" after "Q: ..."), with or
    without a "we"."""
    return any((not j or paragraphs[j - 1] != paragraphs[j]) and (label := _LABEL.match(text)) is not None
               and label.group("who").lower() in _question_labels() for j, text in enumerate(texts))
    answer = any((not j or paragraphs[j - 1] != paragraphs[j]) and (label := _LABEL.match(text)) is not None
                 and label.group("who").lower() in _question_labels() for j, text in enumerate(texts))
    _asked = (texts, answer)
    return answer
