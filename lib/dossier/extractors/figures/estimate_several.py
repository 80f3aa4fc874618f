"""A count written by a word alone ("several"): what a report could not number, or only some of those it names.

"Several" counts what a report cannot number exactly: missiles launched,
guns destroyed, soldiers killed or wounded ("launched several ballistic
missiles", "killed several civilians", "wounded several more").  Of soldiers
told of no loss it is a way to speak of some of them, not a force's size
("sanctioned several senior officers"), nor
are shipments or other materiel ("several vessels"); and
before a multiplier ("several times lower") it counts nothing, nor before a noun of its own that is
none of forces or materiel ("several groups of forty men", "several Russian shipping companies").  Words of
role ``alone_count`` in ``data/estimate_cues.csv``.
"""

from __future__ import annotations

from .estimate_mentions import NAMED_ARMS
from .estimate_nouns import Counted, forward
from .estimate_tokens import Ahead
from ...text.numbers import Quantity, cues


def _alone(text: str, q: Quantity) -> bool:
    """Whether ``q`` of ``text`` is a count by a word alone ("several"), not a number nor a vague word with a scale."""
    words = text[q.start : q.end].lower().split()
    return bool(words) and words[-1] in cues("alone_count")


def counts_of_a_noun(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The ``quantities`` of ``text`` but the counts by a word alone that count no noun (:func:`of_no_noun`): no
    figure, they are neither read nor stand between the figures around them ("on several dates, up from 100")."""
    return [q for q in quantities if not of_no_noun(text, q, Ahead(text, q.end))]


def of_no_noun(text: str, q: Quantity, after) -> bool:
    """Whether ``q`` of ``text``, a count by a word alone, is no figure by the words ``after`` it, whatever the
    figure before counted: a multiplier ("several times lower"), or a noun of its own that counts nothing here
    ("several groups", "several Russian shipping companies"); "several more", "several of them", "several were
    killed" leave it to the noun before."""
    if q.kind != "count" or not _alone(text, q):
        return False  # most figures: a number, or a vague word with a scale ("several thousand")
    first = after[:1]
    if not first or first[0].kind != "word":
        return False
    if first[0].low in cues("multiplier"):
        return True
    counted, end = forward(after)
    if counted is not None:
        return _modifier(after, end, counted)
    return first[0].low not in _ELIDING and first[0].low not in cues("aux")


def _modifier(after, end: int | None, counted: Counted) -> bool:
    """Whether the noun of arms found ``after`` a count by a word alone, ending at ``end``, is a singular that only
    modifies the noun after it: "several missile tests", "several missile production lines" count no missiles."""
    if end is None or counted.category not in _ARMS or end + 1 >= len(after):
        return False
    noun, next_word = after[end], after[end + 1]
    return noun.kind == "word" and noun.low.isalpha() and not noun.low.endswith("s") and next_word.kind == "word" and (
        next_word.low.isalpha() and next_word.low not in cues("aux"))


_ARMS = NAMED_ARMS | {"artillery_shells"}


_ELIDING = frozenset({"more", "of", "others"})  # words after "several" whose noun is the one before: "several more"


def some_of_them(text: str, q: Quantity, counted: Counted) -> bool:
    """Whether ``q`` of ``text``, a count by a word alone that reads as ``counted``, is no figure: soldiers told of
    no loss, shipments or other materiel ("several officers", "several vessels")."""
    return _alone(text, q) and counted.category not in _UNNUMBERED


# What reports tell of by "several": arms fired or destroyed, people killed, wounded or taken. Troops, shipments
# and other materiel told so are some of those named ("several vessels", "several officers"), not a count.
_UNNUMBERED = _ARMS | {"casualties", "strike_casualties"}
