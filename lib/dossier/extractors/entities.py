"""Actors named in the articles: people, organisations, states, places and weapon systems.

Names come from ``data/actors.csv``.  Each entity has a canonical name,
aliases that always resolve to it, and short forms (a bare surname, "the
North") that resolve only in an article naming the entity in full; among
several entities sharing a short form, the one named last before it wins.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from itertools import accumulate, compress
from typing import NamedTuple

import numpy as np
import pandas as pd

from .. import schema
from ..vocab import load_table

_SEPARATOR = r"[\s\-‐‑]+"
_APOSTROPHE = "['’]"
# A short form followed by another capitalised word is part of a name we do not know
# ("Kim Dae-jung") or a demonym ("the North Korean leader"), not the entity.
_NAME_GOES_ON = r"(?!\s+[A-ZÀ-Þ])"


_WORD_START = re.compile(r"\b\w")
_TEXT_BREAK = "\x00"


class _Names(NamedTuple):
    """Name patterns, longest name first: indexed by their first two letters, lower case, and in one alternation.

    ``combined`` is None when a name's first two letters may be written so
    that they do not lower to its index key; ``entities[i]`` is the entity
    of the alternation's group ``i + 1``.  ``plain`` is the alternation
    without its groups, quicker to search.
    """

    by_start: dict[str, list[tuple[re.Pattern, str]]]
    combined: re.Pattern | None
    entities: list[str]
    plain: re.Pattern | None = None


def name_pattern(name: str) -> str:
    """A regular expression for ``name``: case-sensitive, but spaces and hyphens between its parts interchangeable.

    A part after the first may start in either case ("Kim Jong-un"), and so
    may a leading article ("the North", "The North"; "The Guardian", "the Guardian").
    """
    first, _, rest = _name_pieces(name)
    return first + rest


def _name_pieces(name: str) -> tuple[str, str, str]:
    """:func:`name_pattern` cut after its first character: that character's pattern, the characters it matches, the rest."""
    parts = re.split(_SEPARATOR, name.strip())
    loose_first = parts[0].lower() == "the"
    pieces = []  # per part, (pattern, characters matched) of each character
    for i, part in enumerate(parts):
        chars = []
        for j, ch in enumerate(part):
            if ch in "'’":
                chars.append((_APOSTROPHE, "'’"))
            elif j == 0 and ch.isalpha() and (i > 0 or loose_first):
                chars.append((f"[{re.escape(ch.lower())}{re.escape(ch.upper())}]", ch.lower() + ch.upper()))
            else:
                chars.append((re.escape(ch), ch))
        pieces.append(chars)
    pattern = _SEPARATOR.join("".join(p for p, _ in chars) for chars in pieces)
    if not pieces[0]:
        return "", "", pattern
    first, letters = pieces[0][0]
    return first, letters, pattern[len(first) :]


def _compile(names: list[tuple[str, str]], suffix: str = "") -> _Names:
    # A name is tried only at a word starting like it (its first two letters, lower case),
    # longest first, so that "Kursk region" wins.
    ordered = sorted(names, key=lambda n: len(n[0]), reverse=True)
    by_start: dict[str, list[tuple[re.Pattern, str]]] = defaultdict(list)
    for name, entity in ordered:
        by_start[name[:2].lower()].append((re.compile(rf"{name_pattern(name)}{suffix}(?!\w)"), entity))
    combined, entities, plain = None, [], None
    if all(_starts_like_its_key(name) and _TEXT_BREAK not in name for name, _ in ordered):
        combined, entities = _alternation(ordered, suffix)
        if combined is not None:
            plain = _alternation(ordered, suffix, groups=False)[0]
    return _Names(dict(by_start), combined, entities, plain)


def _alternation(ordered: list[tuple[str, str]], suffix: str, groups: bool = True) -> tuple[re.Pattern | None, list[str]]:
    """One pattern finding ``ordered`` names as :func:`_find` tries them, and the entity of each of its groups.

    Valid only when every name can match only where a word starts like it
    (:func:`_starts_like_its_key`): then at a word start the first name that
    matches, in order, is the one the index would give, and no Python loop over
    words is needed.  The alternatives are grouped under the first character
    they match, so that re tries only the names starting like the word; an
    empty group at the end of each says which name matched (none when not ``groups``).
    """
    by_letter: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, entity in ordered:
        _, letters, rest = _name_pieces(name)
        for letter in letters:
            by_letter[letter].append((rf"{rest}{suffix}(?!\w){'()' if groups else ''}", entity))
    # The first character before the look back for a word start: a pattern starting with a
    # choice of plain characters lets re skip ahead to the next of them, not try each position.
    # re tries the branches in turn: lower case first, as running text is mostly lower case.
    letters = sorted(by_letter, key=lambda c: not c.islower())
    branches = [rf"{re.escape(c)}(?<!\w.)(?:{'|'.join(p for p, _ in by_letter[c])})" for c in letters]
    entities = [entity for c in letters for _, entity in by_letter[c]]
    combined = re.compile("|".join(branches))
    return (combined, entities) if combined.groups == (len(entities) if groups else 0) else (None, [])


