"""Words a document is said to claim: "The "report" claims that the DPRK "sent 100 missiles"", "It alleges that …".

A statement that rebuts a report makes the report the subject of the verb that puts the quoted words on it; the words
are the report's, so its issuer's, whom the article named where it introduced the report ("a "report" of the
monitoring team").  Two things stand between that subject and its verb and must not be read as the speaker: an
apposition set off by commas, which names who made or backs the report ("The report, fabricated by the U.S. and
Japan, claims"), and a pronoun, "it", which stands for the document the sentence before is about: its subject
("The "report" is a mixture of guesswork. It alleges …") or what its verb of issuing put out ("KCNA published a
statement by the commission. It says …").  The verbs: ``data/document_claim_verbs.csv``;
the issuer: :func:`~dossier.extractors.speech.quote_document_authors.cited_document_author`.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.quote_marks import Marked
from ...text.words import alternation
from ...vocab import load_list
from ..mentions.speaker_vocab import document_noun, document_nouns, issue_words
from .quote_article import Article
from .quote_document_authors import cited_document_author
from .quote_referents import Said

# A definite document opening a sentence or clause, up to its noun: "The anti-DPRK report", "This so-called report".
_DEFINITE = r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[a-z][\w\-]*\s+){0,2}?"
_IT = re.compile(r"\s*It\s")
# An adverb the claim may take ("groundlessly claims", "even alleges").
_MANNER = re.compile(r"(?:(?:[a-z]+ly|even|also|now)\s+)*\Z")


@functools.cache
def _verb() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(load_list('document_claim_verbs.csv'))})\b")


@functools.cache
def _subject() -> re.Pattern:
    return re.compile(rf"\s*(?P<doc>{_DEFINITE}(?:{document_nouns().pattern}))")


@functools.cache
def _issued() -> re.Pattern:
    """ "published a statement", "released its annual report": a document as the object of a verb of issuing."""
    return re.compile(rf"\b(?:{alternation(issue_words())})\s+(?:an?|the|its|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
                      rf"(?P<noun>{document_nouns().pattern})")


class _Subject(NamedTuple):
    """The words that name the document speaking ("The report"), and where the search for its issuer starts back."""

    text: str
    pos: int


def claiming_document(art: Article, lo: int, q: Marked) -> Said | None:
    """The issuer of the document that the clause of ``q`` (opening at ``lo``) makes the subject of a verb of
    claiming; None when the clause opens with no such document or its issuer is not named before."""
    for verb in _verb().finditer(art.masked, lo, q.open_at):  # ("hostile states" is no verb: the next may be)
        subject = _subject_of(art, lo, verb.start())
        if subject is not None:
            said = Said(None, subject.text, verb.group(0), subject.pos)
            author = cited_document_author(art, said, q)
            return author if author is not None and author.speaker else None
    return None


def _subject_of(art: Article, lo: int, verb: int) -> _Subject | None:
    """The definite document opening the clause at ``lo`` as the subject of the verb at ``verb``; when "It" opens the
    clause, the document the sentence before is about: its subject, or what its verb of issuing put out ("KCNA
    published a statement by the commission. It says …").  None when something else than an adverb or an
    apposition closed by a comma parts subject and verb."""
    found = _subject().match(art.masked, lo, verb)
    subject = _Subject(" ".join(found.group("doc").split()), found.start("doc")) if found is not None else None
    gap_from = found.end() if found is not None else lo
    if subject is None and (it := _IT.match(art.masked, lo, verb)) is not None:
        subject, gap_from = _topic_before(art, lo), it.end()
        if subject is not None and _speaks_of(art, subject, verb):
            return None  # "The "report" angered the ministry. It claims the "report" is …": the ministry
    if subject is None:
        return None
    gap = art.masked[gap_from:verb].strip()
    if gap.startswith(","):  # an apposition: what follows its closing comma; one comma alone closes none
        gap = gap[gap.rfind(",") + 1:].strip() if gap.count(",") > 1 else "#"
    return subject if _MANNER.match(f"{gap} " if gap else "") else None


def _speaks_of(art: Article, subject: _Subject, verb: int) -> bool:
    """Whether the clause after ``verb`` names the document ``subject`` is: no document speaks of itself as "the
    report", so "It" is then someone else, whatever the sentence before was about."""
    noun = subject.text.split()[-1].strip("\"'“”‘’").lower()
    end = art.sents[art.sent_at(verb)].end
    return document_noun(noun).search(art.text, verb, end) is not None


def _topic_before(art: Article, lo: int) -> _Subject | None:
    """The document the sentence before ``lo`` is about, that "It" at ``lo`` stands for."""
    k = art.sent_at(lo)
    if k == 0:
        return None
    before = art.sents[k - 1]
    if (found := _subject().match(art.masked, before.start, before.end)) is not None:
        return _Subject(" ".join(found.group("doc").split()), found.start("doc"))
    issued = list(_issued().finditer(art.masked, before.start, before.end))
    return _Subject(f"the {issued[-1].group('noun').lower()}", lo) if issued else None
