"""Counts that count no one: a figure that picks people or things out, or gives what each one of something takes.

"one of the prisoners", "the two men last met in 2019", "each container can
hold up to 1,400 shells", "a city of 3 million": read by
:mod:`~dossier.extractors.figures.estimates` before a figure is kept.
"""

from __future__ import annotations

import functools

from ...text.words import plural
from .estimate_held import held_captive
from .estimate_nouns import counted_terms
from .estimate_one import is_one_of
from .estimate_specs import FEW_TURNS, INDEFINITE, a_capacity, a_load_aboard
from ...text.numbers import Quantity, cues


def counts_no_one(q: Quantity, before, after, text: str = "") -> bool:
    """Whether the count ``q``, with the tokens ``before`` and ``after`` it, picks out people or things rather than
    counting them: "one of the prisoners", "the two men last met in 2019"; or gives what each one of something
    takes: "each container can hold up to 1,400 shells", "it carries 12 rounds on board"."""
    window = text[max(0, q.start - _CAPACITY_CHARS) : q.start]
    return (is_one_of(q, after) or _refers_back(q, before, after) or a_capacity(window, before)
            or window.rstrip().endswith(_unit_size_ends()) and _a_unit_size(before) or _a_populace(window, before)
            or _one_units_load(window, before) or a_load_aboard(before, after) or _turns_of_a_series(q, before, after))


def _turns_of_a_series(q: Quantity, before, after) -> bool:
    """Whether the count gives in how many turns something came: "sent in two rounds", "in three rounds so far".

    Nouns of ammunition that are also a turn of a series (role series) after "in" and a few of them count the
    turns, never the shells; "took in 150,000 rounds" counts shells, and "in two rounds of shelling" is left to the
    words after "of" (estimate_specs)."""
    return (q.high <= FEW_TURNS and bool(before) and before[-1].low == "in" and bool(after)
            and after[0].low in cues("series") and (len(after) < 2 or after[1].low != "of"))


def _a_populace(window: str, before) -> bool:  # "a population of 26 million", "a city of 3 million": no force
    return window.endswith(" of ") and len(last := before[-2:]) == 2 and last[0].low in cues("populace")


def _one_units_load(window: str, before) -> bool:
    # "a battery of six guns", "a crew of four": what one holds; "destroyed a battery of six guns" counts a loss.
    return (window.endswith(" of ") and len(last := before[-4:]) >= 3 and last[-2].low in cues("equipment_unit")
            and (last[-3].low in INDEFINITE or last[-3].low in cues("distributive"))
            and (len(last) < 4 or last[0].low not in cues("thing_loss")))


@functools.cache
def _unit_size_ends() -> tuple[str, ...]:
    return tuple(f" {w}" for w in cues("unit_size"))


def _a_unit_size(before) -> bool:
    """Whether the figure is the size of each of several units, not of the force they make: "two brigades, each
    with about 2,000 soldiers", "each company of around 100 men" (not "each of 3,000 soldiers received ...")."""
    last = before[-1:]
    if not last or last[0].low not in cues("unit_size"):
        return False  # most figures: one token read
    head = before[-3:-1]
    if len(head) < 2 or head[1].low not in cues("distributive") and head[1].low not in cues("formation"):
        return False
    if head[1].low in cues("distributive"):
        return head[0].text == ","  # ", each of": set off after the units it sizes
    return head[0].low in cues("distributive")


_CAPACITY_CHARS = 60  # characters before a figure that hold "each" and its verb


def _refers_back(q: Quantity, before, after) -> bool:
    # "the two men last met in 2019": people the article named, not a count of anyone.
    if not (q.hedge == "exact" and q.low == q.high and q.low <= 3):
        return False
    first, last = after[:1], before[-1:]
    if not (first and last and last[0].low == "the" and first[0].low in cues("reference")):
        return False
    # "Ukraine holds the two men as prisoners of war": held as captives, they are counted as captured.
    near = after[1 : 1 + _HELD_REACH]
    if held_captive(before, after[1:]):
        return False  # "which is holding the two men", "the two men are being held": captives, counted
    return not any(a.low == "as" and b.low in _held_words() for a, b in zip(near, near[1:]))


_HELD_REACH = 7  # tokens after the noun that may hold "as prisoners" ("the two men are still being held as prisoners")


@functools.cache
def _held_words() -> frozenset[str]:
    # The last words of the counted terms "held as ..." (subtype captured): the captives whose count those terms
    # make one of people captured ("held as prisoners").
    held = {k[-1] for k, (_, sub) in counted_terms().items() if sub == "captured" and k[:2] == ("held", "as")}
    return frozenset(held | {plural(w) for w in held})
