"""A unit lost, restated by its men after a dash: "had lost up to a battalion — several hundred men —".

A count set off by a dash right after a clause whose verb is a side's loss of
a unit (``estimate_cues.csv``, role casualty before a formation's noun:
"lost a battalion", "lost two companies") gives how many men that unit was:
the men are the loss, killed or wounded, not a force's strength.  A dash after
a clause of other verbs ("sent a brigade – 3,000 men") leaves the count to
what its own words say.  The unit must be the verb's object: only a hedge
("up to", "almost") and words of role lost_unit_words ("a", "an", "its",
"entire") stand between them, so "lost ground to a battalion – 600 men" is
no loss of that battalion.
"""

from __future__ import annotations

from .estimate_nouns import is_formation
from .estimate_tokens import DASHES
from ...text.number_values import number_words
from ...text.numbers import cues, hedge_phrases

_REACH = 20  # tokens before the dash read for the loss verb and its unit ("lost “up to a battalion” in fighting near")
_BREAKS = frozenset(",;:.!?")


def unit_lost(before) -> str | None:
    """The casualty subtype of the loss a dashed count restates (``before``: its tokens, ending in the dash), else None."""
    if not before or before[-1].text not in DASHES:
        return None  # most figures
    window = before[-_REACH:-1]
    start = max((i + 1 for i, t in enumerate(window) if t.kind == "punct" and t.text in _BREAKS), default=0)
    clause = window[start:]
    verbs = cues("casualty")
    for i, t in enumerate(clause):
        if t.kind == "word" and t.low in verbs and t.low in cues("side_loss"):
            words = [u.low for u in clause[i + 1 :] if u.kind == "word"]
            at = next((k for k, w in enumerate(words) if is_formation(w)), None)
            if at is not None and _only_determines(words[:at]):
                return verbs[t.low]  # "lost up to a battalion of infantry —"
    return None


def _only_determines(words: list[str]) -> bool:
    """Whether ``words``, between a loss verb and a unit, are a hedge and words that only determine the unit."""
    text = " ".join(words)
    hedges = [h.lower() for h in hedge_phrases()["before"]]
    hedge = max((h for h in hedges if text == h or text.startswith(h + " ")), key=len, default="")
    rest = words[len(hedge.split()) :]
    return all(w in cues("lost_unit_words") or w in number_words()["unit"] for w in rest)
