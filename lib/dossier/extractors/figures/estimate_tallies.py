"""Loss tallies as armed forces print them: "the losses of the enemy amounted to: personnel – about 52,000 (+640)
persons, tanks – 4,310 (+2), ...".

A tally is opened by a colon after a noun of losses as its subject ("losses", "the toll"; role ``loss_subject`` of
``data/estimate_cues.csv``), with nothing after the noun but its modifiers, a linking verb ("amounted to",
"totalled"; role ``link``) and perhaps a hedge: the people it counts are the dead and wounded, not a force
(:func:`read_tallies`).  A signed figure in brackets right after an item's total is the day's increment and counts
what the total counts (:func:`an_increment`).  A hedge written once before the colon covers every item
(:func:`opening_hedge`, lent in :mod:`~dossier.extractors.figures.estimate_hedges`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .estimate_nouns import PEOPLE, Counted
from ...text.numbers import LENT_HEDGES, Quantity, cues, hedge_phrases

_TAIL_WORDS = 12  # words before the colon searched for the noun of losses ("the combat losses of the enemy from ... to")
_LINKING = frozenset({"verb", "copula"})
_CLAUSE_BREAK = re.compile(r"[;!?]|\.(?!\d)")  # not the points of a date ("24.02.22")
_INCREMENT_OPEN = re.compile(r"\s*\(\s*\+\s*")  # " (+" between a total and its increment
_INCREMENT_CLOSE = re.compile(r"\s*\)")


def an_increment(text: str, before: Quantity, figure: Quantity) -> bool:
    """Whether ``figure`` is the day's addition to the running total just before it, signed in brackets
    ("tanks – 4,310 (+2)"): it counts what the total counts."""
    return bool(_INCREMENT_OPEN.fullmatch(text, before.end, figure.start) and _INCREMENT_CLOSE.match(text, figure.end))


def tally_start(text: str) -> int | None:
    """Where the items of a loss tally start in ``text`` (just past its colon), or None when no colon opens one.

    "Enemy losses approximately amounted to:", "The toll of the week:", "Losses of the AFU were:" open one; "Its
    losses were heavy:" does not (an adjective ends the clause, no link), nor "Losses mounted: 300 troops arrived"."""
    colon = text.find(":")
    if colon < 0:
        return None
    words = [w.strip(",").lower() for w in re.split(r"\s+", text[:colon].strip())][-_TAIL_WORDS:]
    if _CLAUSE_BREAK.search(" ".join(words)):
        return None
    words = _without_link(words)
    nouns = cues("loss_subject")
    at = max((i for i, w in enumerate(words) if w in nouns), default=None)
    if at is None:
        return None
    # After the noun only its modifiers may stand: "of the enemy", "from 1 May to 30 June", "in the week"; a verb
    # there ("losses mounted:") makes the colon a clause's, not a tally's.
    rest = words[at + 1 :]
    links = cues("link")
    # "to" is an auxiliary's word too, but in "from May to June" only a preposition: a link of no verb.
    if rest and rest[0] not in cues("tally_modifier") or any(
            links.get(w) in _LINKING or w in cues("aux") and w not in links for w in rest):
        return None
    return colon + 1


def _without_link(words: list[str]) -> list[str]:
    """``words`` without the linking verb and hedge that may end them ("approximately amounted to")."""
    words = _without_verb(words)
    n = _hedge_words(words)
    return words[:-n] if n else words


def _without_verb(words: list[str]) -> list[str]:
    """``words`` without the linking verb that may end them ("amounted to", "were")."""
    links = cues("link")
    for n in (2, 1):
        if len(words) > n and links.get(" ".join(words[-n:])) in _LINKING:
            return words[:-n]
    return words


def _hedge_words(words: list[str]) -> int:
    """How many of the last ``words`` are a hedge written before a number ("approximately", "at least"), else 0."""
    hedges = hedge_phrases()["before"]
    return next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[-n:]) in hedges), 0)


class Opening(NamedTuple):
    """A hedge written once before a tally's colon, and the stretch of the sentence it covers."""

    start: int
    end: int
    hedge: str


def opening_hedge(text: str) -> Opening | None:
    """The hedge a tally's colon is opened by, over the items up to the clause's end: "losses approximately amounted
    to: personnel – about 52,000, tanks – 4,310" hedges every item, the hedge written once for the whole tally.

    Only a hedge right before the colon or before a linking verb that ends there ("approximately amounted to:",
    "totalled roughly:", "were about:"); "what we know about the deployment:" opens no hedged list."""
    colon = text.find(":")
    if colon < 0:
        return None
    words = text[max(0, colon - _TAIL_CHARS) : colon].lower().split()
    for tail in (words, _without_verb(words)):
        n = _hedge_words(tail)
        hedge = hedge_phrases()["before"][" ".join(tail[-n:])] if n else None
        if hedge in LENT_HEDGES:
            end = _CLAUSE_BREAK.search(text, colon + 1)
            return Opening(colon + 1, end.start() if end else len(text), hedge)
    return None


_TAIL_CHARS = 60  # characters before a colon read for its hedge and link


def read_tallies(text: str, quantities: list[Quantity], read: list[Counted | None]) -> None:
    """Read in place each count of people among a loss tally's items as the dead and wounded."""
    start = tally_start(text) if ":" in text else None
    if start is None:
        return
    end = _CLAUSE_BREAK.search(text, start)
    stop = end.start() if end else len(text)
    for i, (q, counted) in enumerate(zip(quantities, read)):
        if counted is not None and start <= q.start < stop and counted.category in PEOPLE:
            read[i] = counted._replace(category="casualties", subtype="killed_or_wounded")
