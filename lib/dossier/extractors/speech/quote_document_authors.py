"""Who speaks through a document the article cites again by a definite noun: the body or person that issued it.

An analyst credits "“…,” the report states" or "The analysis, based on allied data, said …" to whoever issued the
report or analysis where the article introduced it: "Japan's defence ministry said in an annual report …", "a
study by the Asan Institute", "the ministry's assessment", "The institute published a survey".  Read only when the
quote's speaker is no person, body or medium already (the document's noun alone, or no one).  The nouns: the
documents an institution issues under its own name (``data/issued_documents.csv``, column ``subject``); the verbs
a document's own text takes that the verbs of saying leave out as nouns ("states", "notes": the ``say`` rows of
``data/document_clauses.csv``, with the verbs of saying).  Used by :mod:`~dossier.extractors.speech.quote_issuers`.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.quote_marks import Marked
from ...text.words import alternation, plural
from ...vocab import load_table
from ..mentions.document_issuers import fits_before, modifies_document
from ..mentions.mention_vocab import states
from ..mentions.speaker_vocab import document_issuer, issue_words
from .quote_article import Article
from .quote_referents import Said
from .speakers import any_cue

_INTRODUCED_SENTENCES = 40  # sentences back to where the document was introduced: the article's last one of its kind
_OWNER_CHARS = 60  # "the defence ministry's annual ": a possessor and up to two modifiers before the noun
_AUTHOR_KINDS = ("person", "body")  # who issues a document under their own name; a medium relays


class _Cited(NamedTuple):
    """A document cited by a definite noun: its noun (as ``issued_documents.csv`` writes it) and the words."""

    noun: str
    text: str


@functools.cache
def _nouns() -> dict[str, str]:
    """Each document noun an institution issues, and its plural, to the noun as the table writes it."""
    t = load_table("issued_documents.csv")
    nouns = list(t.noun[t.subject == "yes"])
    return {form: n for n in nouns for form in (n, plural(n))}


@functools.cache
def _definite() -> re.Pattern:
    """ "the report", "The new 40-page assessment", "this study": a definite document, up to two lower-case modifiers
    ("the Kiel report" holds its owner's name and is read as written); or its authors ("the report's authors"), who
    write for whoever issued it (``author`` in ``data/document_clauses.csv``)."""
    t = load_table("document_clauses.csv")
    authors = alternation(t.word[t.kind == "author"])
    return re.compile(rf"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z0-9][\w\-]*\s+){{0,2}}?(?P<noun>{alternation(_nouns())})"
                      rf"(?:['’]s\s+(?:{authors}))?")


@functools.cache
def _closing() -> re.Pattern:
    """ "“…,” the report states.": a definite document and its verb right after the quote's closing mark."""
    t = load_table("document_clauses.csv")
    verbs = alternation([*t.word[t.kind == "say"]])
    return re.compile(rf"\s*,?\s*(?P<doc>{_definite().pattern})\s+(?P<verb>{verbs}|{any_cue().pattern})")


@functools.cache
def _opening() -> re.Pattern:
    """ "The report states that": a definite document and its verb before the quote."""
    t = load_table("document_clauses.csv")
    return re.compile(rf"(?P<doc>{_definite().pattern})\s+(?:also\s+)?(?P<verb>{alternation([*t.word[t.kind == 'say']])})\b")


# A verb of saying's phrase that holds the document, up to its noun: " on Tuesday in its annual ".
_SAID_IN = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:in|through)\s+(?:an?|its|their|his|her)\s+(?:[\w\-]+\s+){0,3}\Z")
# A sentence that opens with the document it speaks in, up to its noun: "In a report submitted to parliament".
_IN_DOCUMENT = re.compile(r"\s*In\s+(?:an?|its|their)\s+(?:[\w\-]+\s+){0,3}\Z")
# A definite article and up to two modifiers right before a document's noun: a mention of one named before.
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z0-9][\w\-]*\s+){0,2}\Z")
# A document's title in marks right after its noun, masked: "the report “Military cooperation …”, published by".
_TITLE = re.compile(r"\s+#+")
# A possessor and up to two modifiers right before the noun: "the ministry's annual report".
_OWNED = re.compile(r"['’]s\s+(?:[a-z0-9][\w\-]*\s+){0,2}\Z")
def cited_document_author(art: Article, said: Said, q: Marked) -> Said | None:
    """ "“…,” the report states", "The analysis said …": the author of a document the article introduced earlier
    with its issuer, when ``said`` names no person, body or medium; else None."""
    cited = _cited(art, said, q)
    if cited is None:
        return None
    k = art.sent_at(cited.pos)
    for j in range(k, max(-1, k - 1 - _INTRODUCED_SENTENCES), -1):
        s = art.sents[j]
        hi = cited.pos if j == k else s.end
        found = [m for m in _noun_of(cited.cited.noun).finditer(art.masked, s.start, hi)]
        for m in reversed(found):
            if _BACK_REFERENCE.search(art.masked, max(s.start, m.start() - 40), m.start()) and (
                    document_issuer().match(art.masked, _past_title(art.masked, m.end())) is None):
                continue  # "According to the assessment": refers back, introduces nothing; "the first report of the team" does
            author = _issuer(art, s.start, s.end, m)
            return Said(author.speaker, cited.cited.text, cited.cue, cited.pos) if author is not None else None
    return None


