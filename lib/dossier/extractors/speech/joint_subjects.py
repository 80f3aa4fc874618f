"""Two speakers joined by "and" as the subject of the quote's clause: "Pyongyang and Moscow dismissed the reports as
“fake news”", "The Russians and Koreans call it “…”", "Ukrainian and Western media have been writing about “…”".

The words are the pair's together, and the speaker is the pair as written (as a claim credited to two states keeps the
pair): reading only the nearer one gives the words to one side alone.  People are left out: "Kim and Putin signed
the treaty, pledging “…”" is read by who led the clause, as before.
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_list
from .quote_article import Article
from .quote_referents import Said

__all__ = ["joint_subject"]

# The conjunct before "and": a capitalised word or two ("Pyongyang", "South Korean", "The Russians"), with no comma
# between it and "and" ("Seoul, and Moscow" opens another clause).
_BEFORE_AND = re.compile(r"(?:(?<=\s)|^)(?:[Bb]oth\s+)?(?:[Tt]he\s+)?(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+and\s+\Z")
_REACH = 40  # the first conjunct stands right before "and"
# What may stand before a subject: nothing (the sentence opens with it), an opening phrase closed by a comma ("For
# months, "), or "that" of a reported clause; not a preposition ("in line with the Charter and the treaty, whose …").
_OPENS_CLAUSE = re.compile(r"(?:.*(?:,|\bthat))?\s*(?:[Bb]oth\s+)?(?:[Tt]he\s+)?\Z", re.S)
# An earlier item of a list the pair closes: "The United States, Japan and South Korea" (the list is the subject).
_LIST_ITEM = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he\s+)?(?P<item>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?),\s+\Z")


def joint_subject(art: Article, said: Said) -> Said | None:
    """The pair ``said`` closes as the second conjunct of "X and Y", when neither names a person."""
    if said.speaker is None or not said.speaker_text or said.pos < 0 or _names_person(art, said.pos, said.pos + len(said.speaker_text)):
        return None
    lo = max(0, said.pos - _REACH)
    m = _BEFORE_AND.search(art.masked[lo:said.pos])
    if m is None:
        return None
    start = _list_start(art, lo + m.start("first"))
    if start is None or not _OPENS_CLAUSE.match(art.masked, art.sents[art.sent_at(start)].start, start):
        return None
    first = art.account.mention_at(start, lo + m.end("first"))
    if _names_person(art, start, lo + m.end("first")):
        return None
    if first is None and not (_adjective_pair(said.speaker_text) or _peoples(m.group("first"), said.speaker_text)):
        return None
    written = art.masked[start:said.pos + len(said.speaker_text)]
    return Said(written, written, said.cue, start)


def _list_start(art: Article, start: int) -> int | None:
    """Where the list that ``start``'s conjunct goes on opens: back over items the account names, not people; None
    when an item before is someone or something it does not know ("Kim Jong Un, Japan and South Korea" is no pair of
    states).  An opening phrase ("In June, ", "On Tuesday, ") is no item."""
    while (m := _LIST_ITEM.search(art.masked[max(0, start - _REACH):start])) is not None:
        at = start - len(m.string) + m.start("item")
        if m.group("item").split()[0].lower() in _function_words():
            break
        item = art.account.mention_at(at, at + len(m.group("item")))
        if item is None or item.entity is None or item.entity.kind == "person":
            return None
        start = at
    return start


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(load_list("stopwords.csv"))


def _names_person(art: Article, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` is the account's mention of one person ("Vladimir Putin", "Kim"); a people named in
    the plural ("Koreans") is no one person."""
    m = art.account.mention_at(lo, hi)
    return m is not None and m.entity is not None and m.entity.kind == "person"


def _peoples(first: str, second: str) -> bool:
    """ "The Russians and Koreans": two peoples, each a capitalised plural."""
    return all(w.endswith("s") and " " not in w for w in (first, second))


def _adjective_pair(second: str) -> bool:
    """ "Ukrainian and Western media": the first conjunct is an adjective the second's noun governs."""
    return len(second.split()) > 1
