"""A document's own wording: the quote a relative clause or a clause with a document for subject carries.

"Kim and Putin signed a treaty in June that obliges each side to give aid “without delay”": the treaty's words,
not its signers'.  Used by :mod:`dossier.extractors.quote_speakers` before the verbs of saying around a quote.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..text.words import alternation
from ..vocab import load_table
from .quote_article import Article
from .quote_referents import NOBODY, Said
from .speaker_vocab import speaker_aliases

# "a treaty in June that obliges", "the treaty, which commits": a relative pronoun right before the clause's verb.
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:also\s+)?\Z")
_CLAUSE_END = re.compile(r"[,;:]")
_WORD = re.compile(r"[A-Za-z]+")
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
    if clause is None or _CLAUSE_END.search(art.masked, clause.end(), hi):
        return None
    verb, relative = clause.group(0), _RELATIVE.search(art.masked, max(lo, clause.start() - 20), clause.start())
    # "a treaty in June that obliges": the document's noun a few words before the relative pronoun; "The agreement
    # commits each country to": right before the verb, its subject.
    at = relative.start() if relative is not None else clause.start()
    before = _WORD.findall(art.masked, max(lo, at - _HEAD_REACH), at)[0 if relative is not None else -1:]
    noun = next((w.lower() for w in reversed(before) if w.lower() in words.parts or w.lower() in words.documents), None)
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
