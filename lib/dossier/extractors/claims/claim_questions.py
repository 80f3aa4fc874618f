"""A question put to someone, whose figures are the asker's: "Asked whether 3,000 soldiers had died, Peskov said ...".

The one who answers after the comma claims nothing in the question: its
figures are the asker's, a reporter's unless "by" names who asked ("Asked
by Reuters whether ...").  The words are ``data/claimant_cues.csv``'s, roles
``asking`` (the participle that opens the question) and ``question_word``
(what opens the question's own clause).  Part of reading a sentence's
attributions (:mod:`~dossier.extractors.claims.estimate_claimants`).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from .claim_attribution import Attribution
from .claimant_names import normalise
from ..mentions.claimant_vocab import claimant_cues

ASKER = "reporter"  # who puts a question no one is named for: the press
_UNATTRIBUTED = "unattributed reports"


@functools.cache
def _question() -> re.Pattern:
    # "Asked whether", "When asked by a reporter if", "Questioned about": the question runs to the comma that ends
    # the clause (a space after it, so never the comma inside "3,000").
    asking, words = alternation(claimant_cues("asking")), alternation(claimant_cues("question_word"))
    return re.compile(
        rf"(?:when\s+)?(?:{asking})(?:\s+by\s+(?P<by>[^,]{{1,60}}?))?\s+(?P<word>{words})\b[^;:]*?,\s", re.IGNORECASE)


QUESTION = "question"  # the ``how`` of an asker's attribution


def asked_attributions(sentence: str, low: str | None) -> list[Attribution]:
    """The question that opens ``sentence`` (``low``: the sentence lower-cased, or None where it could not be), as an
    attribution to its asker over its opening words ("Asked whether"): see :func:`question_end` for its figures."""
    if not (low if low is not None else sentence[:20].lower()).startswith(("asked ", "when asked ", "questioned ", "when questioned ")):
        return []  # nearly every sentence: a look at its first word is all it costs
    m = _question().match(sentence)
    if m is None:
        return []
    asker = ASKER
    if m.group("by") and (named := normalise(m.group("by"))) not in (None, _UNATTRIBUTED):
        asker = named
    end = m.end("word")  # "Asked whether", "When asked by Reuters if": the figures are after it
    return [Attribution(0, end, sentence[:end], asker, how=QUESTION)]


def question_end(sentence: str) -> int:
    """Where the question opening ``sentence`` ends (its comma), or -1: a figure before it is the asker's."""
    m = _question().match(sentence)
    return m.end() - 2 if m else -1
