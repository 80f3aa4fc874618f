"""The size of each of many groups a force moves or fights in: "they attack in groups of 20-30 people".

A count right after a plural noun of groups and "of" (``estimate_cues.csv``,
role ``group_size``: "groups", "columns", "waves", "batches"), or set off by
a comma after one ("in a column, forty or fifty people"), sizes each group.
The labels count such a size as a figure of what the groups are made of:
troops for soldiers ("the infantry advanced in columns of 20 or 30"), the
weapons named for materiel ("deliveries in batches of a few dozen").  The
count's own noun, when it has one, is only "people" or "men" here, so who
is grouped is read from the last noun named before it, in its sentence or
the one before: soldiers make it troops, workers or tourists no figure
("the workers arrive in groups of 30 or 40").  A handful after a noun of
small groups is a tactic, never a figure (estimate_subsets.sizes_small_groups).
Two bare sizes set off by a comma there are one rough range, as said aloud
("they came in columns of 30, 40 men": 30 to 40; :func:`join_group_ranges`).
"""

from __future__ import annotations

from .estimate_nouns import Counted, noun_of_its_own, term_from
from .estimate_subsets import HANDFUL
from .estimate_tokens import tokenize
from ...text.numbers import Quantity, cues

_SENT = frozenset({"troops", "casualties"})  # who is grouped, as named before: soldiers (casualties are soldiers too)
# What groups are made of: people, and arms delivered or fired; not what names a delivery ("consignment") or any
# materiel ("drones"), which the arms it carries may follow.
_GROUPED = frozenset({"troops", "casualties", "persons", "artillery_systems", "artillery_shells", "missiles", "rockets"})
_MENTION = 300  # characters before the count searched for who or what is grouped


def join_group_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities``, with two bare counts after a noun of groups and "of", set off by a comma alone and rising
    ("in groups of 10, 15 people"), read as one range: a size said roughly, not two figures."""
    if len(quantities) < 2 or "," not in text:
        return quantities  # most sentences: one figure
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if (first.kind == second.kind == "count" and first.hedge == second.hedge == "exact" and not first.scaled
                and not second.scaled and first.high < second.low and text[first.end : second.start] == ", "
                and _after_groups(text, first.start)):
            out[i : i + 2] = [first._replace(end=second.end, high=second.high, hedge="range")]
    return out


def _after_groups(text: str, start: int) -> bool:
    """Whether a plural noun of groups and "of" are the two words right before ``start``."""
    words = text[max(0, start - _GROUP_CHARS) : start].lower().split()[-2:]
    return len(words) == 2 and words[1] == "of" and cues("group_size").get(words[0]) == "plural"


_GROUP_CHARS = 24  # characters before a figure that hold "columns of"


def sizes_each_group(q: Quantity, before, after, text: str, previous: str) -> Counted | None:
    """What the count ``q`` counts when it sizes each of the groups named right before it, or None.

    ``before``/``after``: the tokens either side of the count; ``text``: its sentence; ``previous``: the sentence
    before, where the grouped may have been named ("The infantry came on foot. They walked in columns of 20")."""
    if q.kind != "count" or not q.scaled and q.high <= HANDFUL:
        return None  # shares and a handful ("groups of three or four"): a tactic's size, no figure
    last = before[-2:]
    if len(last) < 2 or last[0].low not in cues("group_size"):
        return None  # most counts: two tokens read
    kind = cues("group_size")[last[0].low]
    people = _people_noun(after)
    if last[1].low == "of" and kind == "plural":
        if people is None and noun_of_its_own(after):
            return None  # "columns of 40 trucks": the plural is what is counted
    elif not (last[1].text == "," and people is not None):
        return None  # "in a column, forty or fifty people": the group's size set off, its people named
    grouped = _grouped(text, q.start) or (_grouped(previous, len(previous)) if previous else None)
    if grouped is None:
        return None
    if grouped.category == "persons":
        soldiers = grouped.subtype == "troops"  # "North Koreans", "specialists": people this coverage sends as soldiers
        return Counted("troops", None, (), "troops") if soldiers else None
    if grouped.category in _SENT:
        return Counted("troops", None, (), "troops")
    return None if people is not None else Counted(grouped.category, grouped.subtype, grouped.items, grouped.noun)


def _people_noun(after) -> Counted | None:
    """The noun right after the count when it names people of no role (role ``grouped_people``: "people", "men"),
    whom the groups' makeup decides; None for any other word or none."""
    first = after[:1]
    if not first or first[0].kind != "word":
        return None
    hit = term_from(after, 0, first[0].word, True)
    if hit is None or hit.length != 1 or first[0].low not in cues("grouped_people"):
        return None
    return Counted(hit.category, hit.subtype, (), hit.category)


def _grouped(text: str, end: int) -> Counted | None:
    """The last noun of people or arms named in ``text`` before ``end``, passing over people of no role ("the men
    in blue overalls" tell no one's trade) and nouns of deliveries or other materiel."""
    tokens = tokenize(text[max(0, end - _MENTION) : end])
    plain = cues("grouped_people")
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        if t.kind != "word" or t.low in plain:
            continue
        hit = term_from(tokens, i, t.word, True)
        if hit is not None and hit.category in _GROUPED:
            return Counted(hit.category, hit.subtype, (), hit.category)
    return None
