"""An office named by its title alone: its holder on the day the article was published.

"The Chancellor has said", "as our Commander-in-Chief said", "the U.S. Secretary of State claimed": a reporter who
names a speaker by the office alone means whoever held it when the piece was written, and an analyst files the
words under that person (Olaf Scholz in November 2024, Friedrich Merz in June 2025).  The office's state is the
one the title's own words name ("U.S.", "South Korea's", "the Kremlin spokesman"), else, after "the" or "our", the
state the article is written from (:func:`~dossier.extractors.mentions.mention_vocab.home_state`); "his"/"her"
take the state of the office holder named last before them in the sentence ("Kim Jong Un ... his foreign
minister").  The holders and their days are ``data/office_holders.csv``, the titles ``data/office_forms.csv``.

A bare "the president" in an article that names another president ("President Vladimir Putin" in a Seoul paper)
is left to the article's own reading: the title may point back to that name rather than to the home state's.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

import pandas as pd

from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions.mention_vocab import family_first, home_state, nationalities
from ..mentions.speaker_vocab import speaker_aliases

__all__ = ["Term", "holder_on", "office_holder", "publication_day", "titled_holder"]

# What may stand before a title and still leave the title naming the office itself: a determiner of one holder.
_DETERMINERS = ("the", "our", "his", "her")
_PERSON_POSSESSIVES = frozenset({"his", "her"})
_WORD_BEFORE = re.compile(r"[\w\-’']\s*\Z")  # "former President", "a president", "Vice-President": not the holder


class Term(NamedTuple):
    """One holder's days in an office (``end`` None: still in office)."""

    holder: str
    start: dt.date
    end: dt.date | None


class Form(NamedTuple):
    """An office a title names, and the state its own words name ("" when they name none)."""

    office: str
    state: str


@functools.cache
def _terms() -> dict[tuple[str, str], tuple[Term, ...]]:
    t = load_table("office_holders.csv")
    out: dict[tuple[str, str], list[Term]] = {}
    for state, office, holder, start, end in zip(t.state, t.office, t.holder, t["from"], t["to"]):
        out.setdefault((state, office), []).append(
            Term(holder, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None))
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _forms() -> dict[str, Form]:
    t = load_table("office_forms.csv")
    return {f: Form(o, s) for f, o, s in zip(t.form, t.office, t.state)}


@functools.cache
def _state_words() -> dict[str, str]:
    """Words before a title that name its state: ``data/nationalities.csv`` (its states charted by name), then
    ``data/office_states.csv``."""
    words = {w: s for w, s in nationalities().items() if s != "other_state"}
    t = load_table("office_states.csv")
    words.update(zip(t.word, t.state))
    return words


@functools.cache
def _title() -> re.Pattern:
    """A title as a whole: perhaps a determiner, perhaps a state's word, then an office's form."""
    return re.compile(rf"(?:(?P<det>{alternation(_DETERMINERS)})\s+)?(?:(?P<state>{alternation(_state_words())})\s+)?"
                      rf"(?P<form>{alternation(_forms())})", re.IGNORECASE)


@functools.cache
def _lead() -> re.Pattern:
    """The determiner and state's word that may stand before the words an attribution names ("the " + "President")."""
    return re.compile(rf"\b(?:(?:{alternation(_DETERMINERS)})\s+)?(?:(?:{alternation(_state_words())})\s+)?\Z",
                      re.IGNORECASE)


@functools.cache
def _holder_states() -> dict[str, str]:
    """Every holder's full name and family name (as written) -> the state of their office, for "his"/"her".  A
    family name that holders of two states share ("Kim") names neither."""
    t = load_table("office_holders.csv")
    out: dict[str, str] = dict(zip(t.holder, t.state))
    family: dict[str, set[str]] = {}
    for holder, state in zip(t.holder, t.state):
        words = holder.split()
        family.setdefault(words[0] if words[0].lower() in family_first() else words[-1], set()).add(state)
    out.update({name: next(iter(states)) for name, states in family.items() if len(states) == 1 and name not in out})
    return out


