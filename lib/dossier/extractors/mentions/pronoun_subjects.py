"""Who a person's pronoun cannot stand for: someone named only inside another's quoted words.

“Kim decided to send 1,000 deminers,” he said: the speaker quotes Kim, he is not Kim.  The writer's "he" and "she"
outside quotation marks take up a person the writer names, never one named in the words quoted (quotes read with
their words masked never see such a name; claims read the article whole).

:class:`~dossier.extractors.mentions.discourse_antecedents.Antecedents` asks these when it reads a pronoun.
"""

from __future__ import annotations

import bisect

from ...text.quote_marks import find_marked
from .mention_forms import Mention


class QuotedSpans:
    """Where the quoted words of a text are, found when first asked: a pronoun outside them never stands for a person
    named inside them."""

    def __init__(self, text: str):
        self._text = text
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    def holding(self, pos: int) -> tuple[int, int] | None:
        """The quoted words ``pos`` lies inside, if any."""
        if self._spans is None:
            self._spans = sorted(part for q in find_marked(self._text) for part in q.parts)
            self._starts = [s for s, _ in self._spans]
        i = bisect.bisect_right(self._starts, pos) - 1
        return self._spans[i] if i >= 0 and pos < self._spans[i][1] else None


def quoted_apart(quoted: QuotedSpans, m: Mention, pos: int) -> bool:
    """Whether ``m`` is named inside quoted words that a pronoun at ``pos``, outside them, cannot reach into.  A name
    the writer sets in marks alone (call sign “Tundra”) is no one's quoted words: its bearer may be the pronoun's."""
    span = quoted.holding(m.start)
    return span is not None and (span[0], span[1]) != (m.start, m.end) and quoted.holding(pos) is None
