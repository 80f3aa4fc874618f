"""Who speaks for the body they are in: "sources in the Defence Ministry", "officials at the regional government".

People named only by where they work ("sources in the presidential office
told Yonhap", "people in the Kursk administration", "according to the
newspaper's sources in the Defence Ministry") are that body's voice, as an
analyst charts them: its canonical name where ``data/claimants.csv`` knows it,
else the body as written ("Kursk regional government").  A body named by an
adjective of a place alone ("the regional government") is that of the place
the article names by the adjective's noun ("the Kursk region").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER, alternation
from ...vocab import load_table
from .claimant_names import cleaned, kind, normalise
from ..mentions.claimant_vocab import claimant_cues
from ...text.plain_text import holds_any

BODY_KINDS = frozenset({"intelligence", "military", "ministry", "monitor", "think_tank"})
_SPEAKING_KINDS = BODY_KINDS | {"government"}  # a body someone inside speaks for; not a medium, a person or a report


_OWNED_CLAIM = re.compile(r"'s(?: [a-z-]+){1,2}$")  # a body's possessive and the thing of its that people know


class Located(NamedTuple):
    """The body that people in it speak for: a canonical claimant (``known``), else its words as written."""

    body: str
    known: bool


class Subject(NamedTuple):
    """A clause's subject of people placed in a body: where it starts, and the claimant it names (canonical, else the
    words as written)."""

    start: int
    claimant: str


@functools.cache
def _located() -> re.Pattern:
    # In lower-cased, cleaned words: the people, where they are, and the body (less its article) to the end.
    who = alternation(claimant_cues("located_person"))
    where = alternation(claimant_cues("located_in"))
    return re.compile(rf"(?<![\w'])(?:{who}) (?:{where}) (?:the )?(?P<body>[a-z].*)")


def located_body(text: str) -> Located | None:
    """The body that the unnamed people of ``text`` are in and speak for, or None when the words name none."""
    clean = cleaned(text)
    if " " not in clean:
        return None
    if (m := _located().search(clean)) is None:
        return _placed_body(text, clean)
    body = m.group("body")
    if body.rsplit(" ", 1)[-1] in claimant_cues("place_noun"):
        return None  # "a source in South Pyongan province": a place, not a body
    canon = normalise(body)
    if (canon is None or kind(canon) not in _SPEAKING_KINDS) and body.rsplit(" ", 1)[-1] not in claimant_cues("body_noun"):
        body = _OWNED_CLAIM.sub("", body)  # "the Defense Ministry's assessment": the ministry
        canon = normalise(body)
    if canon is not None and kind(canon) in _SPEAKING_KINDS:
        return Located(canon, True)
    words = body.split()
    if canon is not None or words[-1] not in claimant_cues("body_noun") or len(words) < 2:
        return None  # "sources in Seoul", "officials in the ministry": a place, or a body named before
    at = text.replace("’", "'").lower().rfind(body)
    return Located(text[at:at + len(body)] if at >= 0 else body, False)


def _placed_body(text: str, clean: str) -> Located | None:
    """A body named by the level of its place alone ("the regional military administration", "the city council"):
    the place's body, whose place :func:`of_place` reads from the article; else None."""
    words = clean.split()
    if words[0] not in claimant_cues("place_adjective") or words[-1] not in claimant_cues("body_noun") or len(words) > 4:
        return None  # most words: the first tells
    at = text.replace("’", "'").lower().find(words[0])
    return Located(text[at:] if at >= 0 else clean, False)


_SUBJECT_WORDS = 12  # people placed in a body, as a clause's subject, are a phrase
_BEFORE_NOUN = 3  # determiners and modifiers before their noun: "The newspaper's sources", "two senior officials"


@functools.cache
def _people() -> tuple[str, ...]:
    return tuple(claimant_cues("located_person"))


def located_subject(sentence: str, end: int) -> Subject | None:
    """A clause's subject ending at ``end`` that is people placed in a body ("Later, officials at the regional
    government said", "A source familiar with the NIS briefing said"), else None."""
    lo = max(0, end - 120)
    if not holds_any(sentence[lo:end].lower(), _people()):
        return None  # most subjects are no such people
    opened = max(sentence.rfind(", ", lo, end), sentence.rfind("; ", lo, end))
    opened = opened + 2 if opened >= 0 else lo if lo == 0 else -1
    clause = sentence[opened:end] if opened >= 0 else ""
    if not clause or len(clause.split()) > _SUBJECT_WORDS:
        return None
    clean = cleaned(clause)
    m = _located().search(clean)
    if m is None or len(clean[:m.start()].split()) > _BEFORE_NOUN or (located := located_body(clause)) is None:
        return None
    return Subject(opened, located.body if located.known else clause.rstrip())


@functools.cache
def _place_named() -> re.Pattern:
    # "the Kursk region", "Belgorod oblast", "the region of Kursk", "the Kursk regional governor": a capitalised
    # place and its noun or adjective.
    nouns = alternation({*claimant_cues("place_adjective"), *claimant_cues("place_adjective").values()})
    name = rf"(?!(?:The|A|An|Its|Their|This|That)\b){UPPER}[\w'-]+"
    return re.compile(rf"\b(?:(?P<name>{name}) (?P<noun>{nouns})\b|(?P<noun2>{nouns}) of (?P<name2>{name}))")


def of_place(body: str, before: str) -> str:
    """``body`` with the place it belongs to, when it names one by an adjective alone ("regional government": the
    last region ``before``, the article's text up to it, names); else ``body`` as written."""
    first = body.split(" ", 1)[0]
    noun = claimant_cues("place_adjective").get(first.lower())
    if noun is None or first[:1].isupper():
        return body
    adjectives = claimant_cues("place_adjective")
    named = [(m.start(), m.group("name") or m.group("name2")) for m in _place_named().finditer(before)
             if adjectives.get(w := m.group("noun") or m.group("noun2"), w) == noun]
    # A place the vocabularies know, named bare after those ("Separately, in Zaporizhzhia, the regional ..."), is
    # the one now spoken of.
    bare = [(m.start(), m.group(0)) for m in _known_places().finditer(before, named[-1][0] + 1 if named else 0)]
    return f"{max(named + bare)[1]} {body}" if named or bare else body


@functools.cache
def _known_places() -> re.Pattern:
    places = load_table("claimant_places.csv")["place"]
    return re.compile(rf"\b(?:{alternation(p.title() for p in places)})\b")
