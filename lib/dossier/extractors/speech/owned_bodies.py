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

from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions.mention_vocab import group_state, home_bodies, key, known, titles
from ..mentions.speaker_vocab import anaphors, possessive_genders

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
    return rf"\b(?:[Hh](?:is|er)|[Tt]he\s+(?i:{owners})['’]s)\s+(?i:{nouns})\b|{_voice_subject()}"


def _voice_subject() -> str:
    """ "Its spokesperson", "the institute's analysts", "the team's members": those who speak for a body the
    possessive names (``data/body_voices.csv``).  The owner in lower case is a body's common noun: never an anaphor
    of data/anaphors.csv ("the ministry's spokesman" is read as an owner and its role) nor a person's title ("the
    president's spokesman")."""
    voices = alternation(_voice_nouns())
    taken = alternation({*(a[4:] for a in anaphors() if a.startswith("the ")), *titles()})
    return rf"\b(?:[Ii]ts|[Tt]he\s+(?!(?i:{taken})['’]s)[a-z]+['’]s)\s+(?i:{voices})\b"


_OWNER = re.compile(r"(?i:(?P<pronoun>his|her)|the\s+(?P<title>.+?)['’]s)\s+(?P<noun>\w+)\Z")
_BODY_OWNER = re.compile(r"(?i:(?P<its>its)|the\s+(?P<noun>[a-z]+)['’]s)\s+\w+\Z")


def owned_body(art, a) -> OwnedBody | None:
    """The body subject ``a`` names when it is a person's office ("His ministry"); None when it is no such subject."""
    if a.how == "anaphor" and (voice := _body_voice(art, a)) is not None:
        return voice
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


def _body_voice(art, a) -> OwnedBody | None:
    """The body whose voice "Its spokesperson", "the institute's analysts" are: for "its", the body the sentence
    before is about; for "the institute's", the last body named before whose name holds the noun
    ("the Korea Institute for Defense Analyses").  No one's when it is no body (a state's "its officials"); None when
    ``a`` is no such subject."""
    voices = _voice_nouns()
    if (m := _BODY_OWNER.match(a.speaker_text)) is None or key(a.speaker_text.rsplit(None, 1)[-1]) not in voices:
        return None
    if m.group("its"):
        # "The Liberal Party has stayed quiet. Its spokesperson said": the body the sentence before opens with, by
        # the form of its name (capitalised words ending in a body's word, data/name_stops.csv), known or not; else
        # the first body the sentence before names as more than a possessor or object.  Never one named further
        # back: "its" points at what was just spoken of.
        here = art.sent_at(a.start)
        if here == 0:
            return OwnedBody(None)
        before = art.sents[here - 1]
        if (named := _body_named().match(art.text, before.start)) is not None:
            known = art.account.resolve(named.start("name"), named.end("name"))
            return OwnedBody(known.name if known is not None and known.kind == "body" else named.group("name"))
        body = next((x.entity for x in art.account.between(before.start, before.end) if x.entity is not None
                     and not x.oblique and x.entity.kind != "person"), None)
        return OwnedBody(body.name if body is not None and body.kind == "body" else None)
    noun = m.group("noun").lower()
    body = next((x.entity for x in reversed(art.account.between(0, a.start)) if x.entity is not None
                 and x.entity.kind == "body" and noun in x.entity.name.lower().split()), None)
    return OwnedBody(body.name if body is not None else None)


@functools.cache
def _voice_nouns() -> frozenset[str]:
    return frozenset(load_table("body_voices.csv").noun)


@functools.cache
def _body_named() -> re.Pattern:
    """A sentence's opening subject that is a body's name by its form: capitalised words ending in a body's word
    ("The Green Party", "The Asan Institute"), then a comma or a verb's word in lower case."""
    t = load_table("name_stops.csv")
    words = alternation(w.capitalize() for w in t.word[t.kind == "body"] if w.isalpha())
    return re.compile(rf"(?:The\s+)?(?P<name>(?:{UPPER}[\w\-]*\s+){{0,4}}(?:{words}))(?=,|\s+[a-z])")
