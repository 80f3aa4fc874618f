"""The document that carries a claimant's figures: "a report by", "the latest annual study of" ….

Read by :mod:`~dossier.extractors.claimant_names` (a claimant's name less
its document) and :mod:`~dossier.extractors.estimate_claimants` (a cue's
object that names a document and perhaps no author).
"""
from __future__ import annotations

import functools
import re

from ..vocab import load_table


@functools.cache
def _cue_terms(role: str) -> frozenset[str]:
    t = load_table("claimant_cues.csv")
    return frozenset(t.loc[t["role"] == role, "term"])


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
    team"); before another noun it says what the document is about ("an
    analysis of satellite imagery").
    """
    at = document_at(words)
    if at is None or len(words) <= at + 2:
        return 0
    joint = words[at + 1].lower()
    if joint in ("by", "from"):
        return at + 2
    if joint.endswith("ed") and (by := _agent_after(words, at + 2)) is not None:
        return by + 1  # "a report published Thursday by", "data compiled by": its participle's agent wrote it
    if joint == "of":
        name = words[at + 3:] if words[at + 2].lower() == "the" else words[at + 2:]
        return at + 2 if name and (name[0][:1].isupper() or _describes(words[at + 2], name)) else 0
    return 0


_AGENT_WORDS = 3  # a participle's time before its "by": "published on Thursday by"


def _agent_after(words: list[str], start: int) -> int | None:
    """Where "by" stands among the few words from ``start``, with a name after it, else None."""
    for k in range(start, min(start + _AGENT_WORDS + 1, len(words) - 1)):
        if words[k].lower() == "by":
            return k
    return None


def _describes(article: str, name: list[str]) -> bool:
    """Whether "the" and the one or two words of ``name`` after it are a description of a claimant named before
    ("the report of the monitoring team")."""
    if article.lower() != "the":
        return False
    descriptions = _descriptions()
    return any(" ".join(name[:n]).lower().rstrip(".,;") in descriptions for n in (1, 2))


@functools.cache
def _descriptions() -> frozenset[str]:
    return frozenset(load_table("claimant_descriptions.csv")["description"])


_MODIFIER_WORD = re.compile(r"[a-z][a-z\-]*")


def document_at(words: list[str]) -> int | None:
    """Where the document word of "a report", "the latest annual study" … stands in ``words``, else None."""
    i = 1 if words and words[0].lower() in ("a", "an", "the") else 0
    documents = _cue_terms("document")
    for k in range(i, min(i + 3, len(words))):
        if words[k].lower() in documents:
            return k
        if not _MODIFIER_WORD.fullmatch(words[k]) or words[k] in _cue_terms("affiliation"):
            return None
    return None
