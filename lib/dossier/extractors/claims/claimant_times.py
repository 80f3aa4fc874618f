"""A time phrase that opens the words before a verb: when the claimant spoke, never who it is.

"On Tuesday the ministry put the toll at 1,200", "Last week he estimated":
a word of role ``time`` in ``claimant_cues.csv`` ("on", "last",
"earlier") and a day, a month (``name_stops.csv``) or a period (role
``period``: "week", "month"), perhaps a date and a comma after it.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation
from ...vocab import load_table
from ..mentions.claimant_vocab import claimant_cues


_YEAR = r"(?:1[89]|20)\d\d\b"


@functools.cache
def opening_time() -> re.Pattern:
    """A time phrase and the space after it: "On Tuesday ", "in May ", "last week, "."""
    times, periods = claimant_cues("time"), claimant_cues("period")
    stops = load_table("name_stops.csv")
    calendar = stops.loc[stops["kind"] == "calendar", "word"]
    return re.compile(
        rf"(?:(?:{alternation(times)})\s+)+(?:(?:{alternation([*calendar, *periods])})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
        rf"(?:,?\s+{_YEAR})?|{_YEAR}),?\s+",  # a month may bear its year ("in April 2025 the ministry said"), or a year stand alone ("In early 2025 he")
        re.IGNORECASE,
    )


@functools.cache
def _time_words() -> tuple[str, str, str]:
    """Alternations of the words of role ``time``, of days and months, and of periods, in lower case."""
    stops = load_table("name_stops.csv")
    return (
        alternation(claimant_cues("time")),
        alternation(stops.loc[stops["kind"] == "calendar", "word"]),
        alternation(claimant_cues("period")),
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
    ends, firsts = _word_sets()
    last = clean[clean.rfind(" ") + 1 :]
    if last in ends or last.isdigit():  # most claimants end in no day, month or period: the pattern is left untried
        clean = _times_around()[0].sub("", clean)
    if "'s " in clean and _opens_with(clean.split(" ", 3)[:3], firsts):
        clean = _times_around()[1].sub("", clean)
    return clean


def _opens_with(words: list[str], firsts: frozenset[str]) -> bool:
    """Whether one of the first ``words`` (lower case), less its "'s", may be part of a time."""
    return any(w.removesuffix("'s") in firsts for w in words)


def calendar_word(who: str) -> bool:
    """Whether ``who`` is a day or a month alone ("its May report": "May" dates the noun after it, whose word may
    read as a verb): never a claimant."""
    word = who.lower().removeprefix("the ")  # "the March report said": the report of March
    return " " not in word and word in _word_sets().ends and word not in claimant_cues("period")


class _TimeWords(NamedTuple):
    ends: frozenset[str]  # the words that may end a time: days, months, periods
    firsts: frozenset[str]  # those that may open one: those and role ``time``


@functools.cache
def _word_sets() -> _TimeWords:
    """The words that may end a time (days, months, periods), and those that may open one (those and role ``time``)."""
    stops = load_table("name_stops.csv")
    ends = frozenset(stops.loc[stops["kind"] == "calendar", "word"]) | frozenset(claimant_cues("period"))
    return _TimeWords(ends, ends | frozenset(claimant_cues("time")))


def after_time(sentence: str, start: int, end: int) -> int:
    """``start`` past a time phrase that opens ``sentence[start:end]`` and leaves words after it; else ``start``.

    The phrase may open before ``start``: in "..., and in May the minister said" the words read back from the
    verb stop at the lower-case "in", and "May" is when the minister spoke, not part of who."""
    m = opening_time().match(sentence, start, end)
    if m is None and start and sentence[start:start + 1].isupper():
        back = _time_word_before().search(sentence, max(0, start - _TIME_WORD_CHARS), start)
        m = opening_time().match(sentence, back.start(), end) if back is not None else None
    return m.end() if m is not None and start < m.end() < end else start


_TIME_WORD_CHARS = 12  # characters before a claimant's first word that hold a time word and its space ("since ")


@functools.cache
def _time_word_before() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(claimant_cues('time'))})\s+$", re.IGNORECASE)


@functools.cache
def _raw_times() -> tuple[re.Pattern, re.Pattern]:
    after, before, _ = _times_around()
    return (re.compile(after.pattern.replace(" ", r"\s+"), re.IGNORECASE),
            re.compile(before.pattern.replace("'", "['’]").replace(" ", r"\s+"), re.IGNORECASE))


def strip_times(text: str) -> str:
    """``text`` as written less a time before or after its words ("Tuesday's briefing", "figures from last week")."""
    text = text.strip()
    ends, firsts = _word_sets()
    if text[text.rfind(" ") + 1 :].lower().rstrip(".,;:") in ends or text[-1:].isdigit():
        text = _raw_times()[0].sub("", text)
    if ("'s " in text or "’s " in text) and _opens_with(text.lower().replace("’", "'").split(" ", 3)[:3], firsts):
        text = _raw_times()[1].sub("", text)
    return text


def before_time(sentence: str, end: int) -> int:
    """Where the words before ``end`` (a verb's start) end, less a time phrase that closes them; else ``end``.

    A time just before a reporting verb says when, never who: in "The panel, whose report in March put the
    deliveries at ..." the subject ends at "report", and "March" is no claimant.
    """
    close = len(sentence[:end].rstrip())
    last = sentence.rfind(" ", 0, close) + 1
    if sentence[last:close].lower() not in _word_sets().ends and not sentence[last:close].isdigit():
        return end  # most subjects end in no day, month or period: the pattern is left untried
    m = _closing_time().search(sentence, max(0, close - _TIME_PHRASE_CHARS), close)
    return m.start() if m is not None and m.start() > 0 else end


@functools.cache
def _closing_time() -> re.Pattern:
    # As strip_times reads a time after a claimant's words, "the" also opening it: "data from the winter put ...".
    times, calendar, periods = _time_words()
    return re.compile(rf"(?:\s+(?:from|of|since|until))?\s+(?:(?:{times}|the)\s+)+(?:{calendar}|{periods})(?:\s+\d{{1,2}})?$",
                      re.IGNORECASE)


_TIME_PHRASE_CHARS = 40  # characters of a time phrase that closes a subject ("earlier this month", "on Tuesday 12")


@functools.cache
def _time_object() -> re.Pattern:
    times, calendar, periods = _time_words()
    # A time, then the end or a word in lower case: "last December", "the winter put ...", not "the Monday Club".
    return re.compile(rf"(?:the\s+)?(?:(?:{times})\s+)*(?:{calendar}|{periods})\b(?:\s+\d{{1,2}})?(?:$|[,;]|\s+[a-z])",
                      re.IGNORECASE)


def opens_with_time(who: str) -> bool:
    """Whether a cue's object is a time, not a source: "figures from last December put ...", "data from the winter"."""
    ends, firsts = _word_sets()
    first = who[: who.find(" ")].lower() if " " in who else who.lower()
    if first not in firsts and first != "the":
        return False  # most objects open with a name or an article
    m = _time_object().match(who)
    return m is not None and (m.group(0)[-1:].islower() or m.end() == len(who) or m.group(0)[-1:] in ",;")



def time_phrase() -> str:
    """A pattern (to be compiled case-insensitive) of a time phrase inside a clause: "in June", "last week", "on
    Monday", "earlier this month", a day's number perhaps after it."""
    times, calendar, periods = _time_words()
    return rf"(?:(?:{times})\s+)+(?:{calendar}|{periods})\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
