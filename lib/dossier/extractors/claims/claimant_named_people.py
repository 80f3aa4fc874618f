"""Someone unnamed given one name in their own clause claims by that name.

A call sign or a surname alone (``data/name_intros.csv``): "A commander of an artillery unit, who gives his call
sign as “Sova”, told ..." is Sova, not the description or a place inside it, as the quotes read it too.
"""

from __future__ import annotations

from .claim_attribution import Attribution
from .claimant_names import kind, normalise
from ..mentions.back_references import named_only_after


def named_only(sentence: str, a: Attribution, claimant: str | None) -> str | None:
    """The one name that someone unnamed, the words of ``a``, is given in their own clause; else None."""
    if not claimant or kind(claimant) not in (None, "unattributed") or normalise(a.text) is not None:
        return None
    lo = sentence.find(a.text, a.start, a.end + len(a.text))
    return named_only_after(sentence, lo) if lo >= 0 else None
