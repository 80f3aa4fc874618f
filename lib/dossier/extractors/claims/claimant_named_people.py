"""Someone unnamed given one name in their own clause claims by that name.

A call sign or a surname alone (``data/name_intros.csv``): "A gunner of a mortar crew, who gives his call sign as
“Heron”, told ..." is Heron, not the description or a place inside it, as the quotes read it too.  The clause is
the subject's own: it ends at the verb of saying after the words ("A medic said ..., and a driver who gives his
call sign as “Lynx” confirmed it": the medic is no Lynx), and at ", and" when the verb stands before them.
"""

from __future__ import annotations

from .claim_attribution import Attribution
from .claimant_names import kind, normalise
from ..mentions.back_references import named_only_after

_NEXT_CLAUSE = ", and "  # where a clause joined to the subject's begins


def named_only(sentence: str, a: Attribution, claimant: str | None) -> str | None:
    """The one name that someone unnamed, the words of ``a``, is given in their own clause; else None."""
    if not claimant or kind(claimant) not in (None, "unattributed") or normalise(a.text) is not None:
        return None
    lo = sentence.find(a.text, a.start, a.end + len(a.text))
    if lo < 0:
        return None
    # The subject's clause runs up to its verb, the end of the span of ``a`` when the words stand before it.
    end = a.end if a.how == "verb" and lo + len(a.text) < a.end else len(sentence)
    joined = sentence.find(_NEXT_CLAUSE, lo, end)
    return named_only_after(sentence[:end if joined < 0 else joined], lo)
