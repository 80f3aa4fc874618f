"""The document that carries a claimant's figures: "a report by", "the latest annual study of" ….

Read by :mod:`~dossier.extractors.claims.claimant_names` (a claimant's name less
its document) and :mod:`~dossier.extractors.claims.estimate_claimants` (a cue's
object that names a document and perhaps no author).
"""
from __future__ import annotations

import functools
import re

from ...vocab import load_table
from .claimant_times import strip_times
from ..mentions.claimant_vocab import claimant_cues
from ...text.numbers import cues


def document_words(words: list[str]) -> int:
    """How many of ``words`` open "a report by", "the study from" …, before the claimant's name; else 0.

    The body that wrote a document (``claimant_cues.csv``, role
    ``document``) claims its figures: "according to a report by the Royal
    United Services Institute" credits the institute, and so does "the
    latest annual report of" it: up to two lower-case words before the
    document are its modifiers, whatever they are ("first", "leaked"), and a
    participle and a time may part it from its "by" ("a report published
    Thursday by").
    "of" names an author only before a name ("the report of the Korea
    Institute ...") or a description of one ("the report of the monitoring
    team", "the first report of a new 11-nation monitoring group"); before
    another noun it says what the document is about ("an analysis of
    satellite imagery").
    """
    at = document_at(words, _documents_and_claims())  # "the estimates of the General Staff" as "a report by"
    if at is None or len(words) <= at + 2:
        return 0
    joint = words[at + 1].lower()
    if joint in ("by", "from"):
        return at + 2
    if joint.endswith("ed") and words[at].lower() in claimant_cues("document") and (by := _agent_after(words, at + 2)) is not None:
        return by + 1  # "a report published Thursday by", "data compiled by": its participle's agent wrote it
    if joint == "of":
        name = words[at + 3:] if words[at + 2].lower() in ("the", "a", "an") else words[at + 2:]
        return at + 2 if name and (name[0][:1].isupper() or _describes(words[at + 2], name)) else 0
    return 0


_AGENT_WORDS = 3  # a participle's time before its "by": "published on Thursday by"


def _agent_after(words: list[str], start: int) -> int | None:
    """Where "by" stands among the few words from ``start``, with a name after it, else None."""
    for k in range(start, min(start + _AGENT_WORDS + 1, len(words) - 1)):
        if words[k].lower() == "by":
            return k
    return None


_DESCRIPTION_MODIFIERS = 4  # lower-case words before a description: "a new 11-nation sanctions monitoring group"
_DESCRIPTION_MODIFIER = re.compile(r"[a-z0-9][a-z0-9\-]*")


def _describes(article: str, name: list[str]) -> bool:
    """Whether an article and the one or two words of ``name`` after it, a modifier or two allowed before them,
    describe a claimant ("the report of the monitoring team", "the first report of a new 11-nation group"): a
    description is a body's, who wrote the document, where a noun of another kind is what it is about."""
    if article.lower() not in ("the", "a", "an"):
        return False
    descriptions = _descriptions()
    for skip in range(_DESCRIPTION_MODIFIERS + 1):
        if skip and not _DESCRIPTION_MODIFIER.fullmatch(name[skip - 1] if skip <= len(name) else ""):
            return False
        if any(" ".join(name[skip:skip + n]).lower().rstrip(".,;") in descriptions for n in (1, 2)):
            return True
    return False


@functools.cache
def _descriptions() -> frozenset[str]:
    return frozenset(load_table("claimant_descriptions.csv")["description"])


@functools.cache
def _documents_and_claims() -> frozenset[str]:
    return frozenset(claimant_cues("document")) | frozenset(w.lower() for w in cues("claim_noun"))


_MODIFIER_WORD = re.compile(r"[a-z][a-z\-]*")


def document_at(words: list[str], documents: frozenset[str] | None = None) -> int | None:
    """Where the document word of "a report", "the latest annual study" … stands in ``words``, else None; with
    ``documents``, one of those words instead."""
    i = 1 if words and words[0].lower() in ("a", "an", "the") else 0
    documents = claimant_cues("document") if documents is None else documents
    for k in range(i, min(i + 3, len(words))):
        if words[k].lower() in documents:
            return k
        if not _MODIFIER_WORD.fullmatch(words[k]) or words[k] in claimant_cues("affiliation"):
            return None
    return None


_OWNER_WORDS = 4  # words before a possessive and between it and its document ("the spy agency's latest annual report")
_POSSESSIVE = re.compile(r"['’]s?(?=[\s,.;]|$)")
_WORD = re.compile(r"\S+")


def owner_end(text: str) -> int | None:
    """Where the owner's words end in "the agency's report", "the NIS's latest assessment": at its possessive.

    None unless a claim noun (``estimate_cues.csv``, role ``claim_noun``) or a
    document word follows the possessive, after lower-case modifiers only: the
    owner gave the claim and is its source ("citing the agency's report").
    A time's possessive owns nothing ("Tuesday's briefing").
    """
    words = list(_WORD.finditer(text))
    for k, word in enumerate(words[:_OWNER_WORDS]):
        if (mark := _POSSESSIVE.search(word.group(0))) is None or mark.end() != len(word.group(0).rstrip(",.;")):
            continue
        for after in words[k + 1 : k + 1 + _OWNER_WORDS]:
            bare = after.group(0).rstrip(",.;")
            if bare.lower() in claimant_cues("document") or bare.lower() in cues("claim_noun"):
                phrase = text[: after.end()]  # "Tuesday's briefing": a time's, no one's
                return word.start() + mark.start() if strip_times(phrase) == phrase.strip() else None
            if not bare.islower():
                return None
        return None
    return None