class _Citation(NamedTuple):
    cited: _Cited
    cue: str | None
    pos: int


def _cited(art: Article, said: Said, q: Marked) -> _Citation | None:
    """The definite document that ``said`` (or, when it names no one, the words closing the quote: "“…,” the report
    states") cites, when no person, body or medium speaks already."""
    if said.speaker_text is None:
        s = art.sents[art.sent_at(q.open_at)]
        m = _closing().match(art.masked, q.close_at, s.end)
        if m is None:  # "The report states that “…”": the document opens the quote's clause
            m = next((m for m in reversed(list(_opening().finditer(art.masked, s.start, q.open_at)))), None)
            if m is None or any_cue().search(art.masked, m.end(), q.open_at):
                return None
        return _Citation(_Cited(_nouns()[m.group("noun").lower()], m.group("doc")), m.group("verb"), m.start("doc"))
    d = _definite().fullmatch(said.speaker_text.strip())
    if d is None:
        return None
    e = art.account.entity(said.speaker) if said.speaker else None
    if e is not None and e.kind in (*_AUTHOR_KINDS, "medium") and said.speaker.lower() not in said.speaker_text.lower():
        return None  # "the report" already read as a body's or a medium's
    return _Citation(_Cited(_nouns()[d.group("noun").lower()], said.speaker_text), said.cue, said.pos)


@functools.cache
def _givers() -> dict[str, frozenset[str]]:
    """Each document given rather than issued (``giver`` in ``data/issued_documents.csv``) to the body nouns of who
    gives one."""
    t = load_table("issued_documents.csv").fillna("")
    return {n: frozenset(g.split(";")) for n, g in zip(t.noun, t.giver) if g}


def document_giver(art: Article, who: str, at: int, cue: str | None, hearer: str | None) -> Said | None:
    """ "Rep. Lee said, quoting the briefing": words a speaker passes on from a briefing are the briefing's giver's,
    the last body of a kind that gives one (an intelligence agency, a military, a ministry) named before ``at``, of
    the state of the ``hearer`` who passes them on (else of the state the article is written from): a lawmaker is
    briefed by their own state's agencies; None when ``who`` cites no such document, no such body is named, or the
    state is not known (the last agency named may be the other side's)."""
    d = _definite().fullmatch(who.strip())
    givers = _givers().get(_nouns()[d.group("noun").lower()]) if d is not None else None
    if not givers:
        return None
    heard = art.account.entity(hearer) if hearer else None
    state = (heard.state if heard is not None else "") or art.account.home_state
    if not state:
        return None
    giver = next((m for m in reversed(art.account.between(0, at)) if m.entity is not None and m.entity.kind == "body"
                  and any(m.entity.medium_kind == g or m.entity.medium_kind.endswith(f" {g}") for g in givers)
                  and m.entity.state == state), None)
    return Said(giver.entity.name, who, cue, at) if giver is not None else None


