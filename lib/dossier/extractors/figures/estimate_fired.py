"""A count with no noun that a verb of firing says is munitions: "around twenty were fired", "has launched over a hundred".

Only munitions are fired or launched: a count with no noun of its own that
is the subject of such a verb in the passive (auxiliaries, then a verb of
role ``firing``: "around twenty were fired in January") or its object right
after it ("of which Russia has launched well over a hundred") counts the
munitions named last before it, in its sentence or the one before ("The
KN-23 missiles have struck Kyiv; around twenty were fired").  With none named,
it is no figure.
"""

from __future__ import annotations

from .estimate_generic import weapons_named
from .estimate_held import passive_after
from .estimate_nouns import Counted, noun_of_its_own
from ...text.numbers import cues

_MUNITIONS = frozenset({"missiles", "rockets", "artillery_shells"})
_OF_REACH = 4  # tokens after a count where an "of" names what it counts ("dozens upon dozens” of")
_AUXILIARIES = 3  # auxiliaries between the count and its verb ("have all been fired")


def fired_munitions(text: str, start: int, previous: str, before, after) -> Counted | None:
    """The munitions a count at ``start`` of ``text`` (``before`` and ``after``: its tokens) counts, when a verb of
    firing goes with it and it has no noun of its own; else None."""
    if noun_of_its_own(after) or not (_fired_after(after) or _fired_before(before) and not _of_ahead(after)):
        return None  # most counts: a token or two read
    return weapons_named(text, start, previous, kinds=_MUNITIONS)


def _fired_after(after) -> bool:
    """Whether auxiliaries and a verb of firing follow the count ("were fired", "have been launched"): the passive;
    "20 fired" alone may be a participle of anything."""
    return passive_after(after, cues("firing"), _AUXILIARIES + 1)


def _of_ahead(after) -> bool:
    # "fired “dozens upon dozens” of KN-23 missiles": what the count is of is named after it, read elsewhere.
    return any(t.low == "of" for t in after[:_OF_REACH])


def _fired_before(before) -> bool:
    """Whether a verb of firing stands right before the count ("has launched well over a hundred")."""
    last = before[-1:]
    return bool(last) and last[0].low in cues("firing")
