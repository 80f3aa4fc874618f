"""A sentence that credits the sentences before it: "... killing three people. This was reported by the prosecutors."

Ukrainian and Russian outlets, and their English editions, state the news
first and its source after: "This was stated by the head of HUR, Kyrylo
Budanov", "This was announced by the Security Council secretary".  Such a
sentence (``data/claimant_cues.csv``, role ``back_passive``) credits its
agent with the figures no attribution claims in the sentences before it in
its paragraph, or, when it opens a paragraph, in the whole paragraph before.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ..mentions.claimant_vocab import claimant_cues

# "This was stated by", "That is reported by", "This was announced on Friday by": the agent's words follow "by".
_OPENING = ("This ", "That ")


@functools.cache
def _back_passive() -> re.Pattern:
    verbs = alternation(claimant_cues("back_passive"))
    return re.compile(rf"\s*(?:This|That)\s+(?:was|is|has\s+been)\s+(?:{verbs})\s+(?:[^,.;]{{1,30}}?\s+)?by\s+(?=\S)")


def agent_start(text: str) -> int | None:
    """Where the agent's words start in a sentence "This was stated by X", else None."""
    if not text.lstrip().startswith(_OPENING):
        return None  # nearly every sentence
    m = _back_passive().match(text)
    return m.end() if m is not None else None


def crediting_sentence(texts: list[str], paragraphs: list[int] | None, k: int) -> tuple[int, int] | None:
    """(sentence, offset of its agent) of the "This was stated by X" that credits sentence ``k``: later in ``k``'s
    paragraph, or opening the paragraph right after it; None when there is none."""
    if paragraphs is None:
        return None
    j = k + 1
    while j < len(texts) and paragraphs[j] == paragraphs[k]:
        if (at := agent_start(texts[j])) is not None:
            return j, at
        j += 1
    if j < len(texts) and paragraphs[j] == paragraphs[k] + 1 and (at := agent_start(texts[j])) is not None:
        return j, at
    return None


@functools.cache
def _occasion() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(claimant_cues('occasion'))})\s", re.IGNORECASE)


def agent_words(text: str, at: int) -> str:
    """The agent's words from ``at`` to the sentence's end, less the occasion after them (role ``occasion``): "Sergei
    Shoigu after talks with Kim Jong Un" is Shoigu."""
    m = _occasion().search(text, at)
    return text[at : m.start()] if m is not None else text[at:]
