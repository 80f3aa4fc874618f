"""The body a person's office is, when a possessive names it: "His office said", "her ministry said", "the
president's office said" after the person was named (``data/owned_bodies.csv``).

A president's office is the presidential office of that president's state, a foreign minister's ministry that
state's foreign ministry: read from the title the article gives the person ("Foreign Minister Cho Hyun"), else, for a
person of the vocabularies, from the one role they hold that owns such a body. Read by the quotes' resolution of
speakers (:mod:`~dossier.extractors.speech.quote_referents`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation
from ...vocab import load_table
from ..mentions.mention_vocab import group_state, home_bodies, key, known, titles
from ..mentions.speaker_vocab import possessive_genders

__all__ = ["OwnedBody", "owned_body", "owned_body_subject"]


class Offices(NamedTuple):
    """The rows of ``data/owned_bodies.csv``, by noun: each (title, phrase)."""

    by_noun: dict[str, tuple[tuple[str, str], ...]]


class OwnedBody(NamedTuple):
    """The body a possessive subject names, or None when whose it is cannot be told."""

    body: str | None


@functools.cache
def _offices() -> Offices:
    t = load_table("owned_bodies.csv")
    by_noun: dict[str, list[tuple[str, str]]] = {}
    for noun, title, phrase in t.itertuples(index=False):
        by_noun.setdefault(noun, []).append((title, phrase))
    return Offices({n: tuple(rows) for n, rows in by_noun.items()})


@functools.cache
def office_phrases() -> dict[str, frozenset[str]]:
    """Of each title of ``data/owned_bodies.csv``, the words of the bodies its holder heads ("defence minister": the
    "defence ministry")."""
    out: dict[str, set[str]] = {}
    for rows in _offices().by_noun.values():
        for title, phrase in rows:
            out.setdefault(title, set()).add(phrase)
    return {t: frozenset(p) for t, p in out.items()}


@functools.cache
def owned_body_subject() -> str:
    """ "His office", "her ministry", "the president's office": a subject, for the anaphors of
    :func:`~dossier.extractors.speech.subject_forms.subject_source`."""
    nouns = alternation(_offices().by_noun)
    owners = alternation({title for rows in _offices().by_noun.values() for title, _ in rows})
    return rf"\b(?:[Hh](?:is|er)|[Tt]he\s+(?i:{owners})['’]s)\s+(?i:{nouns})\b"


_OWNER = re.compile(r"(?i:(?P<pronoun>his|her)|the\s+(?P<title>.+?)['’]s)\s+(?P<noun>\w+)\Z")


def owned_body(art, a) -> OwnedBody | None:
    """The body subject ``a`` names when it is a person's office ("His ministry"); None when it is no such subject."""
    if a.how != "anaphor" or (m := _OWNER.match(a.speaker_text)) is None or (
            rows := _offices().by_noun.get(m.group("noun").lower())) is None:
        return None
    if m.group("pronoun"):
        # (Of the sentences before only: this one's subjects are being read.)
        name = art.antecedent("person", a.start, art.sent_at(a.start), possessive_genders().get(m.group("pronoun").lower(), ""))
        person = art.account.entity(name) if name else None
    else:
        title = titles().get(key(m.group("title")))
        person = art.account.holder(title.role, a.start) if title is not None and title.role else None
    if person is None or person.kind != "person":
        # ("the president's office" with no president named: the home state's, as the vocabularies read it.)
        return OwnedBody(None) if m.group("pronoun") else None
    written = [key(x.surface) for x in art.account.mentions if x.entity is not None and x.entity.name == person.name
               and x.how == "full" and x.start < a.start]
    phrases = {p for title, p in rows if any(f" {title} " in f" {w} " for w in written)}
    if not phrases:
        # A person of the vocabularies, whom the article gives no title: the titles whose every role they hold, the
        # most telling ("a minister and a diplomat": a foreign minister; "a minister" alone: of which ministry, none).
        held = [(len(t.roles), p) for title, p in rows if (t := titles().get(title)) is not None and t.roles <= person.roles]
        phrases = {p for n, p in held if n == max(held)[0]} if held else set()
    if len(phrases) != 1:
        return OwnedBody(None)
    phrase = phrases.pop()
    state = person.state or art.account.home_state
    # ("unification ministry": an alias of the one state's body it is, South Korea's.)
    body = home_bodies().get(phrase, {}).get(state) or (
        alias if (alias := known().get(phrase)) is not None and state and group_state(alias.group) == state else None)
    return OwnedBody(body.name if body is not None and body.kind == "body" else None)
