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

from .estimate_mentions import NAMED_ARMS, mentioned
from .estimate_nouns import Counted
from .estimate_tokens import tokenize
from ...text.numbers import cues

_DEMONSTRATIVES = frozenset({"of", "these", "those", "the", "such"})  # "several of these systems"
_REACH = 5  # tokens after a count read for its generic noun ("of these systems", "of the long-range systems")
_DESCRIBED = 2  # words describing the weapons before their generic noun ("of the new heavy systems")


def names_generic(text: str) -> bool:
    """Whether ``text`` holds a generic noun of weapons at all: a cheap test before :func:`generic_noun`."""
    return any(noun in text for noun in cues("generic_noun"))


def generic_noun(after) -> bool:
    """Whether the noun right after a count, past "of these" and a word or two describing it, is a generic one of
    weapons ("dozens of systems", "120 of the long-range systems")."""
    generic, described = cues("generic_noun"), 0
    for t in after[:_REACH]:
        if t.kind == "word" and t.word in generic:
            return True
        if t.kind != "word":
            return False
        if t.low not in _DEMONSTRATIVES:
            # "120 of the long-range systems", "such heavy systems": a word or two describing them, one that says
            # what they are like (role ``arms_describer``) or a compound ("long-range"); "40 computer systems" is
            # a noun of its own before "systems"
            if "-" not in t.low and t.low not in cues("arms_describer"):
                return False
            described += 1
            if described > _DESCRIBED:
                return False
    return False


def weapons_named(text: str, start: int, previous: str, last: Counted | None = None,
                  kinds: frozenset[str] = NAMED_ARMS) -> Counted | None:
    """The weapons of ``kinds`` last named before ``start`` in ``text``, else in ``previous`` (the sentence before),
    else the weapons the figure before counted (``last``, within two sentences: "at least 15 Koksans were destroyed.
    [...] Even 220 systems would be a small addition"); None when none names any ("the ministry bought dozens of
    systems").  By default the arms a generic noun of weapons stands for, never the ammunition named with them."""
    for named in (mentioned(text, start, clause=False, kinds=kinds),
                  mentioned(previous, len(previous), clause=False, kinds=kinds) if previous else None):
        if named is not None and named.category in kinds:  # a longer term may hold the noun found ("rocket")
            return named
    return last._replace(items=()) if last is not None and last.category in kinds else None


def numbers_generic(text: str, start: int) -> bool:
    """Whether a noun naming a figure of a generic noun of weapons stands in the clause before ``start``: "put the
    number of such systems at more than 200", "the total of these systems has reached 150" (role ``total``)."""
    tokens = tokenize(text[max(0, start - _TOTAL_CHARS) : start])
    totals = cues("total")
    for i in range(len(tokens) - 2):
        if tokens[i].word in totals and tokens[i + 1].low == "of" and generic_noun(tokens[i + 2 :]):
            return True
    return False


_TOTAL_CHARS = 120  # characters before a figure read for "the number of such systems"
