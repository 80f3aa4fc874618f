"""A document as the subject of a reporting verb: "The analysis said", "the threat assessment also notes", "its first
report documented".

An analyst credits what a document says to its author: the body that issued it
(:mod:`~dossier.extractors.claims.claim_issuers` finds it, named with the
document in the same sentence, "The report, prepared by the ministry, says", or
where the article introduced it). Read here is only the subject: a definite or
possessive document noun (``data/issued_documents.csv``, column ``subject``; up to two lower-case
modifiers: "the 40-page assessment") that is the whole subject of the verb,
right before it or before an aside about the document. A possessive's document
speaks for the pronoun's body ("Eleven states set up a monitoring team, and its
first report documented ..." is the team's): the attribution is the pronoun.
A document whose words name its owner speaks for the owner named there: "The MSMT
report said", "The Asan Institute's study found" are the team's and the
institute's (the name read by :func:`~dossier.extractors.claims.claimant_names.normalise`;
an owner the vocabularies do not know is read as before).
Read by :mod:`~dossier.extractors.claims.estimate_claimants` only when no
description or pronoun is the subject.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation, plural
from ...vocab import load_table
from .claimant_asides import before_aside
from .claimant_names import normalise
from .claimant_phrases import POSSESSIVE_PRONOUNS

_BEFORE_CHARS = 60  # characters before the verb (or the aside) searched: a determiner, two modifiers, the noun


class DocumentSubject(NamedTuple):
    """The words of a document subject that name who speaks through it: "The report", or a possessive's pronoun."""

    start: int
    text: str
    claimant: str | None = None  # the owner the document's own words name ("The MSMT report"), else None


@functools.cache
def _subject() -> re.Pattern:
    t = load_table("issued_documents.csv")
    nouns = list(t.noun[t.subject == "yes"])
    documents = alternation([*nouns, *(plural(n) for n in nouns)])
    possessives = alternation(POSSESSIVE_PRONOUNS)
    # The subject opens the sentence or a clause: "The report says", "..., and its first report documented".
    opening = r"(?:^|[,;:—\"”]\s*|\b(?:and|but|while)\s+)"
    modifiers = r"(?:[a-z0-9][\w\-]*\s+){0,2}?"
    # "The Asan Institute's annual report": a capitalised owner's name, up to five words, possessive.
    owner = r"(?P<owner>(?-i:[A-Z][\w\-.]*)(?:\s+(?:of\s+|for\s+)?(?-i:[A-Z][\w\-.]*)){0,4})['’]s\s+"
    return re.compile(
        rf"{opening}(?:(?P<the>(?:the|this|that)\s+{modifiers}(?:{documents}))|(?P<own>{possessives})\s+{modifiers}"
        rf"(?:{documents})|(?:the\s+)?{owner}{modifiers}(?:{documents}))\s*$",
        re.IGNORECASE,
    )


def document_subject(sentence: str, end: int) -> DocumentSubject | None:
    """The document that is the whole subject of ``sentence`` ending at ``end`` (its verb's start, less adverbs), or
    ending before an aside about it ("The report, prepared by the ministry, says"); None when the subject is no
    document."""
    for stop in dict.fromkeys((end, before_aside(sentence, end))):
        m = _subject().search(sentence, max(0, stop - _BEFORE_CHARS), stop)
        if m is None:
            continue
        if m.group("owner") is not None:
            # "The Asan Institute's report found": the owner's, when a claimant of the vocabularies.
            if (claimant := normalise(m.group("owner"))) is not None:
                return DocumentSubject(m.start("owner"), m.group("owner"), claimant)
            continue
        if m.group("own") is not None:
            return DocumentSubject(m.start("own"), m.group("own"))
        if m.group("the") is not None:
            return _owner_named(m.start("the"), m.group("the")) or DocumentSubject(m.start("the"), m.group("the"))
    return None


_NAMED_MODIFIERS = re.compile(r"\S+\s+(?:[a-z0-9][\w\-]*\s+)?(?P<name>[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)*)\s")


def _owner_named(start: int, words: str) -> DocumentSubject | None:
    """The owner a definite document's capitalised modifiers name right after its determiner ("The MSMT report": the
    team), when a claimant of the vocabularies; else None."""
    m = _NAMED_MODIFIERS.match(words)
    claimant = normalise(m.group("name")) if m is not None else None
    return DocumentSubject(start + m.start("name"), m.group("name"), claimant) if claimant is not None else None
