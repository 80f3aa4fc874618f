"""Who "the head of <a body>" is, when a quote's speaker is so described: the person named before in that office.

"Polish Defence Minister Jan Nowak met … “…,” the head of the Polish Ministry of National Defence said": the
body's head is the person the article named before whose office is that body, not the body.  An office is a body
by ``data/owned_bodies.csv`` (a defence minister heads a defence ministry) when every word of the body's phrase is
in the body's name, spelling and stem folded ("Ministry of National Defence").  Of several such persons, only one
whose first mention shares a word of the body's name beyond the office's ("Polish") or whose state the name gives,
when the name tells the state; the last named if still several.  The head nouns are data (``data/body_heads.csv``).
"""

from __future__ import annotations

import functools
import re

from ..text.words import alternation
from ..vocab import load_table
from . import mention_vocab as V
from .owned_bodies import office_phrases
from .themes_words import word_key

_WORD = re.compile(r"[\w’'\-]+")


@functools.cache
def _head_before() -> re.Pattern:
    """ "the head of the ", "the chief of ": a head noun and "of", ending where the body's name starts."""
    heads = alternation(load_table("body_heads.csv").word)
    return re.compile(rf"\b(?i:the\s+)?(?:{heads})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


def _keys(text: str) -> set[str]:
    return {word_key(w) for w in _WORD.findall(text)}


def body_head(art, start: int, body_text: str) -> str | None:
    """The person "the head of ``body_text``" stands for, where ``body_text`` starts at ``start`` of the article's masked
    text; None when no head noun comes before it, or the article named no one in that office."""
    if _head_before().search(art.masked, max(0, start - 20), start) is None:
        return None
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
    rest = body - stops - set().union(*(w for _, w in held.values()))  # the name's words beyond the office: "polish"
    fits = []
    for name, (last, _) in held.items():
        e = art.account.entity(name)
        first = next(m for m in art.account.mentions if m.entity is not None and m.entity.name == name)
        said = _keys(art.masked[max(0, first.start - 40):first.end])  # the title block before the name too
        if (body_state is not None and e.state == body_state) or (rest & said and (body_state is None or not e.state)):
            fits.append((last, name))
    return max(fits)[1] if fits else None