@functools.cache
def _holder_names() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(_holder_states())})\b")


@functools.cache
def _named_titles() -> re.Pattern:
    """A title followed by a name in capitals ("President Vladimir Putin"): an office's holder the article names."""
    return re.compile(rf"\b(?P<form>(?i:{alternation(_forms())}))\s+(?P<name>{UPPER}[\w\-]+(?:\s+{UPPER}[\w\-]+){{0,2}})")


def publication_day(published) -> dt.date | None:
    """The day of an article's ``published`` value (a timestamp, a date or its ISO text), None when it has none."""
    if published is None or (not isinstance(published, str) and pd.isna(published)):
        return None
    try:
        return pd.Timestamp(published).date()
    except (ValueError, TypeError):
        return None


def holder_on(state: str, office: str, day: dt.date) -> str | None:
    """Who held ``office`` of ``state`` on ``day``, None when no one the vocabulary knows did."""
    return next((t.holder for t in _terms().get((state, office), ())
                 if t.start <= day and (t.end is None or day < t.end)), None)


def office_holder(words: str, text: str, at: int, source, day: dt.date | None, sentence_start: int = 0,
                  read: str | None = None) -> str | None:
    """The holder of the office that ``words`` (an attribution's subject, at offset ``at`` of ``text``) name by its
    title alone, on ``day``; None when they are no such title, or its state or holder is not known.  ``read``: the
    speaker the article's own reading found for them (a person named before that "the president" points back to)."""
    if day is None or not words:
        return None
    lead = _lead().search(text, max(sentence_start, at - 40), at)
    begin = lead.start() if lead is not None else at
    title = _title().fullmatch(" ".join((text[begin:at] + words).split()))
    if title is None:
        return None
    if not title.group("det") and _WORD_BEFORE.search(text, max(sentence_start, begin - 12), begin):
        return None  # "former President", "a president": a title no determiner of one holder opens
    return _holder(title, text[sentence_start:begin], text[:begin], text, source, day, read)


def titled_holder(words: str, opening: str, source, day: dt.date | None) -> str | None:
    """The holder on ``day`` of the office that ``words``, a claimant's whole noun phrase ("South Korea's defence
    minister"), name by its title alone; ``opening``, the article's first sentence, gives its dateline."""
    if day is None or not words or (title := _title().fullmatch(" ".join(words.split()))) is None:
        return None
    return _holder(title, "", "", opening, source, day)


def _holder(title: re.Match, clause: str, before: str, text: str, source, day: dt.date, read: str | None = None) -> str | None:
    """The holder a title names: its state from its own words, the holder named before "his" in ``clause``, or the
    article's home state; ``before``, the article up to the title, for another holder it names; ``read``, a person
    the article's own reading found, keeps a title whose state only the home state gives."""
    form = _forms()[title.group("form").lower()]
    det = (title.group("det") or "").lower()
    state = form.state or (_state_words()[title.group("state").lower()] if title.group("state") else "")
    if not state and det in _PERSON_POSSESSIVES:
        named = list(_holder_names().finditer(clause))
        state = _holder_states()[named[-1].group(0)] if named else ""
    elif not state and det in ("the", "our", ""):
        state = home_state(text, source)
        if det != "our" and (_names_another(before, form, state, day) or read in _known_people()):
            return None  # keep what the article itself says first
    return holder_on(state, form.office, day) if state else None


@functools.cache
def _known_people() -> frozenset[str]:
    return frozenset(x.speaker for x in speaker_aliases().values() if x.kind == "person")


def _names_another(before: str, form: Form, state: str, day: dt.date) -> bool:
    """Whether the article names, before a bare title, a holder of the same office other than the home state's."""
    holder = holder_on(state, form.office, day) or ""
    for m in _named_titles().finditer(before):
        if _forms()[m.group("form").lower()].office == form.office and m.group("name").split()[-1] not in holder:
            return True
    return False
