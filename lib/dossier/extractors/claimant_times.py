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


@functools.cache
def _time_words() -> tuple[str, str, str]:
    """Alternations of the words of role ``time``, of days and months, and of periods, in lower case."""
    t = load_table("claimant_cues.csv")
    stops = load_table("name_stops.csv")
    return (
        alternation(t.loc[t["role"] == "time", "term"]),
        alternation(stops.loc[stops["kind"] == "calendar", "word"]),
        alternation(t.loc[t["role"] == "period", "term"]),
    )


@functools.cache
def _times_around() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    times, calendar, periods = _time_words()
    when = rf"(?:(?:{times}) )*(?:{calendar}|{periods})"
    # "the spy agency on wednesday", "figures from last week", "the nis in april 12"
    after = re.compile(rf"(?: (?:from|of|since|until))? (?:{times}) (?:(?:{times}) )*(?:{calendar}|{periods})(?: \d{{1,2}})?$")
    # "tuesday's briefing", "last week's figures"
    before = re.compile(rf"^{when}'s ")
    return after, before, re.compile(rf"(?:{calendar}|{periods})")


def without_times(clean: str) -> str:
    """Cleaned claimant words (lower case, one space apart) less a time before or after them: when, never who."""
    after, before, time = _times_around()
    last = clean[clean.rfind(" ") + 1 :]
    if last.isdigit() or time.fullmatch(last):
        clean = after.sub("", clean)
    return before.sub("", clean) if "'s " in clean else clean


def after_time(sentence: str, start: int, end: int) -> int:
    """``start`` past a time phrase that opens ``sentence[start:end]`` and leaves words after it; else ``start``."""
    m = _opening_time().match(sentence, start, end)
    return m.end() if m is not None and m.end() < end else start


@functools.cache
def _raw_times() -> tuple[re.Pattern, re.Pattern]:
    after, before, _ = _times_around()
    return (re.compile(after.pattern.replace(" ", r"\s+"), re.IGNORECASE),
            re.compile(before.pattern.replace("'", "['’]").replace(" ", r"\s+"), re.IGNORECASE))


def strip_times(text: str) -> str:
    """``text`` as written less a time before or after its words ("Tuesday's briefing", "figures from last week")."""
    after, before = _raw_times()
    return before.sub("", after.sub("", text.strip()))
