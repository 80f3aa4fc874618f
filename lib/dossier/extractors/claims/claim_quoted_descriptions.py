"""A body's description that is a subject inside a quotation: a source the speaker names, as a name would be.

"Rep. Kim told reporters that \"the intelligence authorities assess that about 2,000 were killed\"": the lawmaker
quotes whose assessment he passes on; the spy agency is its source as "the NIS assesses" would make it. A pronoun
("it", "they") or a possessive ("our ministry") in the speaker's words is the speaker's own side and names no
other source; only "the" and a description of a body (data/claimant_descriptions.csv) does.
"""

from __future__ import annotations

from .claim_attribution import Attribution
from .claimant_names import cleaned
from .claimant_phrases import PRONOUNS, descriptions


def names_a_described_body(a: Attribution) -> bool:
    """Whether the anaphoric attribution ``a`` is "the" and a body's description ("the spy agency")."""
    if not a.text.lower().startswith("the "):
        return False
    clean = cleaned(a.text)
    return clean not in PRONOUNS and bool(descriptions().get(clean, frozenset()) - {"person"})