def _starts_like_its_key(name: str) -> bool:
    """Whether the first two characters of every match of ``name`` lower to ``name[:2].lower()``.

    So for an ASCII name whose first part has two characters or more, neither an apostrophe
    (which matches either apostrophe): :func:`name_pattern` keeps them as written, or lets
    a leading article's first letter take either case.
    """
    head = name[:2]
    first = re.split(_SEPARATOR, name.strip())[0]
    return name == name.strip() and len(first) >= 2 and head.isascii() and not set(head) & set("'’") and bool(_WORD_START.match(head))


@functools.cache
def _vocabulary() -> tuple[_Names, _Names, dict[str, str]]:
    table = load_table("actors.csv")
    full, short = [], []
    for entity, aliases, shorts in zip(table["entity"], table["aliases"], table["short"]):
        full += [(n, entity) for n in [entity, *aliases.split("|")] if n]
        short += [(n, entity) for n in shorts.split("|") if n]
    kinds = dict(zip(table["entity"], table["kind"]))
    return _compile(full), _compile(short, _NAME_GOES_ON), kinds


def _find(names: _Names, text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, entity, surface)`` of the names in ``text``, leftmost first, never overlapping."""
    if names.combined is not None:
        entity = names.entities
        return [(m.start(), m.end(), entity[m.lastindex - 1], m.group()) for m in names.combined.finditer(text)]
    found, pos = [], 0
    for w in _WORD_START.finditer(text):
        if w.start() < pos:
            continue
        for pattern, entity in names.by_start.get(text[w.start() : w.start() + 2].lower(), ()):
            m = pattern.match(text, w.start())
            if m:
                pos = m.end()
                found.append((m.start(), m.end(), entity, m.group()))
                break
    return found


class _Hits(NamedTuple):
    """Names found in a list of texts, as columns: the text, offsets in it, entity and surface of each."""

    text: np.ndarray
    start: np.ndarray
    end: np.ndarray
    entity: list[str]
    surface: list[str]


def _find_columns(names: _Names, texts: list[str]) -> _Hits:
    """The names in each of ``texts``, as :func:`_find` gives them for each, texts in order."""
    if names.plain is None:
        found = [(i, *hit) for i, text in enumerate(texts) for hit in _find(names, text)]
        i, s, e, entity, surface = zip(*found) if found else ((), (), (), (), ())
        return _Hits(np.array(i, dtype=np.int64), np.array(s, dtype=np.int64), np.array(e, dtype=np.int64), list(entity), list(surface))
    # One search of the texts joined by a character no name holds: to the name
    # patterns' look-arounds it reads as the end of one text and the start of the next.
    joined = _TEXT_BREAK.join(texts)
    s, e, surface = [], [], []
    # The alternation without groups: a match object makes room for every group.
    for m in names.plain.finditer(joined):
        start, end = m.span()
        s.append(start)
        e.append(end)
        surface.append(m.group())
    # The names of one first character share their look-arounds, so where a surface is found
    # the first name matching it is the same: the groups are read once a surface.
    who: dict[str, str] = {}
    for start, name in zip(s, surface):
        if name not in who:
            who[name] = names.entities[names.combined.match(joined, start).lastindex - 1]
    at = np.fromiter(accumulate((len(t) + 1 for t in texts[:-1]), initial=0), dtype=np.int64)
    s, e = np.array(s, dtype=np.int64), np.array(e, dtype=np.int64)
    i = np.searchsorted(at, s, side="right") - 1
    return _Hits(i, s - at[i], e - at[i], list(map(who.__getitem__, surface)), surface)


def _find_in(names: _Names, texts: list[str]) -> list[tuple[int, int, int, str, str]]:
    """``(i, start, end, entity, surface)`` of the names in each of ``texts``, as :func:`_find` gives them for ``texts[i]``."""
    hits = _find_columns(names, texts)
    return list(zip(hits.text.tolist(), hits.start.tolist(), hits.end.tolist(), hits.entity, hits.surface))


def _mentions(aids: list, sents: list, offsets: list, texts: list[str]) -> dict[str, np.ndarray]:
    """Columns ``article_id``, ``sentence``, ``start``, ``end``, ``entity``, ``surface`` of the mentions in the sentences.

    The sentences of an article need not be together: mentions come by
    article, in order of first appearance, then in text order.  A short form
    resolves only against the full names of its own article.
    """
    full_names, short_names, _ = _vocabulary()
    # Every sentence searched at once, one pass of each alternation; articles are told apart after.
    rank: dict = {}
    code = [rank.setdefault(a, len(rank)) for a in aids]
    full = _find_columns(full_names, texts)
    short = _find_columns(short_names, texts)
    f_start = np.array(offsets, dtype=np.int64)[full.text] + full.start
    idx, start, end, entity, surface = [], [], [], [], []
    if len(short.text):
        # A short form inside a full name is not one. In the joined texts the full names lie
        # apart and in order: the last starting before a short form's end is the one it may be in.
        at = np.fromiter(accumulate((len(t) + 1 for t in texts[:-1]), initial=0), dtype=np.int64)
        f_at, f_end = at[full.text] + full.start, at[full.text] + full.end
        s_at = at[short.text] + short.start
        k = np.searchsorted(f_at, s_at - short.start + short.end, side="left") - 1
        inside = (k >= 0) & (f_end[np.maximum(k, 0)] > s_at) if len(f_at) else np.zeros(len(s_at), dtype=bool)
        columns = zip(short.text.tolist(), short.start.tolist(), short.end.tolist(), short.entity, short.surface)
        kept = list(compress(columns, (~inside).tolist()))
        by_surface = defaultdict(set)
        for i, _, _, ent, surf in kept:
            by_surface[code[i], surf].add(ent)
        # Only the entities a short form may stand for need their full names' places.
        wanted = set(short.entity)
        named = defaultdict(list)
        for i, ent, at in zip(full.text.tolist(), full.entity, f_start.tolist()):
            if ent in wanted:
                named[code[i], ent].append(at)
        for i, s, e, _, surf in kept:
            a, at = code[i], offsets[i] + s
            candidates = [c for c in by_surface[a, surf] if named[a, c]]
            if candidates:
                idx.append(i)
                start.append(at)
                end.append(offsets[i] + e)
                entity.append(_nearest(candidates, {c: named[a, c] for c in candidates}, at))
                surface.append(surf)
    idx = np.concatenate([full.text, np.array(idx, dtype=np.int64)])
    start = np.concatenate([f_start, np.array(start, dtype=np.int64)])
    end = np.concatenate([f_start - full.start + full.end, np.array(end, dtype=np.int64)])
    # By article, then offset; at one offset, full names before short forms, each as found.
    order = np.lexsort((np.arange(len(idx)), start, np.array(code, dtype=np.int64)[idx]))
    idx = idx[order]
    return {
        "article_id": np.array(aids, dtype=object)[idx],
        "sentence": np.array(sents, dtype=object)[idx],
        "start": start[order],
        "end": end[order],
        "entity": np.array(full.entity + entity, dtype=object)[order],
        "surface": np.array(full.surface + surface, dtype=object)[order],
    }


def _nearest(candidates: list[str], named: dict[str, list[int]], at: int) -> str:
    """The candidate named last before ``at``, else the one named first after it."""
    before = [(max(p for p in named[e] if p < at), e) for e in candidates if any(p < at for p in named[e])]
    if before:
        return max(before)[1]
    return min((min(named[e]), e) for e in candidates)[1]


def entities(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per mention of an actor of ``data/actors.csv``.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame.

    Returns
    -------
    DataFrame
        ``article_id``, ``sentence``; ``start``, ``end``: offsets of the
        mention in ``articles.text``; ``entity``: canonical name;
        ``kind``: person, organisation, state, place or weapon system;
        ``surface``: the mention as written.
    """
    kinds = _vocabulary()[2]
    named = sentences[sentences["article_id"].notna()]
    found = _mentions(*(named[c].tolist() for c in ("article_id", "sentence", "start", "text")))
    found["kind"] = [kinds[e] for e in found["entity"].tolist()]
    return schema.conform(pd.DataFrame(found), "entities")
