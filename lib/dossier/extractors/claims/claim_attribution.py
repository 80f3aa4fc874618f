"""One attribution of a figure in a sentence, the claim it makes, and where attributions stand among a sentence's spans."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple


class Claim(NamedTuple):
    """Who claims a figure: the canonical claimant, the words naming it, and the relay passing it on."""

    claimant: str | None
    text: str | None
    via: str | None = None


class Attribution(NamedTuple):
    """One attribution in a sentence: its span, the words naming the claimant, and the claimant."""

    start: int
    end: int
    text: str
    claimant: str | None
    anaphor: bool = False
    # "cue" ("according to X"), "noun" ("Seoul's estimate"), "verb" ("X said") or "impersonal" ("is believed to")
    how: str = "verb"



class Spans:
    """Whether an offset falls in one of some spans: a bisection over their starts, not a scan of them all."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # The furthest end of the spans up to each one: a long span that starts early is not missed.
        self.reach, far = [], -1
        for _, e in self.spans:
            far = max(far, e)
            self.reach.append(far)

    def __call__(self, x: int) -> bool:
        if not self.spans:
            return False
        i = bisect.bisect_right(self.starts, x) - 1
        while i >= 0 and self.reach[i] > x:
            if self.spans[i][1] > x:
                return True
            i -= 1
        return False



def nearest(found: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution closest to the span ``start:end``; one before it wins a tie."""
    if not found:
        return None

    def gap(a: Attribution):
        if a.end <= start:
            return (start - a.end, 0)
        if a.start >= end:
            return (a.start - end, 1)
        return (0, 0)

    return min(found, key=gap)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# What may stand between a reporting verb's subject and "according to him" in the clause it reports: no clause
# of another subject's ("; ", ": ") and no quotation.
_REPORTED = re.compile(r"[^;:\"“”]{0,80}")


def without_teller_pronouns(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` less "according to him" inside the clause a reporting verb before it reports ("An official told
    Kommersant that, according to him, up to 2,000 ..."): the pronoun is that verb's subject, who claims the figure."""
    if len(found) < 2:
        return found
    drop = {i for i in range(1, len(found)) if found[i].how == "cue" and found[i].anaphor
            and found[i].text.lower() in _OBJECT_PRONOUNS and found[i - 1].how == "verb"
            and _REPORTED.fullmatch(sentence, found[i - 1].end, found[i].start) is not None}
    return [a for i, a in enumerate(found) if i not in drop] if drop else found
