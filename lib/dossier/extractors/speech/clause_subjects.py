"""Where the clauses of a sentence start, nearest first: whose "what it calls" is the subject of its own clause.

A careful reader of "Kim has met the families, and state media reported that he visited the graves of soldiers who
fell in what it called the “…”" takes "it" for the subject of the clause that holds "what" when it fits the pronoun
(state media), not for the sentence's first subject (Kim, a person, no "it") nor the nearest noun (the graves).
When the nearest clause's subject does not fit ("he visited"), the clause that reports it is tried next.
:func:`clause_starts` gives the starts to try, from the clause nearest to the pronoun back to the sentence's start;
:func:`clause_namer` reads their subjects for :class:`~dossier.extractors.speech.quote_referents.Referents`.
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_table


@functools.cache
def _clause_opening() -> re.Pattern:
    """What opens a clause inside a sentence: a comma or semicolon and a conjunction, a semicolon, or a word that opens
    a clause of content or a relative clause (``data/clause_openers.csv``)."""
    t = load_table("clause_openers.csv")
    joins = "|".join(re.escape(w) for w in t.word[t.kind == "conjunction"])
    openers = "|".join(re.escape(w) for w in t.word[t.kind == "opener"])
    return re.compile(rf"[,;]\s+(?:(?:{joins})\s+)?|\s(?:{openers})\s+", re.IGNORECASE)


def clause_starts(masked: str, lo: int, hi: int) -> list[int]:
    """The starts of the clauses of ``masked[lo:hi]`` (a sentence up to a pronoun), nearest to ``hi`` first; ``lo``
    is the last."""
    return [m.end() for m in reversed(list(_clause_opening().finditer(masked, lo, hi)))] + [lo]



_SUBJECT_KINDS = ("person", "body", "medium")
NO_ONE = ""  # the pronoun stands for a subject the article names no one as: it is no one's name, and no one speaks
# What opens no clause of its own after a comma: an age or number set off by commas ("Putin, 72,"), or a verb in the
# past with no subject before it ("Putin, 72, thanked"), which shares the subject of the clause it continues.
_SUBJECTLESS = re.compile(r"\d+\s*,|[a-z]+ed\b")
_DETERMINED = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese)\s+")  # a noun phrase opening the clause: its subject


def clause_namer(masked: str, lo: int, hi: int, between, subject_of, fits, person: bool = False) -> str | None:
    """Who a pronoun at ``hi`` that names something ("what it calls") stands for, in the sentence ``masked[lo:hi]``:
    the subject of the nearest clause that fits it (``fits(speaker)``), the clause that reports it next when it does
    not ("reported that he visited … in what it called": not "he").  The mention that opens a clause is its subject,
    whatever word joins the clause to the one before (", and state media reported": "and" makes no object of it);
    else ``subject_of(start)``.  A clause opening with a noun phrase no one is named by ("the regime has built a
    museum for what it calls") has a subject of its own: no earlier one is read, and :data:`NO_ONE` is returned; but
    not for a ``person`` ("he", "she"), whom such a phrase ("the alliance, now entering what he called") is not.
    ``between(lo, hi)`` gives the mentions there, in order."""
    for start in clause_starts(masked, lo, hi):
        if _SUBJECTLESS.match(masked, start):
            continue  # "Putin, 72, thanked Kim for what he called": the verb shares the subject before it
        det = _DETERMINED.match(masked, start)
        first = next((m for m in between(start, hi) if m.start in (start, det.end() if det else start)), None)
        if first is not None and first.entity is not None and first.entity.kind in _SUBJECT_KINDS:
            speaker = first.entity.name
        elif det is not None and not person and masked[det.end():det.end() + 1].islower():
            return NO_ONE  # (but "The European Commission": a name, which the reading after this one may know)
        else:
            said = subject_of(start)
            speaker = said.speaker if said is not None else None
        if speaker is not None and fits(speaker):
            return speaker
    return None
