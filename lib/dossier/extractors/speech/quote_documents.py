"""A document's own wording: the quote a relative clause or a clause with a document for subject carries.

"Kim and Putin signed a treaty in June that obliges each side to give aid “without delay”": the treaty's words,
not its signers'.  Used by :mod:`dossier.extractors.speech.quote_speakers` before the verbs of saying around a quote.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import LETTERS, alternation
from ...vocab import load_table
from .quote_article import Article
from .quote_referents import NOBODY, Said
from ..mentions.speaker_vocab import speaker_aliases
from .speakers import any_cue

# "a treaty in June that obliges", "the treaty, which commits": a relative pronoun right before the clause's verb.
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:also\s+)?\Z")
_CLAUSE_END = re.compile(r"[,;:]")
# "provides that …": the verb opens a that-clause, which may run on past commas.
_THAT_CLAUSE = re.compile(r"\s+that\b")
_JUST_BEFORE = re.compile(r"[\s,]{0,3}")
# What may stand between a subject's head noun and its verb: a number ("Article 4"), a phrase of its own.
_HEAD_TAIL = re.compile(r"\s*(?:[0-9]+[a-z]*\s*|[IVX]+\s+)?(?:(?:of|between|with|on|signed|concluded|in|from)\s[^,;:]*?)?\s*")
_HEAD_REACH = 40  # "a treaty in June that": the document's noun a few words (characters) before the relative pronoun


class _DocumentWords(NamedTuple):
    """What tells a relative clause carries a document's wording (``data/document_clauses.csv``)."""

    verbs: re.Pattern  # "obliges", "commits"
    parts: frozenset[str]  # "provision", "article"
    same: frozenset[str]  # "agreement", "pact": the treaty named before, whatever its name
    documents: frozenset[str]  # the nouns of documents ("treaty", "resolution": data/speaker_kinds.csv)


@functools.cache
def _document_words() -> _DocumentWords:
    t, kinds = load_table("document_clauses.csv"), load_table("speaker_kinds.csv")
    return _DocumentWords(re.compile(rf"\b(?:{alternation(t.word[t.kind == 'verb'])})\b"), frozenset(t.word[t.kind == "part"]),
                          frozenset(t.word[t.kind == "same"]),
                          frozenset(h for h in kinds["head"][kinds["kind"] == "document"] if " " not in h))


def document_clause(art: Article, lo: int, hi: int) -> Said | None:
    """ "Kim and Putin signed a treaty in June that obliges each side to give aid “without delay”": the quote is the
    wording of the document the relative clause is about, not its signers'; "The agreement commits each country to
    “…”": of the document the verb has for subject.

    The document is the one the sentence names before the clause, else, for a part of one ("a provision that
    obliges") or a noun its name holds ("a treaty"), the last one the article named, else the document "the treaty"
    stands for; no one (:data:`NOBODY`) when none is.  None when no such clause or verb runs, unbroken by a comma, up
    to the quote.
    """
    words = _document_words()
    clause = None
    for clause in words.verbs.finditer(art.masked, lo, hi):  # the last; most sentences hold none
        pass
    if clause is None:
        return None
    # "Article 4 provides that if one side is “attacked”, the other shall give aid “at once”": a that-clause is the
    # document's wording to its end, commas and all, unless a verb of saying takes over.
    if _CLAUSE_END.search(art.masked, clause.end(), hi) and not (
            _THAT_CLAUSE.match(art.masked, clause.end(), hi) and not any_cue().search(art.masked, clause.end(), hi)):
        return None
    verb, relative = clause.group(0), _RELATIVE.search(art.masked, max(lo, clause.start() - 20), clause.start())
    # "a treaty in June that obliges": the document's noun a few words before the relative pronoun; "The agreement
    # commits each country to", "The 2024 treaty between the two states commits": the head of its subject.
    at = relative.start() if relative is not None else clause.start()
    noun = _subject_noun(art, words, max(lo, at - _HEAD_REACH), at, relative is not None)
    if noun is None and relative is not None:
        # "Article 4 of the Treaty on Comprehensive Strategic Partnership, which commits": the named document the
        # relative pronoun follows stands for itself, however long its name.
        named = next((m for m in reversed(art.account.between(lo, at)) if m.entity is not None and m.entity.kind == "document"
                      and _JUST_BEFORE.fullmatch(art.masked, m.end, at)), None)
        if named is not None:
            return Said(named.entity.name, named.surface, verb, named.start)
    if noun is None:
        return None
    named = next((m for m in reversed(art.account.between(lo, clause.start()))
                  if m.entity is not None and m.entity.kind == "document"), None)
    if named is not None:
        return Said(named.entity.name, named.surface, verb, named.start)
    last = art.account.last(lo, kind="document")
    if last is not None and (noun in words.parts or noun in last.name.lower().split() or (
            noun in words.same and not words.same.isdisjoint(last.name.lower().split()))):
        return Said(last.name, noun, verb, clause.start())
    # "signed a treaty that obliges", none named before: the document "the treaty" stands for (data/speakers.csv).
    known = speaker_aliases().get(f"the {noun}")
    return Said(known.speaker, noun, verb, clause.start()) if known is not None and known.kind == "document" else NOBODY


def _subject_noun(art: Article, words: _DocumentWords, lo: int, hi: int, relative: bool) -> str | None:
    """The document's or part's noun that heads the clause ending at ``hi``: any in reach before a relative pronoun;
    else the last one before the verb, with only a number ("Article 4") or a phrase of its own ("between the two
    states", "signed in June") after it, not another subject ("Under the treaty Russia commits")."""
    found = list(LETTERS.finditer(art.masked, lo, hi))
    for w in reversed(found):
        word = w.group(0).lower()
        if word in words.parts or word in words.documents:
            return word if relative or _HEAD_TAIL.fullmatch(art.masked, w.end(), hi) else None
    return None

