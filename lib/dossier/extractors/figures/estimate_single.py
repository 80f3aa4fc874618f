"""The word "one" before a weapon or a shell: an example, not a figure ("if one 152-mm shell costs $800").

Writers count a single thing in words to speak of it, not to report a
count: "if one shell costs Russia $800", "one less gun firing at our
cities", "at one tree line", "not one more has been shown": a word of
supposing, of "even", or a preposition before the "one", or "less" or
"more" after it (``estimate_cues.csv``, role ``example_one``).  There a lone
"one" with no loss told of it (a loss is read first: "one soldier was killed",
"captured one soldier") is no figure, unless it stands in a list of counts
joined to another ("one tank and four armoured vehicles") or told lost ("one tank was destroyed").  Elsewhere, as
after a verb of firing or sending ("fired one KN-23 missile", "sent one train of shells"), it is a count.  Soldiers
are read so already: one soldier is one of them (:mod:`~dossier.extractors.figures.estimates`).
Digits ("1 person was injured") are counts as written.
"""

from __future__ import annotations

from .estimate_nouns import Counted
from .estimate_tokens import BREAK
from ...text.number_values import unit_words
from ...text.numbers import Quantity, cues

def one_of_many(text: str, q: Quantity, before) -> bool:
    """Whether ``q`` is the word "one" after a distributive determiner ("each one", "every one"): one of many at a
    time, a pronoun of the many, no count."""
    distributive = cues("distributive")
    return text[q.start : q.end].lower() == "one" and bool(before[-1:]) and before[-1].low in distributive


def _answered(after) -> bool:
    """Whether a word later in the clause answers the "one" as the other of a pair (role ``other_one``): "when one
    state supplies missiles to another", "one state arms another".  Not after a coordinator or a comma, which add a
    second of the things counted ("one missile hit a school and another struck a hospital", "sent one shipment in
    May, another in June"): the one is then a count."""
    others, coordinators = cues("other_one"), cues("coordinator")
    for i, t in enumerate(after[:_CLAUSE_REACH]):
        if t.kind == "punct" and t.text in BREAK:
            return False
        if t.low in others or i + 1 < len(after) and f"{t.low} {after[i + 1].low}" in others:
            return not (i and (after[i - 1].low in coordinators or after[i - 1].text == ","))
    return False


_CLAUSE_REACH = 15  # tokens after "one" read for the other of its pair
_LOSSES = frozenset({"casualties", "strike_casualties"})
_LIST_REACH = 8  # tokens after "one" searched for a count joined to it ("one tank and four vehicles")


def a_lone_one(text: str, q: Quantity, counted: Counted, before, after) -> bool:
    """Whether ``q`` of ``text`` is the word "one", exactly, given as an example by the word ``before`` or
    ``after`` it, counting ``counted`` with no loss told and no count joined to it in the tokens ``after`` it."""
    if text[q.start : q.end].lower() != "one" or counted.category in _LOSSES:
        return False  # most figures: the quantity's text read
    example = cues("example_one")
    if not (before[-1:] and example.get(before[-1].low) == "before" or after[:1] and example.get(after[0].low) == "after"
            or _answered(after)):
        return False  # "fired one KN-23 missile", "sent one train of shells": a count
    coordinators, lost, numbers = cues("coordinator"), cues("thing_loss"), unit_words()
    near = after[:_LIST_REACH]
    for i, t in enumerate(near):
        if t.kind == "punct" and t.text in BREAK:
            break
        if t.low in lost:
            return False  # "one tank was destroyed": a loss of things, reported
        if t.low in coordinators and i + 1 < len(near) and (near[i + 1].kind == "num" or near[i + 1].low in numbers):
            return False  # "one tank and four vehicles": a list of counts
    return True
