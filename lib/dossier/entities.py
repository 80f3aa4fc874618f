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
from typing import NamedTuple

import pandas as pd

from . import schema
from .vocab import load_table

_SEPARATOR = r"[\s\-‐‑]+"
_APOSTROPHE = "['’]"
# A short form followed by another capitalised word is part of a name we do not know
# ("Kim Dae-jung") or a demonym ("the North Korean leader"), not the entity.
_NAME_GOES_ON = r"(?!\s+[A-ZÀ-Þ])"


_WORD_START = re.compile(r"\b\w")


class _Names(NamedTuple):
    """Name patterns indexed by their first two letters, lower case, longest name first."""

    by_start: dict[str, list[tuple[re.Pattern, str]]]


def name_pattern(name: str) -> str:
    """A regular expression for ``name``: case-sensitive, but spaces and hyphens between its parts interchangeable.

    A part after the first may start in either case ("Kim Jong-un"), and so
    may a leading article ("the North", "The North"; "The Guardian", "the Guardian").
    """
    parts = re.split(_SEPARATOR, name.strip())
    loose_first = parts[0].lower() == "the"
    out = []
    for i, part in enumerate(parts):
        chars = []
        for j, ch in enumerate(part):
            if ch in "'’":
                chars.append(_APOSTROPHE)
            elif j == 0 and ch.isalpha() and (i > 0 or loose_first):
                chars.append(f"[{re.escape(ch.lower())}{re.escape(ch.upper())}]")
            else:
                chars.append(re.escape(ch))
        out.append("".join(chars))
    return _SEPARATOR.join(out)


def _compile(names: list[tuple[str, str]], suffix: str = "") -> _Names:
    # One alternation of every name is slow on long texts; trying only the names that
    # start like the word at hand is fast.  Longest first, so that "Kursk region" wins.
    by_start: dict[str, list[tuple[re.Pattern, str]]] = defaultdict(list)
    for name, entity in sorted(names, key=lambda n: len(n[0]), reverse=True):
        by_start[name[:2].lower()].append((re.compile(rf"{name_pattern(name)}{suffix}(?!\w)"), entity))
    return _Names(dict(by_start))


@functools.cache
def _vocabulary() -> tuple[_Names, _Names, dict[str, str]]:
    table = load_table("actors.csv")
    full, short = [], []
    for entity, aliases, shorts in zip(table["entity"], table["aliases"], table["short"]):
        full += [(n, entity) for n in [entity, *aliases.split("|")] if n]
        short += [(n, entity) for n in shorts.split("|") if n]
    kinds = dict(zip(table["entity"], table["kind"]))
    return _compile(full), _compile(short, _NAME_GOES_ON), kinds


def _find(names: _Names, text: str):
    """``(start, end, entity, surface)`` of the names in ``text``, leftmost first, never overlapping."""
    pos = 0
    for w in _WORD_START.finditer(text):
        if w.start() < pos:
            continue
        for pattern, entity in names.by_start.get(text[w.start() : w.start() + 2].lower(), ()):
            m = pattern.match(text, w.start())
            if m:
                pos = m.end()
                yield m.start(), m.end(), entity, m.group()
                break


def _article_mentions(rows) -> list[tuple]:
    """Mentions in one article's sentences ``(sentence, offset, text)``, in text order."""
    full_names, short_names, _ = _vocabulary()
    found, shorts = [], []
    for sent, offset, text in rows:
        full = list(_find(full_names, text))
        found += [(sent, offset + s, offset + e, entity, surface) for s, e, entity, surface in full]
        for s, e, entity, surface in _find(short_names, text):
            if not any(fs < e and s < fe for fs, fe, _, _ in full):
                shorts.append((sent, offset + s, offset + e, entity, surface))
    named = defaultdict(list)
    for _, start, _, entity, _ in found:
        named[entity].append(start)
    by_surface = defaultdict(set)
    for _, _, _, entity, surface in shorts:
        by_surface[surface].add(entity)
    for sent, start, end, _, surface in shorts:
        candidates = [e for e in by_surface[surface] if named[e]]
        if candidates:
            found.append((sent, start, end, _nearest(candidates, named, start), surface))
    return sorted(found, key=lambda r: r[1])


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
    rows = []
    for aid, part in sentences.groupby("article_id", sort=False):
        for sent, start, end, entity, surface in _article_mentions(zip(part["sentence"], part["start"], part["text"])):
            rows.append((aid, sent, start, end, entity, kinds[entity], surface))
    return schema.conform(pd.DataFrame(rows, columns=schema.columns("entities")), "entities")
