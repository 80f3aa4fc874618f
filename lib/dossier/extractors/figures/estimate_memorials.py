"""Things that stand one for each dead soldier: "101 framed portraits of soldiers killed", "graves of 40 of the fallen".

Mourning counts the dead by what stands for each of them: a grave, a coffin,
a portrait or photograph (``estimate_cues.csv``, role ``memorial``) of the
fallen.  Only the counted noun right before an "of" that names the dead ties
it to them: a count of them, or the count they are "of" ("portraits of 101 of
the fallen"), is of soldiers killed.  "101 portraits of Kim", "flowers at 3
graves" and "two grave violations" (an adjective before its noun) count none.
"""

from __future__ import annotations

import functools

from .estimate_mourning import tells_a_death
from .estimate_nouns import Counted
from ...text.numbers import cues
from ...text.words import plural

_DESCRIBED = 2  # words describing the memorials between the count and their noun ("101 framed portraits")
_OF_REACH = 6  # tokens after "of" read for the word of death ("of soldiers killed in Kursk", "of the fallen")
_KILLED = Counted("casualties", "killed", (), "casualties")


@functools.cache
def _memorials() -> frozenset[str]:
    # The nouns and their plurals ("portraits", "graves").
    words = cues("memorial")
    return frozenset([*words, *map(plural, words)])


def memorial_count(before, after) -> Counted | None:
    """Soldiers killed, when the count with ``before`` and ``after`` it counts memorials of the dead ("101 portraits of
    soldiers killed", "40 graves of the fallen") or is the count a memorial is "of" ("portraits of 101 of the
    fallen"); else None."""
    memorials = _memorials()
    last = before[-2:]
    if len(last) == 2 and last[1].low == "of" and last[0].low in memorials:
        return _KILLED if _of_the_dead(after) else None  # "portraits of 101 of the fallen"
    for i, t in enumerate(after[: _DESCRIBED + 1]):
        if t.kind != "word" or t.low == "of":
            return None  # "one of the coffins": one picked out of them
        if t.low in memorials:
            # "of" right after: the memorial is the counted noun ("two grave violations of": an adjective, none)
            rest = after[i + 1 :]
            return _KILLED if rest[:1] and rest[0].low == "of" and _of_the_dead(rest[1:]) else None
    return None


def _of_the_dead(tokens) -> bool:
    """Whether a word of death comes in the few ``tokens`` that name whom the memorials are of ("soldiers killed in
    Kursk", "the fallen", "of the dead")."""
    for i, t in enumerate(tokens[:_OF_REACH]):
        if t.kind == "punct" and t.text in ".;:!?":
            return False
        if t.kind == "word" and tells_a_death(tokens, i):
            return True
    return False
