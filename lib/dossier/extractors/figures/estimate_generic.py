"""A count of a generic noun of materiel: "dozens of systems", "220 systems".

Reporting on weapons names them once ("Koksan self-propelled guns and 240-mm
rocket launchers") and then counts them by a word that says only that they
are weapons (``estimate_cues.csv``, role ``generic_noun``: systems;
:func:`generic_noun`).  Such a count counts the weapons last named before it
in its sentence or the one before, or those the figure before counted
(:func:`weapons_named`); with no weapon named there, it is none ("dozens of systems" of air defence, software or
anything else).
"""

from __future__ import annotations

from .estimate_mentions import mentioned
from .estimate_nouns import Counted
from ...text.numbers import cues

_MATERIEL = ("artillery_systems", "rockets", "missiles")  # what a generic noun of weapons may stand for
_DEMONSTRATIVES = frozenset({"of", "these", "those", "the", "such"})  # "several of these systems"
_REACH = 3  # tokens after a count read for its generic noun ("of these systems")


def names_generic(text: str) -> bool:
    """Whether ``text`` holds a generic noun of weapons at all: a cheap test before :func:`generic_noun`."""
    return any(noun in text for noun in cues("generic_noun"))


def generic_noun(after) -> bool:
    """Whether the noun right after a count, past "of these", is a generic one of weapons ("dozens of systems")."""
    generic = cues("generic_noun")
    for t in after[:_REACH]:
        if t.kind == "word" and t.word in generic:
            return True
        if t.kind != "word" or t.low not in _DEMONSTRATIVES:
            return False
    return False


def weapons_named(text: str, start: int, previous: str, last: Counted | None = None) -> Counted | None:
    """The weapons last named before ``start`` in ``text``, else in ``previous`` (the sentence before), else the
    weapons the figure before counted (``last``, within two sentences: "at least 15 Koksans were destroyed. [...]
    Even 220 systems would be a small addition"); None when none names any ("the ministry bought dozens of
    systems")."""
    for named in (mentioned(text, start, clause=False), mentioned(previous, len(previous), clause=False) if previous else None,
                  last):
        if named is not None and named.category in _MATERIEL:
            return Counted(named.category, named.subtype, (), named.noun)
    return None
