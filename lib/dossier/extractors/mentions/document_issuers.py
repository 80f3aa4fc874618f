"""Whether a name right before a document's noun names who issued it: "the JCS report", "a Joint Chiefs of Staff
(JCS) annual report", read as a possessive would be ("the JCS's report").

Quotes (``speech.quote_document_authors``) and figures (``claims.claim_issuers``) read the same phrase; each finds
the name its own way and asks :func:`modifies_document` whether it stands as the document's issuer.
"""

from __future__ import annotations

import re

__all__ = ["fits_before", "modifies_document"]

# What parts a name used as a modifier from the document's noun: its acronym in brackets and up to two lower-case
# modifiers ("a Joint Chiefs of Staff (JCS) annual report").
_NAME_MODIFIER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[a-z0-9][\w\-]*\s+){0,2}")
# The determiner (and a year or a word) that opens such a name's phrase; a name after "of" is part of a title or a
# longer name ("the Defense of Japan white paper" is no paper of Japan's government).
_DETERMINER = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+")
_DETERMINED = re.compile(rf"\b{_DETERMINER.pattern}(?:[a-z0-9][\w\-]*\s+)?\Z")
_IN_TITLE = re.compile(r"\bof\s+\Z")  # "The Future of the Pentagon study": the phrase is part of a title
# How far back from the name its determiner, and from the determiner an "of", may stand.
_DETERMINER_REACH = 20
_TITLE_REACH = 5


def fits_before(text: str, end: int, noun: int) -> bool:
    """Whether only what a name modifying a document's noun may carry (an acronym, two lower-case words) stands
    between a name ending at ``end`` and the noun at ``noun``."""
    return _NAME_MODIFIER.fullmatch(text, end, noun) is not None


def modifies_document(text: str, start: int, end: int, noun: int, lo: int = 0) -> bool:
    """Whether the name at ``text[start:end]`` modifies the document's noun at ``noun`` as its issuer: only an
    acronym or two lower-case words between them, a determiner opening the phrase (the name's own, "The Zelensky
    statement", or one before it), and no "of" before that (a title's words); ``lo`` bounds the look back."""
    if not fits_before(text, end, noun):
        return False
    det = _DETERMINED.search(text, max(lo, start - _DETERMINER_REACH), start)
    opens = det.start() if det is not None else start if _DETERMINER.match(text, start, end) else None
    return opens is not None and _IN_TITLE.search(text, max(lo, opens - _TITLE_REACH), opens) is None
