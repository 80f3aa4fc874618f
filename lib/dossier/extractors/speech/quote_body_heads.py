"""Who "the head of <a body>" or "the minister" is, when a quote's speaker is so described: a holder of that office.

"Czech Defence Minister Lenka Dvorakova met … “…,” the head of the Czech Ministry of Defence said": the
body's head is the person the article named before whose office is that body, not the body.  An office is a body
by ``data/owned_bodies.csv`` (a defence minister heads a defence ministry) when every word of the body's phrase is
in the body's name, spelling and stem folded ("Ministry of Defence").  Of several such persons, only one
whose first mention shares a word of the body's name beyond the office's ("Czech") or whose state the name gives,
when the name tells the state; the last named if still several.  The head nouns are data (``data/body_heads.csv``).

"the minister", where the account reads a minister the article only mentioned since ("She met Ukraine's Defence
Minister …"), is the minister who has been speaking (:func:`speaking_holder`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER, alternation
from ...vocab import load_table
from ..mentions import mention_vocab as V
from ..mentions.back_references import body_by_noun, named_by_head
from ..mentions.speaker_vocab import speaker_aliases
from .owned_bodies import office_phrases
from ...text.word_keys import word_key

_WORD = re.compile(r"[\w’'\-]+")


@functools.cache
def _head_nouns() -> tuple[str, ...]:
    """The head nouns of ``data/body_heads.csv`` ("head", "chief")."""
    return tuple(load_table("body_heads.csv").word)


@functools.cache
def _head_keys() -> frozenset[str]:
    return frozenset(word_key(h) for h in _head_nouns())


@functools.cache
def _head_before() -> re.Pattern:
    """ "the head of the ", "the chief of ": a head noun and "of", ending where the body's name starts."""
    heads = alternation(_head_nouns())
    return re.compile(rf"\b(?i:the\s+)?(?:{heads})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


def _keys(text: str) -> set[str]:
    return {word_key(w) for w in _WORD.findall(text)}


@functools.cache
def _head_apposition() -> re.Pattern:
    """ ", the chief of ", ", head of the ": after a person's name, an apposition naming the body they head."""
    heads = alternation(_head_nouns())
    return re.compile(rf",\s+(?:the\s+)?(?:{heads})\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _introduced_head(art, start: int, body: str) -> str | None:
    """The last person before ``start`` whom an apposition introduced as the head of ``body`` ("Jane Roe, the
    chief of the state intelligence office," when that is the body)."""
    found = None
    mentions = art.account.between(0, start)
    for i, m in enumerate(mentions):
        if m.entity is None or m.entity.kind != "person" or (a := _head_apposition().match(art.masked, m.end)) is None:
            continue
        after = next((x for x in mentions[i + 1:] if x.start >= a.end()), None)
        if after is not None and after.start - a.end() <= _OWNER_CHARS and after.entity is not None and (
                after.entity.name == body):
            found = m.entity.name
    return found


_OWNER_CHARS = 12  # "Ukraine's " before the body's own words in the apposition


class HeadNamed(NamedTuple):
    """A person the text introduced as the head of a body, the head's title first ("the head of the State
    Intelligence Office (SIO), Jane Roe,"): the person, the body, and the words of the body's name."""

    person: str
    bodies: frozenset[str]  # the first named after the head noun, and the one of the letters in brackets
    words: frozenset[str]


def _heads_named(art, start: int) -> list[HeadNamed]:
    """The heads introduced before ``start`` by their title and then their name in an apposition."""
    found = []
    for m in art.account.between(0, start):
        if m.entity is None or m.entity.kind != "person" or not art.masked.startswith(", ", m.start - 2):
            continue
        title = _title_before_name().search(art.masked, max(0, m.start - _TITLE_CHARS), m.start)
        if title is None:
            continue
        bodies = [x.entity.name for x in art.account.between(title.start("body"), m.start)
                  if x.entity is not None and x.entity.kind == "body"]
        if bodies:  # (of "the head of the Directorate of the Ministry of Defence", the directorate)
            headed = {bodies[0], bodies[-1]} if title.group("letters") else {bodies[0]}
            found.append(HeadNamed(m.entity.name, frozenset(headed), frozenset(_keys(title.group("body")))))
    return found


def _head_apposed(art, start: int, end: int) -> str | None:
    """The person named right after "the head of <body>, " when ``masked[start:end]`` lies in that title."""
    person = next((m for m in art.account.between(end, end + _TITLE_CHARS) if m.entity is not None
                   and m.entity.kind == "person"), None)
    if person is None:
        return None
    title = _title_before_name().search(art.masked, max(0, person.start - _TITLE_CHARS), person.start)
    return person.entity.name if title is not None and title.start() <= start < title.end() else None


_TITLE_CHARS = 120  # "the head of the Directorate of Ports of the Ministry of Transport of Ruritania (DPR), "


@functools.cache
def _title_before_name() -> re.Pattern:
    """ "the head of the State Intelligence Office (SIO), ": a head noun of ``data/body_heads.csv``, "of", a body's
    name with no comma or full stop in it (its letters in brackets after it), and the comma before the head's name."""
    heads = alternation(_head_nouns())
    return re.compile(rf"\b(?i:the\s+)?(?i:{heads})\s+of\s+(?P<body>[^,.;:#“”\"()]+?)(?:\s*\((?P<letters>[A-Z]{{2,6}})\))?,\s+\Z")


@functools.cache
def _head_after_body() -> re.Pattern:
    """ "the SIO head", "the intelligence chief": a body's letters or a word or two of its name, then a head noun of
    ``data/body_heads.csv``."""
    return re.compile(rf"(?i:the)\s+(?P<body>[\w\-]+(?:\s+[\w\-]+)?)\s+(?:{alternation(_head_nouns())})")


def body_head(art, start: int, body_text: str) -> str | None:
    """The person "the head of ``body_text``" stands for, where ``body_text`` starts at ``start`` of the article's masked
    text; None when no head noun comes before it, or the article named no one in that office.  ``body_text`` may hold
    the head noun itself, of a body described in lower case ("the head of military intelligence said"), or after the
    body's letters ("the SIO head said"); or, when the head's name is set after the body's in an apposition, the person
    that name is ("said the head of the Harbour Authority, Oleg Sokolov").  """
    if (apposed := _head_apposed(art, start, start + len(body_text))) is not None:
        return apposed
    if (after := _head_after_body().fullmatch(body_text)) is not None:
        named = art.entity_of(start + after.start("body"), start + after.end("body"))
        alias = speaker_aliases().get(V.key(after.group("body")))  # "SIO": the body of its letters
        body = named.name if named is not None else alias.speaker if alias is not None else None
        words = _keys(after.group("body")) - {word_key(w) for w in V.stops()}
        heads = [h.person for h in _heads_named(art, start) if body in h.bodies or (words and words <= h.words)]
        return heads[-1] if heads else None
    if head_described(body_text):
        return _described_head(art, start, body_text)
    if _head_before().search(art.masked, max(0, start - 20), start) is None:
        return None
    if (named := art.entity_of(start, start + len(body_text))) is not None and named.kind == "body" and (
            head := _introduced_head(art, start, named.name)) is not None:
        return head  # "Jane Roe, the chief of SIO, … the head of SIO said"
    if named is not None and (heads := [h.person for h in _heads_named(art, start) if named.name in h.bodies]):
        return heads[-1]  # "the head of the State Intelligence Office (SIO), Jane Roe, … the head of SIO"
    body = _keys(body_text)
    stops = {word_key(w) for w in V.stops()}
    body_state = next((s for w in _WORD.findall(body_text) if (s := V.nationalities().get(V.key(w)))), None)
    held: dict[str, tuple[int, set[str]]] = {}  # each person in that office: last mention and the office's words
    for m in art.account.between(0, start):
        e = m.entity
        if e is None or e.kind != "person":
            continue
        offices = [_keys(p) for t in e.roles for p in office_phrases().get(t, ()) if _keys(p) <= body]
        if offices:
            held[e.name] = (m.start, set().union(*offices))
    if not held:
        return None
    rest = body - stops - set().union(*(w for _, w in held.values()))  # the name's words beyond the office: "czech"
    fits = []
    for name, (last, _) in held.items():
        e = art.account.entity(name)
        first = next(m for m in art.account.mentions if m.entity is not None and m.entity.name == name)
        said = _keys(art.masked[max(0, first.start - 40):first.end])  # the title block before the name too
        if (body_state is not None and e.state == body_state) or (rest & said and (body_state is None or not e.state)):
            fits.append((last, name))
    return max(fits)[1] if fits else None


_SUBJECT_PLACE = re.compile(rf"(?:\s*(?:{UPPER}[\w’'.\-]*|of|the|[’']s))*\s*\Z")  # only a title and names before it


def speaking_holder(art, start: int, role_text: str, entity) -> str | None:
    """The holder of the role "the minister" names who has been speaking, when the account reads the words as another
    holder the article has merely mentioned since ("Wrona said … He met South Korean Defence Minister Ahn. … the
    minister said": Wrona).  Merely mentioned: never a speaker before ``start``, and never a sentence's subject (a
    mention with only a title and names before it in its sentence).  None when that does not hold."""
    words = role_text.split(None, 1)
    if entity is None or entity.kind != "person" or len(words) != 2 or words[0].lower() != "the":
        return None
    title = V.titles().get(V.key(words[1]))
    if title is None or not title.role or title.role not in entity.roles:
        return None
    speakers = [x.speaker for x in art.subjects_before(start, art.sent_at(start)) if x.speaker]
    if entity.name in speakers:
        return None
    for m in art.account.between(0, start):
        if m.entity is not None and m.entity.name == entity.name:
            lo = art.sents[art.sent_at(m.start)].start
            if _SUBJECT_PLACE.fullmatch(art.masked, lo, m.start):
                return None  # the subject of a sentence of its own: brought in to speak
    return next((name for name in speakers if (e := art.account.entity(name)) is not None and e.kind == "person"
                 and title.role in e.roles), None)


@functools.cache
def _head_of() -> re.Pattern:
    """ "the head of military intelligence": a head noun of ``data/body_heads.csv``, "of" and a body in lower case."""
    heads = alternation(_head_nouns())
    return re.compile(rf"(?i:the\s+)(?P<head>{heads})\s+of\s+(?:the\s+)?(?P<body>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){{0,2}})")


def head_described(text: str) -> bool:
    """Whether a group subject is "the head of" a body described in lower case ("the head of military intelligence"):
    a person, whose "of" is no function word cutting the subject short."""
    return _head_of().fullmatch(text) is not None


def _described_head(art, start: int, text: str) -> str | None:
    """ "SIO chief Jane Roe … the head of state intelligence said": a body described in lower case, not
    named, is headed by the last person named before whose title block (the words before their first mention, or an
    apposition after it) gives a head noun and names the body or shares a word with it."""
    m = _head_of().fullmatch(text)
    body = _keys(m.group("body"))
    # The described body's head noun must be the named body's, or all its words: "the defence ministry" is not the
    # body "Defence Intelligence" names, though the two share "defence".
    # (The head noun ends the words before any "of": "defence ministry", "ministry of defence".)
    noun = word_key(_WORD.findall(re.split(r"\s+of\s+", m.group("body"))[0])[-1])

    def fits(words: set[str]) -> bool:
        return noun in words or body <= words

    # "the head of the State Intelligence Office (SIO), Jane Roe, … the head of military intelligence".
    found = next((h.person for h in reversed(_heads_named(art, start)) if fits(h.words)), None)
    for x in art.account.between(0, start):
        e = x.entity
        if e is None or e.kind != "person":
            continue
        lo, hi = max(0, x.start - _BLOCK_CHARS), x.end + (_BLOCK_CHARS if art.masked.startswith(",", x.end) else 0)
        # (The mention holds the title written before the name: "intelligence chief Jane Roe".)
        block = _keys(art.masked[lo:x.end]) - _keys(e.name) | _keys(art.masked[x.end:hi]) | set().union(
            *(_keys(y.entity.name) for y in art.account.between(lo, hi) if y.entity is not None and y is not x))
        if block & _head_keys() and fits(block):
            found = e.name
    return found


_BLOCK_CHARS = 40  # "SIO chief " before a name, ", the head of SIO," after it


_NOUN_SENTENCES = 2  # sentences back in which a body described by its noun ("the presidential office") is met again


def named_body(art, start: int, speaker_text: str) -> str | None:
    """The body a speaker written as "the <noun>" at ``start`` stands for: the last name ending in that head noun
    ("the brigade" after "the 92nd Separate Assault Brigade"), else the last body the sentence or the two before it
    describe by words ending in it ("the office" after "The presidential office convened"); None when neither."""
    if (named := named_by_head(art.masked, speaker_text, start)) is not None:
        return named
    lo = art.sents[max(0, art.sent_at(start) - _NOUN_SENTENCES)].start
    return body_by_noun(speaker_text, art.account.between(lo, start))
