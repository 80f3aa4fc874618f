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

from ...text.datelines import opening_city
from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import family_first, home_state, nationalities
from ..mentions.speaker_vocab import speaker_aliases
from .charted_places import state_of_place

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
    only: str  # the one state whose own title the form is ("foreign secretary": uk), else ""


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
    return {f: Form(o, s, only) for f, o, s, only in zip(t.form, t.office, t.state, t.only)}


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
    if (of := _of_state_title(text, at + len(words), sentence_start, day)) is not None:
        return of
    lead = _lead().search(text, max(sentence_start, at - 40), at)
    begin = lead.start() if lead is not None else at
    title = _title().fullmatch(" ".join((text[begin:at] + words).split()))
    if title is None:
        return None
    if not title.group("det") and _WORD_BEFORE.search(text, max(sentence_start, begin - 12), begin):
        return None  # "former President", "a president": a title no determiner of one holder opens
    after = _STOP.search(text, at + len(words))
    return _holder(title, text[sentence_start:begin], text[:begin], text, source, day, read,
                   (text[sentence_start:after.start() if after else len(text)], text[sentence_start:begin]))


@functools.cache
def _of_title() -> re.Pattern:
    """A title and its state's name after "of", at the end of an attribution's subject: "the President of Ukraine",
    "The Secretary of State of the United States"."""
    return re.compile(rf"\b(?P<det>(?i:the|our))\s+(?P<form>(?i:{alternation(_forms())}))\s+of\s+(?:the\s+)?"
                      rf"(?P<place>{UPPER}[\w.\-]*(?:\s+{UPPER}[\w.\-]*){{0,2}})\Z")


def _of_state_title(text: str, end: int, sentence_start: int, day: dt.date) -> str | None:
    """The holder on ``day`` of an office named by its title and its state after "of" ("the President of Ukraine
    said"), the subject ending at ``end``: the state is the title's own, as in "Ukraine's president"; None for none."""
    m = _of_title().search(text, max(sentence_start, end - 80), end)
    after = _STOP.search(text, end)  # (the clause the title opens dates it too: "said in 2023 that")
    if m is None or _earlier(text[sentence_start:after.start() if after else len(text)], day):
        return None
    before = text[max(sentence_start, m.start() - 20):m.start()].split()
    if before and before[-1].lower() in {*claimant_cues("preposition"), *claimant_cues("coordinator")}:
        return None  # "an adviser to", "the office of", "the wife of", "… and" the holder: someone else speaks
    form = _forms()[" ".join(m.group("form").lower().split())]
    place = " ".join(m.group("place").lower().split())
    state = state_of_place(place) or _state_words().get(place) or _state_words().get(f"{place}'s")
    if state is None or form.state and form.state != state or form.only and form.only != state:
        return None
    return holder_on(state, form.office, day)


def titled_holder(words: str, opening: str, source, day: dt.date | None, read: str | None = None,
                  sentence: str = "") -> str | None:
    """The holder on ``day`` of the office that ``words``, a claimant's whole noun phrase ("South Korea's defence
    minister"), name by its title alone; ``opening``, the article's first sentence, gives its dateline; ``read``, the
    claimant the article's own reading found; ``sentence``, the claim's, may set it elsewhere or earlier."""
    if day is None or not words or (title := _title().fullmatch(" ".join(words.split()))) is None:
        return None
    return _holder(title, "", "", opening, source, day, read, (sentence, sentence[:max(0, sentence.find(words))]))


def _holder(title: re.Match, clause: str, before: str, text: str, source, day: dt.date, read: str | None = None,
            scene: tuple[str, str] = ("", "")) -> str | None:
    """The holder a title names: its state from its own words, the holder named before "his" in ``clause``, or the
    article's home state; ``before``, the article up to the title, for another holder it names; ``read``, a person
    the article's own reading found, and ``scene`` (the title's sentence, and its words before the title) set in
    another state, keep a title whose state only the home state gives."""
    form = _forms()[title.group("form").lower()]
    det = (title.group("det") or "").lower()
    if _earlier(scene[0], day):
        return None  # "In 2023, the president said": not the holder on the day of publication
    state = form.state or (_state_words()[title.group("state").lower()] if title.group("state") else "")
    if not state and det in _PERSON_POSSESSIVES:
        named = list(_holder_names().finditer(clause))
        state = _holder_states()[named[-1].group(0)] if named else ""
    elif not state and det in ("the", "our", ""):
        state = home_state(text, source)
        if det != "our" and (_names_another(before, form, state, day) or read in _known_people() or _abroad(scene, state)
                             or _datelined_abroad(text, state)):
            return None  # keep what the article itself says first
    if form.only and not title.group("state") and state != form.only:
        return None  # "the Foreign Secretary" in a Seoul paper: Britain's, not South Korea's foreign minister
    return holder_on(state, form.office, day) if state else None


@functools.cache
def _places() -> tuple[re.Pattern, dict[str, str]]:
    """A place of ``data/office_places.csv`` after "in" or "at" in the phrase that opens a title's clause ("In
    Washington, "); and each place's state."""
    t = load_table("office_places.csv")
    places = dict(zip(t.place, t.state))
    return re.compile(rf"\b(?i:in|at)\s+(?P<place>(?i:{alternation(places)}))\b(?![’']s)[^,#.]*,\s*\Z"), places


_PAST_YEAR = re.compile(r"\b(?i:in|during|since)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b")
_STOP = re.compile(r"[.!?](?:\s|\Z)")


_LAST_YEAR = re.compile(r"\b(?i:last\s+year|a\s+year\s+ago|(?:two|three|four|five|\d+)\s+years\s+ago)\b")


def _earlier(sentence: str, day: dt.date) -> bool:
    """Whether a sentence dates what it tells before the year of publication ("In 2023, the president said", "Last
    year, the president said")."""
    return any(int(m.group("year")) < day.year for m in _PAST_YEAR.finditer(sentence)) or bool(
        _LAST_YEAR.search(sentence))


def _abroad(scene: tuple[str, str], home: str) -> bool:
    """Whether the phrase that opens a title's clause sets it in a place of a state other than ``home`` ("In
    Washington, the president said" in a Seoul paper; not "troops in Russia are fodder, the president said")."""
    at_place, places = _places()
    return any(places[m.group("place").lower()] != home for m in at_place.finditer(scene[1].rstrip() + " "))


def _datelined_abroad(text: str, home: str) -> bool:
    """Whether an article's dateline is a place of a state other than its outlet's home ("WASHINGTON (Yonhap) --",
    "MINSK (TASS) --"): its bare "the president" is the host's as likely as the home state's."""
    city = opening_city(text)
    return city is not None and _places()[1].get(city.lower(), home) != home


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
