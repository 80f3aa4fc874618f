"""A verb's subject that ends in a quotation mark: the quotation's last words, or a name the writer puts in quotation
marks.

'"..., a loss for Oslo," said X': the words before "said" close a quotation, and its speaker follows the verb.
'The British "Ministry of Defence" said': the subject is the whole quoted name with the words before it, written
without its marks, not the last word and a stray mark ('Defence"').  Used by
:mod:`~dossier.extractors.claims.estimate_claimants` for its verbs' subjects.
"""

from __future__ import annotations

from typing import NamedTuple

from .claimant_phrases import words_back

_QUOTE_CLOSERS = frozenset(",?!")  # what ends a quotation's last words before its closing mark
_OPENING = {'"': '"', "”": "“"}  # a closing mark and the mark that opens its quotation
_QUOTED_REACH = 60  # characters back from a closing mark that a quoted name may start


class Subject(NamedTuple):
    start: int
    who: str


def quoted_subject(sentence: str, start: int, end: int, who: str) -> Subject:
    """The subject ``who`` (``sentence[start:end]``, stripped) read past its quotation marks; as given if it ends
    in none."""
    closing = who[-1:]
    if closing not in _OPENING:
        return Subject(start, who)
    if who[-2:-1] in _QUOTE_CLOSERS:
        return Subject(end, "")  # the quotation's last words: its speaker follows the verb
    close = sentence.rfind(closing, 0, end)
    opened = sentence.rfind(_OPENING[closing], max(0, close - _QUOTED_REACH), close)
    if opened < 0 or not sentence[opened + 1 : close].strip():
        return Subject(start, who)
    before = sentence[:opened].rstrip()
    lead = words_back(sentence, len(before)) if before else opened
    inner = sentence[opened + 1 : close].strip()
    if lead >= len(before):
        return Subject(opened + 1, inner)
    return Subject(lead, f"{sentence[lead:len(before)]} {inner}")
