"""A time phrase that opens the words before a verb: when the claimant spoke, never who it is.

"On Tuesday the ministry put the toll at 1,200", "Last week he estimated":
a word of role ``time`` in ``claimant_cues.csv`` ("on", "last",
"earlier") and a day, a month (``name_stops.csv``) or a period (role
``period``: "week", "month"), perhaps a date and a comma after it.
"""
from __future__ import annotations

import functools
import re

from ..text.words import alternation
from ..vocab import load_table


@functools.cache
def _opening_time() -> re.Pattern:
    t = load_table("claimant_cues.csv")
    times = t.loc[t["role"] == "time", "term"]
    periods = t.loc[t["role"] == "period", "term"]
    stops = load_table("name_stops.csv")
    calendar = stops.loc[stops["kind"] == "calendar", "word"]
    return re.compile(
        rf"(?:(?:{alternation(times)})\s+)+(?:{alternation([*calendar, *periods])})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+",
        re.IGNORECASE,
    )


def after_time(sentence: str, start: int, end: int) -> int:
    """``start`` past a time phrase that opens ``sentence[start:end]`` and leaves words after it; else ``start``."""
    m = _opening_time().match(sentence, start, end)
    return m.end() if m is not None and m.end() < end else start
