"""A document's own wording: the quote a relative clause or a clause with a document for subject carries.

"Kim and Putin signed a treaty in June that obliges each side to give aid “without delay”": the treaty's words,
not its signers'.  Used by :mod:`dossier.extractors.speech.quote_speakers` before the verbs of saying around a quote.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.numbers import YEAR
from ...text.words import LETTERS, alternation
from ...vocab import load_table
from .quote_article import Article
from .quote_referents import NOBODY, Said
from ..mentions.speaker_vocab import speaker_aliases
from .speakers import any_cue
from .counted_nouns import counted_noun

# "a treaty in June that obliges", "the treaty, which commits": a relative pronoun right before the clause's verb.
_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:also\s+)?\Z")
_CLAUSE_END = re.compile(r"[,;:]")
# "provides that …": the verb opens a that-clause, which may run on past commas.
_THAT_CLAUSE = re.compile(r"\s+that\b")
_JUST_BEFORE = re.compile(r"[\s,]{0,3}")
# What may stand between a subject's head noun and its verb (or the relative pronoun after it): a number ("Article
# 4"), a phrase of its own ("of the treaty", "signed by both leaders in June", "that the two states signed", or with
# no "that": "the two states signed"), an aside between commas ("The treaty, signed in June, obliges"); before a
# relative pronoun, the comma that opens it.
_HEAD_TAIL = re.compile(
    r"\s*(?:[0-9]+[a-z]*\s*|[IVX]+\s+)?"
    r"(?:(?:of|between|with|on|signed|concluded|agreed|reached|in|from|that|which|the)\s[^,;:]*?)?\s*"
    r"(?:,\s*[a-z][^;:]*?,\s*)?(?P<comma>,\s*)?")
_NUMBERED = re.compile(r"\s*(?:[0-9]+[a-z]*|[IVX]+)\b")  # "Article 4", "Clause IV": a numbered part of a text
_HEAD_REACH = 40  # "a treaty in June that": the document's noun a few words (characters) before the relative pronoun
_SUBJECT_REACH = 200  # "The treaty, signed by … in June, obliges": how far back a subject's head may stand
# A noun after a preposition and its determiner is no subject: "under the treaty", "Article 4 of the Treaty".
_OBLIQUE = re.compile(r"\b(?:under|of|in|to|with|by|from|on|about|for|against|at|into|through|per)\s+"
                      r"(?:the|a|an|this|that|its|their|his|her|our)\s+(?:[\w\-’']+\s+){0,3}\Z", re.IGNORECASE)
_OBLIQUE_CHARS = 80
_BARE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")  # "the treaty": no name, year or kind of its own before the noun
_NAME_WORD = 3  # letters of a word of a document's name too short to tell it ("on", "the", "and")
_YEAR = re.compile(rf"\b(?:{YEAR.pattern})\b")  # "in 1961": a treaty of its own year
_IT = re.compile(r"\s*It\s+(?:also\s+)?")  # a sentence whose subject is "It", up to its verb


@functools.cache
def _said_aside() -> re.Pattern:
    """ "The treaty, the minister said, obliges": a verb of saying that closes an aside, the speaker's reading."""
    return re.compile(rf"(?:{any_cue().pattern})\s*,")


class _DocumentWords(NamedTuple):
    """What tells a relative clause carries a document's wording (``data/document_clauses.csv``)."""

    verbs: re.Pattern  # "obliges", "commits"; "says", "states" (group ``say``: only with a treaty or a part of one)
    parts: frozenset[str]  # "provision", "article"
    same: frozenset[str]  # "agreement", "pact": the treaty named before, whatever its name
    documents: frozenset[str]  # the nouns of documents ("treaty", "resolution": data/speaker_kinds.csv)


