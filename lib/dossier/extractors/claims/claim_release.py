"""A state body that publishes its own release or transcript: the figures it states in its own voice are its claims.

"Defence Intelligence of Ukraine" as an article's source is the agency
itself, not a medium: "The agency has recorded ... about 400 railcars" and
"According to the Ministry, ..." in its own text are the body's, as a DPRK
state medium's figures are its own (tests/gold/devset/README.md, "A body's
own release").  A ministry's briefing transcript is the ministry's too: its
official labelled "MR KIM:" speaks for it (:mod:`claim_turns`).  Only a
source that is a claimant's alias of a state's body as a whole name counts,
less the site's domain ("Kremlin.ru"), the event's words after it
("Pentagon press briefing", ``data/press_events.csv``) and a state's word
before it ("US State Department"): "The Japan Times" or "Seoul Economic
Daily" only hold a state's name, and are read otherwise.
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_list
from .claimant_names import claimant_aliases, cleaned, kind, normalise
from ..mentions.mention_vocab import nationalities

STATE_KINDS = frozenset({"government", "ministry", "military", "intelligence"})  # kinds of a body that briefs
_DOMAIN = re.compile(r"\.[a-z]{2,4}$")  # "Kremlin.ru": a body's site, by its name


@functools.lru_cache(maxsize=64)
def releasing_body(source: str | None) -> str | None:
    """The state body an article's source is by its whole name ("National Intelligence Service", "Pentagon press
    briefing"), else None: a medium, a think tank or an outlet no vocabulary knows."""
    if not source:
        return None
    aliases = claimant_aliases()
    for name in _body_names(source):
        clean = cleaned(name)
        body = aliases.get(clean) or aliases.get(f"the {clean}")
        if body is not None and kind(body) in STATE_KINDS:
            return body
    return None


def _body_names(source: str) -> list[str]:
    """The names a source may give a body by: whole, less its site's domain, less the event's words after it, and each
    less a state's word before it ("South Korean Joint Chiefs of Staff", "US State Department")."""
    names = [source, _DOMAIN.sub("", source.strip())]
    names.append(_without_event(names[-1]))
    for name in names[:]:
        low = name.lower()
        state = next((w for w in _state_words() if low.startswith(f"{w} ")), None)
        if state is not None:
            names.append(name[len(state) :].strip())
    return names


@functools.cache
def _state_words() -> tuple[str, ...]:
    return tuple(sorted(nationalities(), key=len, reverse=True))


@functools.cache
def _press_events() -> tuple[str, ...]:
    return tuple(sorted(load_list("press_events.csv"), key=len, reverse=True))


def _without_event(source: str) -> str:
    """The source less the event words after a body's name ("Pentagon press briefing": "Pentagon")."""
    low = source.lower().rstrip(" .")
    for words in _press_events():
        if low.endswith(f" {words}"):
            return source[: len(low) - len(words)].strip()
    return source


@functools.lru_cache(maxsize=64)
def source_government(source: str | None) -> str | None:
    """The government of the state a source names by its first word ("Japanese Chief Cabinet Secretary press
    conference", "UK Parliament Foreign Affairs Committee"): whose "the Government" its text speaks of; else None."""
    if not source:
        return None
    low = source.lower()
    state = next((w for w in _state_words() if low.startswith(f"{w} ")), None)
    government = normalise(f"{state} government") if state else None
    return government if kind(government) == "government" else None

