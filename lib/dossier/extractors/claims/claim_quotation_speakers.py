"""Who speaks a quotation: the attribution just after its closing mark, else one before it, else one a few sentences on.

A quotation standing alone, or left open over sentences with no one named
after it, goes on from the one before it and is its speaker's.
:class:`~dossier.extractors.claims.estimate_claims.ArticleClaims` asks it
for the speaker of a quotation a figure stands in.
"""

from __future__ import annotations

import bisect

from .claim_attribution import Attribution, nearest
from .claim_relays import span_holding
from .claim_resolve import ArticleResolver
from .claim_sentence import NEIGHBOURS

_AHEAD = 3  # sentences searched ahead for the speaker of a quotation left open
_MARK_GAP = 4  # characters between a closing quotation mark and the attribution it ends with ('," she said')


class QuotationSpeakers(ArticleResolver):
    """The claims resolver of one article, finding also the speaker of each quotation in its sentences."""

    def quotation_speaker(self, k: int, spans: list[tuple[int, int]], quote: tuple[int, int]) -> tuple[int, Attribution] | None:
        """The sentence and attribution of a quotation's speaker.

        The attribution right after its closing mark ("...," Park said),
        else one before it in the sentence ("Kim told the crowd that "...""),
        else the nearest outside it; for a quotation left open at the
        sentence's end, the attribution after its close a few sentences on.
        """
        read, text = self.read(k), self.texts[k]
        # Only the attributions just about the quotation: those further off are never its speaker's.
        lo = bisect.bisect_left(read.verb_starts, quote[0])
        hi = bisect.bisect_left(read.verb_starts, quote[1])
        around = read.verbs[max(0, lo - NEIGHBOURS) : lo] + read.verbs[hi : hi + NEIGHBOURS]
        outside = [a for a in around if not span_holding(spans, a.start, a.end)]
        right_after = [a for a in outside if 0 <= a.start - quote[1] <= _MARK_GAP]
        before = [a for a in outside if a.end <= quote[0]]
        if right_after or before or outside:
            return k, (right_after or before[-1:] or [nearest(outside, *quote)])[0]
        if quote[1] < len(text):
            # A quotation standing alone goes on from the one before it: its speaker's.
            return self.speaker_before(k) if quote[0] <= 1 else None
        for j in range(k + 1, min(len(self.texts), k + 1 + _AHEAD)):
            later = self.read(j).spans
            if later and later[0][0] == 0:
                after = [a for a in self.read(j).verbs if a.start >= later[0][1]]
                if after:
                    return j, after[0]
                break
        # Closed with no attribution after it: a quotation that opens its sentence goes on from the one before.
        return self.speaker_before(k) if quote[0] <= 1 else None

    def speaker_before(self, k: int) -> tuple[int, Attribution] | None:
        """The speaker of the quotation that a quotation opening sentence ``k`` goes on from: the last attribution
        outside the quotations of the sentence before, passing over sentences that are all quotation
        ('"... the year," Budanov said. "There are already 11,000 there. Around 3,000 of them are gunners."')."""
        inside = False  # passed a sentence with no marks, which a quotation left open before it holds
        for j in range(k - 1, max(-1, k - 1 - _AHEAD), -1):
            prev = self.read(j).spans
            if not prev:
                inside = True
                continue
            left_open = prev[-1][1] >= len(self.texts[j].rstrip()) - 1
            if inside and not left_open:
                return None  # the sentences passed were the writer's own
            said = [a for a in self.read(j).verbs if not span_holding(prev, a.start, a.end)]
            if said:
                return j, said[-1]
            if prev[0][0] > 1 or not left_open:
                return None  # words of the writer's own, and no one said
            inside = False
        return None