@functools.cache
def _document_words() -> _DocumentWords:
    t, kinds = load_table("document_clauses.csv"), load_table("speaker_kinds.csv")
    verbs, says = alternation(t.word[t.kind == "verb"]), alternation(t.word[t.kind == "say"])
    return _DocumentWords(re.compile(rf"\b(?:{verbs}|(?P<say>{says}))\b"), frozenset(t.word[t.kind == "part"]),
                          frozenset(t.word[t.kind == "same"]),
                          frozenset(h for h in kinds["head"][kinds["kind"] == "document"] if " " not in h))


class _Head(NamedTuple):
    """The head noun of a clause's subject that is a document or a part of one, lower case, and where it stands."""

    word: str
    start: int


def document_clause(art: Article, lo: int, hi: int) -> Said | None:
    """ "Kim and Putin signed a treaty in June that obliges each side to give aid “without delay”": the quote is the
    wording of the document the relative clause is about, not its signers'; "The agreement commits each country to
    “…”", "The treaty, signed by both leaders in June, obliges …", "Article 4 says each side will give “…”": of the
    document the verb has for subject, however far a phrase or an aside about it parts them.

    The document is the one the sentence names before the clause, else, for a part of one ("a provision that
    obliges") or a noun its name holds ("a treaty"), the last one the article named, else the document "the treaty"
    (or the treaty a part belongs to: "the treaty …, whose Article 4 commits") stands for; no one (:data:`NOBODY`)
    when none is.  None when no such clause or verb runs, unbroken by a comma, up to the quote; a verb of saying
    ("says", ``say`` in ``data/document_clauses.csv``) counts only with a treaty or a part of one for subject (a
    statement or a report that says speaks for its author, read elsewhere).
    """
    words = _document_words()
    clause = None
    for found in words.verbs.finditer(art.masked, lo, hi):  # the last; most sentences hold none
        if not counted_noun(art.masked, found.start()):  # ("by one or more states": no verb)
            clause = found
    if clause is None:
        return None
    # "Article 4 provides that if one side is “attacked”, the other shall give aid “at once”": a that-clause is the
    # document's wording to its end, commas and all, unless a verb of saying takes over.
    if _CLAUSE_END.search(art.masked, clause.end(), hi) and not (
            _THAT_CLAUSE.match(art.masked, clause.end(), hi) and not any(
                not counted_noun(art.masked, c.start()) for c in any_cue().finditer(art.masked, clause.end(), hi))):
        return None
    verb, relative = clause.group(0), _RELATIVE.search(art.masked, max(lo, clause.start() - 20), clause.start())
    # "a treaty in June that obliges": the document's noun a few words before the relative pronoun; "The agreement
    # commits each country to", "The 2024 treaty between the two states commits": the head of its subject.
    at = relative.start() if relative is not None else clause.start()
    head = _subject_noun(art, words, lo, at, relative is not None)
    if head is None and relative is None and _IT.fullmatch(art.masked, lo, at):
        head = _antecedent(art, words, lo)  # "The key provision is Article 4. It provides that …"
    noun = head.word if head is not None else None
    if clause.group("say") is not None and not (noun in words.same or (
            noun in words.parts and _NUMBERED.match(art.masked, head.start + len(noun)))):
        # "The report says": its author speaks, not a treaty; "An article in Rodong Sinmun says": a newspaper's piece,
        # no part of a treaty unless numbered ("Article 4 says").
        return None
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
    # "signed a treaty that obliges", none named before: the document "the treaty" stands for (data/speakers.csv);
    # "the 2024 treaty …, whose Article 4 commits": for a part, the document the clause names before it.
    whole = _whole_of(art, words, lo, head.start) if noun in words.parts else noun
    before = _antecedent(art, words, lo) if whole is None else None
    if before is not None and before.word in words.documents:
        whole = before.word  # "The two signed the treaty in June. Its Article 4 obliges …": the treaty just named
    known = speaker_aliases().get(f"the {whole}") if whole is not None else None
    if known is None or known.kind != "document" or (before is not None and not _names_own(art, before, known.speaker)):
        return NOBODY
    return Said(known.speaker, noun, verb, clause.start())


