"""Who issued a document that a claim cites by a definite noun: "according to the report" after "The defence ministry
released a report to parliament" is the ministry's.

A document an institution issues under its own name (``data/issued_documents.csv``) and later cited as "the report",
"the study", "the white paper" speaks for the body that issued it: the one named after "by" or "from" where the
document was introduced ("a new study by RUSI"), its owner in a possessive ("the ministry's report to lawmakers"), or
the subject of the verb that issued it ("The ministry published a white paper", "the ministry said in a report"; the verbs: the ``issue`` words of ``data/cue_verbs.csv`` and the ``issuing`` ones of
``data/claimant_cues.csv``).  A mention by "the" between refers back too and is read past.  Where the article
names no issuer, no one is found, and the citation is read as before.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation, plural
from ...vocab import load_list, load_table
from .claim_mentions import named_claimants
from .claimant_located import BODY_KINDS
from .claimant_names import context_words, kind, normalise
from .claimant_phrases import descriptions
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.document_issuers import fits_before, modifies_document
from ..mentions.speaker_vocab import document_noun, issue_words

ISSUER_KINDS = BODY_KINDS | {"government", "person"}  # who issues a document under their own name; no medium, no report
_ISSUER_SENTENCES = 40  # sentences back to where the document was introduced: the article's last one of its kind
# "the report", "the latest annual assessment", "this white paper": a definite document and up to two modifiers.
# Lower case after the article: "the Kiel report" holds its owner's name, read as written.
_DEFINITE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>(?:white\s+)?[a-z]+)")
# "a report by RUSI", "a study from the Kiel Institute", "The report, released by the ministry,": the author named just
# after the document, up to punctuation.
_BY_AUTHOR = re.compile(r",?\s+(?:[a-z]+\s+)?(?:by|from)\s+(?P<author>[^,.;:()]{2,60})"
                        # "the first report of the Monitoring Team": "of" right after the noun, before a name (a capital);
                        # not a name's possessive, what the document is about ("a report of Kim Jong Un's visit")
                        r"|\s+of\s+(?![^,.;:()]{0,60}?['’]s\b)(?P<owner>(?:the\s+)?[A-Z][^,.;:()]{1,60})")


# A possessive and up to two modifiers right before the document's noun: "the ministry's annual report".
_OWNED = re.compile(r"['’]s\s+(?:[a-z][\w\-]*\s+){0,2}$")
_OWNED_CHARS = 40  # characters of the possessive and its modifiers before the noun


@functools.cache
def _documents() -> frozenset[str]:
    nouns = load_list("issued_documents.csv")
    return frozenset(nouns) | frozenset(plural(n) for n in nouns)


def _singular(noun: str) -> str:
    """A document noun as issued_documents.csv writes it ("studies": "study")."""
    return next((n for n in load_list("issued_documents.csv") if noun in (n, plural(n))), noun)


@functools.cache
def _issued() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation([*issue_words(), *claimant_cues('issuing')])})\b", re.IGNORECASE)


def cited_document(text: str) -> str | None:
    """The noun of the document that ``text`` (an attribution's words) cites by a definite noun ("the report": "report"),
    else None."""
    m = _DEFINITE.fullmatch(text.strip())
    noun = " ".join(m.group("noun").lower().split()) if m is not None else None
    return noun if noun in _documents() else None


def document_issuer(article, k: int, noun: str, at: int | None = None) -> tuple[str, str] | None:
    """(claimant, words naming it) of the body that issued the document ``noun`` cited in sentence ``k``, named with it
    there, after ``at`` ("The report, prepared by the ministry, says"), or where it was introduced earlier in the
    article: the nearest mention of it that does not refer back by "the" ("According to the report, ..." introduces
    nothing); None when none names it.

    ``article``: a :class:`~dossier.extractors.claims.claim_article.ClaimArticle` (its ``texts`` and ``last_named``).
    """
    if at is not None and (own := _author_beside(article, article.texts[k], noun, at)) is not None:
        return own
    for j in range(k - 1, max(-1, k - 1 - _ISSUER_SENTENCES), -1):
        text = article.texts[j]
        if (giver := _giver(article, j, _singular(noun))) is not None:
            return giver  # "The NIS briefed lawmakers ... According to the briefing": the NIS's
        found = list(document_noun(_singular(noun)).finditer(text))
        if not found:
            continue  # most sentences before never mention the document
        at = found[0]  # where it is introduced: its first mention in that sentence
        if (named := _author_after(text, at.end())) is not None:
            return named if _in_its_context(article, named[1]) else None
        if _OWNED.search(text, max(0, at.start() - _OWNED_CHARS), at.start()) is not None:
            # "according to the defence ministry's report to lawmakers": the owner named just before it.
            issuer = article.last_named(j, at.start(), ISSUER_KINDS, proper=True)
            if issuer is not None and issuer[1] in text[max(0, at.start() - _OWNED_CHARS - len(issuer[1])) : at.start()]:
                return issuer
        if (named := _named_modifier(text, at.start())) is not None:
            return named  # "the JCS report", "a Joint Chiefs of Staff (JCS) report submitted to parliament"
        if _IN_DOCUMENT.match(text, 0, at.start()) is not None and (subject := _subject_after(article, j, at.end())):
            return subject  # "In a report submitted to parliament, the ministry said ...": the subject after it
        # The verb nearest the document issued it: "North Korea has sent ..., the ministry said in a report".
        if (verb := next(reversed(list(_issued().finditer(text, 0, at.start()))), None)) is not None:
            if (subject := _subject_before_aside(text, verb.start())) is not None:
                return subject
            # "The defence ministry released a report": the body named last before the verb, in that sentence.
            issuer = article.last_named(j, verb.start(), ISSUER_KINDS, proper=True)
            return issuer if issuer is not None and issuer[1] in text[: verb.start()] else None
        if _BACK_REFERENCE.search(text, max(0, at.start() - _OWNED_CHARS), at.start()) is None:
            return None  # introduced with no issuer: whose it is stays unread
        # "According to the assessment, ...": a mention that refers back introduces nothing; read further back.
    return None


@functools.cache
def _giving_verbs() -> dict[str, re.Pattern]:
    """Each document given rather than issued to the verb that tells of giving one (``verb`` in
    ``data/issued_documents.csv``): "briefing", "briefed"."""
    t = load_table("issued_documents.csv").fillna("")
    return {n: re.compile(rf"\b{re.escape(v)}\b") for n, v in zip(t.noun, t.verb) if v}


@functools.cache
def given_documents() -> frozenset[str]:
    """The documents given rather than issued (``giver`` in ``data/issued_documents.csv``): "briefing"."""
    t = load_table("issued_documents.csv").fillna("")
    return frozenset(t.noun[t.giver != ""])


def _giver(article, j: int, noun: str) -> tuple[str, str] | None:
    """The body that sentence ``j`` says gave the document ``noun`` ("The NIS briefed lawmakers", "lawmakers briefed
    by the NIS"): the verb's agent after "by", else its subject named before it in the sentence; only a body of the
    kinds the noun describes (``data/claimant_descriptions.csv``): lawmakers who briefed reporters pass a briefing
    on, they did not give it. None when the sentence tells of no such giving."""
    verb = _giving_verbs().get(noun)
    if verb is None or (told := verb.search(article.texts[j])) is None:
        return None
    text, kinds = article.texts[j], descriptions().get(noun, frozenset())
    if (named := _author_after(text, told.end())) is not None:
        return named if kind(named[0]) in kinds else None
    issuer = article.last_named(j, told.start(), kinds, proper=True)
    return issuer if issuer is not None and issuer[1] in text[: told.start()] else None


# A definite article and up to two modifiers right before a document's noun: a mention of one named before.
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w\-]*\s+){0,2}$")


def _named_modifier(text: str, noun: int) -> tuple[str, str] | None:
    """The issuer whose name modifies the document's noun at ``noun``, as a possessive would ("the JCS report"), its
    claimant and words; None when no known name stands right before the noun. A state's name there is what the
    document is about ("a North Korea report")."""
    named = next((n for n in reversed(named_claimants(text[:noun], ISSUER_KINDS - {"government"}))
                  if fits_before(text, n.end, noun)), None)
    if named is None or not modifies_document(text, named.start, named.end, noun):
        return None
    return named.claimant, text[named.start:named.end]


def _author_beside(article, text: str, noun: str, at: int) -> tuple[str, str] | None:
    """The author named by "by" or "from" right after the document ``noun`` cited at ``at`` in ``text``, else None."""
    cited = document_noun(_singular(noun)).search(text, at)
    if cited is None or (named := _author_after(text, cited.end())) is None:
        return None
    return named if _in_its_context(article, named[1]) else None


def _author_after(text: str, end: int) -> tuple[str, str] | None:
    """The author named by "by", "from" or "of" at ``end`` of ``text``: its canonical name and its words; None for
    no author there or one the vocabularies do not know."""
    if (by := _BY_AUTHOR.match(text, end)) is None:
        return None
    # Spaces collapsed: a disputed name's marks are blanked where it is read (speech.disputed_names).
    author = " ".join((by.group("author") or by.group("owner")).split())
    return (canon, author) if (canon := normalise(author)) is not None else None


def _in_its_context(article, author: str) -> bool:
    """Whether the article gives ``author`` the context its alias needs, if it needs any."""
    return not (words := context_words(author)) or article.in_context(words)


# What may stand between a subject and the comma opening an aside about it: its acronym in brackets.
_BEFORE_ASIDE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,")
_SUBJECT_START = 4  # characters before a subject's name at a sentence's start: "The "


def _subject_before_aside(text: str, verb: int) -> tuple[str, str] | None:
    """The claimant a sentence opens with when an aside between commas parts it from the verb at ``verb``: "The
    monitoring team (MSMT), set up by the United States, Japan and nine others, released its report" is the team's,
    not the last state the aside names; None when the sentence is not so built."""
    if not text[:verb].rstrip().endswith(","):
        return None
    first = next(iter(named_claimants(text[:verb], ISSUER_KINDS)), None)
    if first is None or first.start > _SUBJECT_START or _BEFORE_ASIDE.match(text, first.end) is None:
        return None
    return first.claimant, text[first.start:first.end]


# A sentence that opens with the document it speaks in: "In a report submitted to the committee, ", "In its annual
# review, ": up to the document's noun.
_IN_DOCUMENT = re.compile(r"\s*In\s+(?:an?|its|their|the)\s+(?:[a-z][\w\-]*\s+){0,2}$")


def _subject_after(article, j: int, end: int) -> tuple[str, str] | None:
    """The claimant of the first attribution of sentence ``j`` after the comma that closes the opening phrase ending
    its document at ``end`` ("In a report ..., the ministry said"), resolved; None when none follows it."""
    text = article.texts[j]
    comma = text.find(",", end)
    if comma < 0:
        return None
    for a in article.found(j):
        if a.start > comma:
            claim = article.resolve(j, a)
            return (claim.claimant, claim.text) if claim.claimant is not None else None
    return None
