"""Phrases of time read where a subject or an object stands: "people in Kyiv a month ago were saying" (the people
said it a month ago), "you were quoted last month as saying". A careful reader never takes "a month ago" for who
spoke: a phrase made only of the words of ``data/time_words.csv`` (with the days and months of
``data/name_stops.csv``), articles and numbers, holding a span of time, names no one.
"""

from __future__ import annotations

import functools

from ...vocab import load_table

_ARTICLES = frozenset({"a", "an", "the", "one", "few", "several", "couple", "of"})  # "a couple of weeks ago"


@functools.cache
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    """(spans, markers), lower case."""
    t = load_table("time_words.csv")
    stops = load_table("name_stops.csv")
    spans = frozenset(t.word[t.kind == "span"]) | frozenset(stops.word[stops.kind == "calendar"])
    return spans, frozenset(t.word[t.kind == "marker"])


@functools.cache
def _number_words() -> frozenset[str]:
    t = load_table("number_words.csv")
    return frozenset(t.word)


def time_phrase(text: str) -> bool:
    """Whether ``text`` is only a phrase of time ("a month ago", "last week", "two days earlier", "this morning")."""
    words = text.lower().replace(",", " ").split()
    spans, markers = _time_words()
    if not words or not any(w in spans for w in words):
        return False
    return all(w in spans or w in markers or w in _ARTICLES or w.isdigit() or w in _number_words() for w in words)
