"""A title of a body whose holder the article named before with the body written another way: "the head of the Main
Intelligence Directorate of the Ministry of Defence of Ukraine, Kyrylo Budanov" is who "the head of the HUR", "the
head of military intelligence" or "the head of intelligence" is later on.

Ukrainian and Russian copy gives a person's office in full once, with the body's official name, and then the title
with the body shortened.  A reader takes the later title for the person given it before when the body is the same:
both names are one claimant of ``data/claimants.csv``, or, the later one naming none, its words are all in the full
name and hold the word of the kind of body the full name is in the vocabularies ("intelligence" of the Main
Intelligence Directorate; not "defence", nor the lawmakers of an intelligence committee).  The title must be the
same too: "deputy head of" is another office, so a title of ``data/titles.csv`` right before the earlier one makes
it another.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .claim_article import NamedPerson
from .claimant_names import kind, normalise
from ..mentions.mention_vocab import titles
from ...text.words import WORD

_REACH = 160  # characters before or after a name in which the title given it may stand


class BodyTitle(NamedTuple):
    """A title of a body as a later attribution writes it: "head" of "military intelligence"."""

    title: str
    body: str
    claimant: str | None  # the body's canonical claimant, when its words or the article say which


@functools.cache
def _title_words() -> frozenset[str]:
    # A word that opens a title of its own ("deputy", "acting") makes the title after it another office.
    return frozenset(t.split()[0] for t in titles())


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text) if w.lower() != "the"]


def _same_body(written: str, later: BodyTitle) -> bool:
    """Whether ``written``, the body of a title as first given, is the body ``later`` names."""
    known = normalise(written)
    if later.claimant is not None:
        return known == later.claimant
    # A few words of a body's name ("intelligence") stand for a body the vocabularies know when they hold the word of
    # its kind: "the head of defence" is no head of the Defence Intelligence, nor is "the head of the Intelligence
    # Committee" one of intelligence (a committee of lawmakers).
    words, body_kind = set(_words(written)), kind(known)
    shortened = set(_words(later.body))
    return bool(words) and shortened <= words and body_kind not in (None, "lawmakers") and body_kind in shortened


@functools.cache
def _before_name(title: str) -> re.Pattern:
    # "the head of X, " right before a name: the word before the title, and the body up to the name.
    return re.compile(rf"(?:^|(?<=\s))(?:(?P<pre>[\w'’\-]+)\s+)?{re.escape(title)}\s+of\s+(?P<body>[^.;:!?\"“”]+?)[,\s]*\Z",
                      re.IGNORECASE)


@functools.cache
def _after_name(title: str) -> re.Pattern:
    # ", head of X" in an apposition after a name, a few words before the title allowed ("the acting").
    return re.compile(rf",\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:(?P<pre>[\w'’\-]+)\s+)?{re.escape(title)}\s+of\s+"
                      rf"(?P<body>[^,.;:!?\"“”]+)", re.IGNORECASE)


def _title_before(text: str, lo: int, later: BodyTitle) -> str | None:
    """The body of the title written right before the name at ``lo`` ("the head of X, Kyrylo Budanov"), or None."""
    m = _before_name(later.title).search(text[max(0, lo - _REACH):lo])
    if m is None or (m.group("pre") or "").lower() in _title_words():
        return None
    return m.group("body")


def _title_after(text: str, hi: int, later: BodyTitle) -> str | None:
    """The body of the title in an apposition after the name ending at ``hi`` ("Kyrylo Budanov, head of X,")."""
    m = _after_name(later.title).match(text[hi:hi + _REACH])
    if m is None or (m.group("pre") or "").lower() in _title_words():
        return None
    return m.group("body")


def title_holder(texts: list[str], later: BodyTitle, people: list[NamedPerson]) -> str | None:
    """The person last named before with ``later``'s title of the same body, of ``people`` (in order); else None."""
    for p in reversed(people):
        text = texts[p.sentence]
        for body in (_title_before(text, p.start, later), _title_after(text, p.end, later)):
            if body is not None and _same_body(body, later):
                return p.name
    return None