def _past_title(text: str, end: int) -> int:
    """Where the words after a document's noun ending at ``end`` go on, past its title in marks if one follows."""
    return m.end() if (m := _TITLE.match(text, end)) is not None else end


@functools.lru_cache(maxsize=32)
def _noun_of(noun: str) -> re.Pattern:
    return re.compile(rf"\b(?:{re.escape(noun)}|{re.escape(plural(noun))})\b", re.IGNORECASE)


def _issuer(art: Article, lo: int, hi: int, m: re.Match) -> Said | None:
    """Who issued the document introduced at ``m`` in the sentence ``masked[lo:hi]``: named after "by" or "from"
    ("a study by the Asan Institute"), its possessor ("the ministry's report"), the subject of the verb of saying
    the document follows ("The ministry said in its annual report") or opens ("In a report issued on Monday, the
    ministry said"), or of a verb of issuing ("The institute published a survey"); None when it names none."""
    if (by := document_issuer().match(art.masked, _past_title(art.masked, m.end()))) is not None:
        author = next((x for x in art.account.between(by.start(), by.end() + 1)
                       if x.entity is not None and x.entity.kind in _AUTHOR_KINDS), None)
        if author is not None:
            return Said(author.entity.name, author.surface, None, author.start)
    if (owned := _OWNED.search(art.masked, max(lo, m.start() - _OWNER_CHARS), m.start())) is not None:
        owner = next((x for x in reversed(art.account.between(lo, owned.start())) if x.end == owned.start()), None)
        if owner is not None and owner.entity is not None and owner.entity.kind in _AUTHOR_KINDS:
            return Said(owner.entity.name, owner.surface, None, owner.start)
    if (named := _named_modifier(art, lo, m.start())) is not None:
        return named
    # "Japan's defence ministry said on Tuesday in an analysis": the verb the document's phrase follows; not one in
    # a clause before it ("a figure the government never acknowledged, according to an assessment").
    said = [a for a in art.scan.attributions(lo, m.start()) if a.speaker_text and _SAID_IN.match(art.masked, a.end, m.start())]
    if not said and _IN_DOCUMENT.match(art.masked, lo, m.start()) and (comma := art.masked.find(",", m.end(), hi)) >= 0:
        said = [a for a in art.scan.attributions(comma, hi) if a.speaker_text][:1]  # "In a report …, the ministry said"
    if said and (who := art.resolve(said[-1])).speaker and not art.is_medium(who.speaker) and (
            (e := art.account.entity(who.speaker)) is None or e.kind in _AUTHOR_KINDS):
        return who
    if (verb := _issuing().search(art.masked, lo, m.start())) is None:
        return None
    issuer = next((x for x in reversed(art.account.between(lo, verb.start())) if x.entity is not None
                   and not x.oblique and x.entity.kind in _AUTHOR_KINDS), None)
    return Said(issuer.entity.name, issuer.surface, None, issuer.start) if issuer is not None else None


def _named_modifier(art: Article, lo: int, noun: int) -> Said | None:
    """ "The JCS report", "a Joint Chiefs of Staff (JCS) report submitted to parliament": a body's or person's name
    that modifies the document's noun names who issued it, as a possessive does; None when no such name stands
    right before the noun (after its determiner). A state's name there is what the document is about ("a North Korea
    report")."""
    named = next((x for x in reversed(art.account.between(lo, noun)) if x.entity is not None
                  and fits_before(art.masked, x.end, noun)), None)
    if named is None or named.entity.kind not in _AUTHOR_KINDS or named.entity.name in _governments():
        return None
    if not modifies_document(art.masked, named.start, named.end, noun, lo):
        return None
    return Said(named.entity.name, named.surface, None, named.start)


@functools.cache
def _governments() -> frozenset[str]:
    return frozenset(s.government for s in states().values())


@functools.cache
def _issuing() -> re.Pattern:
    """ "published a ", "released its annual ": a verb of issuing (the ``issue`` words of ``data/cue_verbs.csv``) right
    before the document's noun, with its determiner and up to two modifiers."""
    return re.compile(rf"\b(?:{alternation(issue_words())})\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){{0,2}}\Z")
