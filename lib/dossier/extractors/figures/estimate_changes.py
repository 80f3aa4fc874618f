"""A change between two figures: "the contingent grew from 11,000 to about 14,000".

"from X to Y" after a verb of change (``data/estimate_cues.csv``, role
``change``) states two figures of one count, its earlier and its later value,
not a range: each is its own estimate (:func:`split_changes`), and both count
what either one's noun or predicate says (:func:`read_changes`).  "Estimates
ranged from 11,000 to 12,000" is a range: "ranged" is no change.
"""

from __future__ import annotations

import re

from .estimate_nouns import Counted
from ...text.numbers import Quantity, cues, previous_word
from ...text.quantities import find_quantities

_REACH = 4  # words before "from" searched for the verb of change ("raised its estimate sharply from")
_GAP = 6  # words between the two figures, "to" included ("from about 11,000 in late 2024 to some 15,000")
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)


def _after_change(text: str, start: int) -> bool:
    """Whether the words before ``start`` are "from" and, a few words before it, a verb of change."""
    if previous_word(text, start).lower() != "from":
        return False
    words = text[: text.rfind("from", 0, start)].lower().split()[-_REACH:]
    return any(w.strip(",") in cues("change") for w in words)


def split_changes(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities``, with each range "X to Y" that states a change read as its two figures."""
    if "from" not in text or not any(q.hedge == "range" for q in quantities):
        return quantities  # most sentences: no change, and no word to read
    out = []
    for q in quantities:
        to = _TO.search(text, q.start, q.end) if q.hedge == "range" else None
        parts = (find_quantities(text[q.start : to.start()]), find_quantities(text[to.end() : q.end])) if to else ()
        # "rose from 10 to 12 million": the scale written once is both ends', so the range is read whole.
        if parts and all(len(p) == 1 for p in parts) and parts[0][0].low == q.low and _after_change(text, q.start):
            first, second = parts[0][0], parts[1][0]
            out += [first._replace(start=q.start + first.start, end=q.start + first.end),
                    second._replace(start=to.end() + second.start, end=to.end() + second.end)]
        else:
            out.append(q)
    return out


def read_changes(text: str, quantities: list[Quantity], read: list[Counted | None]) -> None:
    """Read both figures of each change in place as counting one thing.

    The later figure's reading wins ("grew from 11,000 to about 14,000
    troops": its noun), else the earlier's ("the contingent grew from 11,000
    to 14,000"); a change is of a whole force, so never ``reinforcements``.
    """
    if "from" not in text:
        return
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        if read[i] is None and read[i + 1] is None:
            continue
        gap = text[a.end : b.start].lower().split()
        if not gap or gap[-1] != "to" or len(gap) > _GAP or any(c in w for w in gap for c in ",.;:()"):
            continue
        if not _after_change(text, a.start):
            continue
        counted = read[i + 1] or read[i]
        if counted.category == "troops" and counted.subtype == "reinforcements":
            counted = counted._replace(subtype=None)
        read[i] = read[i + 1] = counted
