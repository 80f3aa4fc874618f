"""A part taken from a whole: "6,000 of the 14,000 men deployed had been killed".

The part counts what the whole's noun and verb say (a loss); the whole is the
force the part is taken from, never the loss itself (:func:`partitives`).
"One" picks a person out of a whole whose loss is its own ("one of two
soldiers taken prisoner": two captured, and "one" no figure).
Used by :mod:`dossier.extractors.figures.estimates` once it has read each figure.
"""

from __future__ import annotations

import re

from .estimate_losses import JOIN, interviewed
from .estimate_nouns import Counted
from ...text.numbers import Quantity, cues


def partitives(text: str, quantities: list[Quantity], read: list[Counted | None]) -> None:
    """Read each part of a whole ("6,000 of the 14,000 men deployed had been killed") in place.

    The part counts what the whole's noun and verb say (a loss); the whole
    is the force the part is taken from, never the loss itself.
    """
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        if b.start - a.end > JOIN or not _joins_a_part(text[a.end : b.start]):
            continue
        part, whole = read[i], read[i + 1]
        if whole is None and interviewed(text, b):
            read[i] = None  # "two of the three men Meduza interviewed": a part of a report's sources
            continue
        if part is None and a.low == 1 and whole is not None and whole.category == "casualties" and _own_loss(text, b):
            continue  # "one of two soldiers taken prisoner": the two are the loss; "one" picks one of them out
        # The whole's noun may be left out ("about 1,000 of the 11,000 have been killed"): a loss is of troops.
        if whole is not None and whole.category == "casualties" and whole.noun in ("troops", "persons", None):
            read[i] = part or whole
            read[i + 1] = Counted("troops", None, whole.items, "troops")
        elif whole is None and part is not None and part.category in ("troops", "casualties") and b.kind == "count":
            read[i + 1] = Counted("troops", None, (), "troops")  # "4,100 wounded out of roughly 15,000 sent"
        elif part is None and whole is not None and whole.category not in ("troops", "casualties") and a.kind == "count":
            read[i] = whole  # "about 20 of the 170 self-propelled guns were destroyed": 20 guns
        elif part is None and whole is not None and whole.category == "troops" and a.kind == "count" and a.scaled:
            # "about 9,000 of the 11,000 troops sent are now in Kursk": a part of a force written large is troops too
            # (a small one picks people out: "two of the 12 men spoke Russian").
            read[i] = Counted("troops", None, whole.items, whole.noun)


_PART_NOUN = 3  # words of the part's own noun before the join ("4,100 wounded out of 15,000")


def _joins_a_part(gap: str) -> bool:
    words = gap.lower().split()
    for join in cues("partitive"):
        n = join.count(" ") + 1
        if len(words) >= n and " ".join(words[-n:]) == join and len(words) - n <= _PART_NOUN:
            return all(w.isalpha() for w in words)
    return False


def _own_loss(text: str, whole: Quantity) -> bool:
    """Whether the loss read for ``whole`` is its own: a participle after its noun ("two soldiers taken prisoner
    by Ukraine"), with no auxiliary in the rest of its clause (``estimate_cues.csv``, role ``passive``, value aux)
    that would make the loss a verb of the part ("one of the two soldiers was killed": one killed)."""
    clause = _CLAUSE_END.split(text[whole.end :], 1)[0]
    auxiliaries = {w for w, v in cues("passive").items() if v == "aux"}
    return not any(w in auxiliaries for w in clause.lower().split())


_CLAUSE_END = re.compile(r"[,;:.!?()—–]")


def ordinal_part_before(before) -> bool:
    """Whether an ordinal of a part and "of" stand right before a figure ("the first of", "a second of")."""
    last = before[-2:]
    return len(last) == 2 and last[1].low == "of" and last[0].low in cues("ordinal_part")
