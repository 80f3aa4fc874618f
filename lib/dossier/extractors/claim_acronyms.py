"""An acronym the article defined before: "Ukraine's Special Operations Forces (SSO) ... The SSO said" is the forces.

A claimant written as an acronym no vocabulary knows is the body whose name the article wrote with that acronym in
brackets after it, in its sentence or one before, when the vocabularies know that name.
"""

from __future__ import annotations

import re

from .claimant_names import normalise

_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")  # "SSO", "HUR", "GUR": letters only, as bodies are abbreviated
# The words of a name before its bracket: capitalised words, a state's possessive, and the small words between them.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w\-]*(?:['’]s)?\s+(?:(?:of|for|and|the|on)\s+)*){1,8})$")
_NAME_CHARS = 120  # characters of a body's full name before its acronym


def defined_acronym(texts: list[str], k: int, claimant: str | None) -> str | None:
    """The claimant whose name sentence ``k`` or one before wrote with the acronym ``claimant`` in brackets, when
    ``claimant`` is an acronym no vocabulary knows; else None."""
    if not claimant or _ACRONYM.fullmatch(claimant) is None or normalise(claimant) is not None:
        return None  # most claimants are no unknown acronym
    bracket = f"({claimant})"
    for j in range(k, -1, -1):
        at = texts[j].find(bracket)
        if at < 0:
            continue  # most sentences define nothing
        m = _NAME_BEFORE.search(texts[j], max(0, at - _NAME_CHARS), at)
        name = m.group(1).strip() if m is not None else ""
        return normalise(name) if name else None
    return None