def _names_own(art: Article, head: _Head, document: str) -> bool:
    """Whether the sentence before, whose ``head`` an "Its Article 4" stands for, names ``document`` itself: a mention
    resolved to it, the words of its name ("bound by a treaty on a comprehensive strategic partnership since June
    2024"), or a bare "the treaty" in a sentence with no year ("China and North Korea signed a friendship treaty in
    1961", "suspended the New START treaty" are other treaties)."""
    s = art.sents[art.sent_at(head.start)]
    if any(m.entity is not None and m.entity.name == document for m in art.account.between(s.start, s.end)):
        return True
    said = {w.group(0).lower() for w in LETTERS.finditer(art.masked, s.start, s.end)}
    own = {w for w in document.lower().split() if len(w) > _NAME_WORD and w != head.word}  # not "on", "the"
    if own and own <= said:
        return True
    return bool(_BARE_BEFORE.search(art.masked, s.start, head.start)) and not _YEAR.search(art.masked, s.start, s.end)


def _subject_noun(art: Article, words: _DocumentWords, lo: int, hi: int, relative: bool) -> _Head | None:
    """The document's or part's noun that heads the clause ending at ``hi``: before a relative pronoun, any in reach or
    one a phrase of its own parts from it ("the Treaty … with Russia, which"); else the last one before the verb that
    no preposition governs ("under the treaty"), with only a number ("Article 4"), a phrase of its own ("between the
    two states", "signed by both leaders in June") or an aside ("The treaty, signed in June,") after it, not another
    subject ("Under the treaty Russia commits") nor a verb of saying ("The treaty, he said, obliges")."""
    for w in reversed(list(LETTERS.finditer(art.masked, max(lo, hi - _SUBJECT_REACH), hi))):
        word = w.group(0).lower()
        if word not in words.parts and word not in words.documents:
            continue
        if relative and hi - w.end() <= _HEAD_REACH:
            return _Head(word, w.start())
        if not relative and _OBLIQUE.search(art.masked, max(lo, w.start() - _OBLIQUE_CHARS), w.start()):
            continue  # "Article 4 of the treaty": the part before it heads the subject
        if hi - w.end() > _HEAD_REACH and word not in words.parts | words.same:
            return None  # a letter or a statement far back has an author, read elsewhere: only a treaty reaches so far
        tail = _HEAD_TAIL.fullmatch(art.masked, w.end(), hi)
        if tail is None or (tail.group("comma") is not None and not relative) or _said_aside().search(art.masked, w.end(), hi):
            return None
        return _Head(word, w.start())
    return None


def _whole_of(art: Article, words: _DocumentWords, lo: int, part: int) -> str | None:
    """The noun of the document the clause names before a part of it at ``part`` ("the 2024 treaty …, whose
    Article 4"), else None."""
    found = [w.group(0).lower() for w in LETTERS.finditer(art.masked, lo, part)]
    return next((w for w in reversed(found) if w in words.documents), None)


def _antecedent(art: Article, words: _DocumentWords, lo: int) -> _Head | None:
    """The document or part the sentence before the one at ``lo`` ends on, which an opening "It" stands for ("The key
    provision is Article 4. It provides that …"); None when that sentence names no such noun, or names a person or a
    body after it ("Article 4 was drafted by the ministry. It requires …": "it" may be the ministry)."""
    k = art.sent_at(lo)
    if k == 0:
        return None
    prev = art.sents[k - 1]
    found = [w for w in LETTERS.finditer(art.masked, prev.start, prev.end)
             if w.group(0).lower() in words.parts or w.group(0).lower() in words.documents]
    if not found:
        return None
    last = found[-1]
    if any(m.entity is not None and m.entity.kind in ("person", "body") for m in art.account.between(last.end(), prev.end)):
        return None
    return _Head(last.group(0).lower(), last.start())
