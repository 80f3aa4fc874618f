"""Actors named in the articles: people, organisations, states, places and weapon systems.

Names come from ``data/actors.csv``.  Each entity has a canonical name,
aliases that always resolve to it, and short forms (a bare surname, "the
North") that resolve only in an article naming the entity in full; among
several entities sharing a short form, the one named last before it wins.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from itertools import accumulate, compress

import numpy as np
import pandas as pd

from .. import schema
from ..text.words import UPPER
from ..vocab import load_table
from .name_index import Names, compile_names, find_columns

# A short form followed by another capitalised word is part of a name we do not know
# ("Kim Dae-jung") or a demonym ("the North Korean leader"), not the entity.
_NAME_GOES_ON = rf"(?!\s+{UPPER})"


@functools.cache
def actor_names() -> tuple[Names, Names, dict[str, str]]:
    """The full names and the short forms of ``data/actors.csv``, each compiled, and each entity's kind."""
    table = load_table("actors.csv")
    full, short = [], []
    for entity, aliases, shorts in zip(table["entity"], table["aliases"], table["short"]):
        full += [(n, entity) for n in [entity, *aliases.split("|")] if n]
        short += [(n, entity) for n in shorts.split("|") if n]
    kinds = dict(zip(table["entity"], table["kind"]))
    return compile_names(full), compile_names(short, _NAME_GOES_ON), kinds


def _mentions(aids: list, sents: list, offsets: list, texts: list[str]) -> dict[str, np.ndarray]:
    """Columns ``article_id``, ``sentence``, ``start``, ``end``, ``entity``, ``surface`` of the mentions in the sentences.

    The sentences of an article need not be together: mentions come by
    article, in order of first appearance, then in text order.  A short form
    resolves only against the full names of its own article.
    """
    full_names, short_names, _ = actor_names()
    # Every sentence searched at once, one pass of each alternation; articles are told apart after.
    rank: dict = {}
    code = [rank.setdefault(a, len(rank)) for a in aids]
    full = find_columns(full_names, texts)
    short = find_columns(short_names, texts)
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
    kinds = actor_names()[2]
    named = sentences[sentences["article_id"].notna()]
    found = _mentions(*(named[c].tolist() for c in ("article_id", "sentence", "start", "text")))
    found["kind"] = [kinds[e] for e in found["entity"].tolist()]
    return schema.conform(pd.DataFrame(found), "entities")
