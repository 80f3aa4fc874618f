"""An acronym the article defined before: "Ukraine's Special Operations Forces (SSO) ... The SSO said" is the forces.

A claimant written as an acronym no vocabulary knows is the body whose name the article wrote with that acronym in
brackets after it, in its sentence or one before, when the vocabularies know that name.  An article's definitions are
read in one pass, and only when such an acronym is first met.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .claimant_names import normalise
from ...text.words import UPPER

_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")  # "SSO", "HUR", "GUR": letters only, as bodies are abbreviated
_DEFINED = re.compile(r"\(([A-Z][A-Z&]{1,6})\)")
# The words of a name before its bracket: capitalised words, a state's possessive, and the small words between them.
_NAME_BEFORE = re.compile(rf"((?:{UPPER}[\w\-]*(?:['’]s)?\s+(?:(?:of|for|and|the|on)\s+)*){{1,8}})$")
_NAME_CHARS = 120  # characters of a body's full name before its acronym


class Definition(NamedTuple):
    """Where an acronym was defined (the sentence's index) and the claimant its name is, or None if none is known."""

    sentence: int
    claimant: str | None


def unknown_acronym(claimant: str | None) -> bool:
    """Whether ``claimant`` is written as an acronym that no vocabulary knows ("SSO")."""
    return bool(claimant) and _ACRONYM.fullmatch(claimant) is not None and normalise(claimant) is None


def acronym_definitions(texts: list[str]) -> dict[str, list[Definition]]:
    """Every acronym the sentences ``texts`` define in brackets after a name, in order."""
    out: dict[str, list[Definition]] = {}
    for j, text in enumerate(texts):
        if "(" not in text:
            continue  # most sentences define nothing
        for m in _DEFINED.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, m.start() - _NAME_CHARS), m.start())
            words = name.group(1).strip() if name is not None else ""
            out.setdefault(m.group(1), []).append(Definition(j, normalise(words) if words else None))
    return out


def defined_acronym(definitions: dict[str, list[Definition]], k: int, claimant: str) -> str | None:
    """The claimant whose name sentence ``k`` or one before defined the acronym ``claimant`` for, latest first;
    else None."""
    return next((d.claimant for d in reversed(definitions.get(claimant, [])) if d.sentence <= k), None)
