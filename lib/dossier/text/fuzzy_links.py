"""Groups of near-identical strings: which quote keys :func:`dossier.extractors.quotes.link_keys` links.

Two keys are linked when ``fuzz.ratio(a, b) >= threshold``, or when both
have ``min_words`` words or more and ``fuzz.partial_ratio(a, b) >=
partial_cutoff``; groups are the chains of links.  Every pair is scored by
rapidfuzz, with those scorers and cut-offs, but not every pair is a
candidate, as N²/2 pairs are out of reach for an archive:

- a key of fewer than ``min_words`` words can only link by ratio, so only
  to a key of about its length: such keys are scored against every key of a
  length the ratio allows, in blocks (``process.cdist``, all cores); so is
  every key under a ratio threshold below ``DENSE_BELOW``, where keys that
  link may share few words;
- two longer keys are scored when one holds one of the other's
  ``RARE_GRAMS`` rarest ``Q``-grams (an inverted index of the keys'
  character ``Q``-grams, case folded): copies of one quote keep most of
  their characters in place, and a partial quote keeps those it quotes.

The second rule is a heuristic: two keys that link but differ in each of
their rarest q-grams are missed.  On generated archives (``benchmarks/
link_keys.py``), it finds more than 99 % of the links of scoring every
pair; ``tests/test_fuzzy_links.py`` holds it to that.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

__all__ = ["components"]

Q = 5
RARE_GRAMS = 3
DENSE_BELOW = 85
# Rows of one cdist block: a block's scores are held as bytes, rows × partners.
_BLOCK = 2048


def components(keys: list[str], threshold: float, *, partial_cutoff: float = 95, min_words: int = 6,
               workers: int = -1) -> np.ndarray:
    """Groups of ``keys`` under the linking rule, as the smallest index of each key's group.

    Parameters
    ----------
    keys : list of str
        Distinct keys, in any order.
    threshold : float
        Least ``fuzz.ratio`` that links two keys, 0 to 100 (NaN links nothing).
    partial_cutoff : float
        Least ``fuzz.partial_ratio`` that links two keys of ``min_words``
        words or more (``len(key.split())``).
    min_words : int
        See ``partial_cutoff``.
    workers : int
        Threads rapidfuzz scores blocks with (``-1``: one per core).

    Returns
    -------
    ndarray of int64
        For each key, the index of the first key of its group.
    """
    n = len(keys)
    for cutoff in (threshold, partial_cutoff):
        process.cpdist([""], [""], scorer=fuzz.ratio, score_cutoff=cutoff)  # rapidfuzz's own check of the range
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def link(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    words = [k.split() for k in keys]
    if n >= 2 and not math.isnan(threshold):
        for i, j in _short_pairs(keys, words, threshold, min_words, workers):
            link(i, j)
    for i, j in _gram_pairs(keys, words, min_words):
        if find(i) == find(j):
            continue
        a, b = keys[i], keys[j]
        if fuzz.ratio(a, b, score_cutoff=threshold) or (
            LCSseq.similarity(a, b) >= _least_lcs(min(len(a), len(b)), partial_cutoff)
            and fuzz.partial_ratio(a, b, score_cutoff=partial_cutoff)
        ):
            link(i, j)
    return np.fromiter((find(i) for i in range(n)), dtype=np.int64, count=n)


def _least_lcs(m: int, cutoff: float) -> float:
    """Least LCS of a key of ``m`` characters with a longer one for their ``partial_ratio`` to reach ``cutoff``.

    The partial ratio is the ratio of the shorter key with some substring
    ``w`` of the longer: ``LCS >= cutoff · (m + |w|) / 200`` and ``|w| >= LCS``.
    A margin keeps a pair scored exactly at the cut-off.
    """
    return cutoff * m / (200 - cutoff) - 1e-6 if cutoff < 200 else 0


def _short_pairs(keys, words, threshold, min_words, workers):
    """Pairs linked by ratio where one key has fewer than ``min_words`` words (any key under
    ``DENSE_BELOW``): every partner of a length the ratio allows."""
    lens = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    order = np.argsort(lens, kind="stable")
    sorted_lens = lens[order]
    every = threshold < DENSE_BELOW
    short = np.array([i for i in order.tolist() if every or len(words[i]) < min_words], dtype=np.int64)
    # fuzz.ratio >= t needs the shorter key at least t / (200 - t) times as long as the longer.
    stretch = (200 - threshold) / threshold if threshold > 0 else math.inf
    for start in range(0, len(short), _BLOCK):
        rows = short[start:start + _BLOCK]
        lo = np.searchsorted(sorted_lens, math.floor(lens[rows[0]] / stretch) if stretch else 0, side="left")
        hi = np.searchsorted(sorted_lens, lens[rows[-1]] * stretch, side="right")
        partners = order[lo:hi]
        scores = process.cdist([keys[i] for i in rows], [keys[j] for j in partners], scorer=fuzz.ratio,
                               score_cutoff=threshold, dtype=np.uint8 if threshold >= 1 else np.float32,
                               workers=workers)
        # rapidfuzz gives 0 under the cut-off, and a score of 0 links nothing, as in scoring pair by pair.
        for r, c in zip(*np.nonzero(scores)):
            i, j = int(rows[r]), int(partners[c])
            if i != j:
                yield i, j


def _gram_pairs(keys, words, min_words):
    """Pairs of keys of ``min_words`` words or more where one holds one of the other's rarest q-grams."""
    long = [i for i, ws in enumerate(words) if len(ws) >= min_words]
    grams = {i: _grams(keys[i]) for i in long}
    df = Counter(g for i in long for g in grams[i])
    holders = defaultdict(list)
    for i in long:
        for g in grams[i]:
            holders[g].append(i)
    seen = set()
    for i in long:
        for g in sorted(grams[i], key=lambda g: (df[g], g))[:RARE_GRAMS]:
            for j in holders[g]:
                pair = (i, j) if i < j else (j, i)
                if i != j and pair not in seen:
                    seen.add(pair)
                    yield pair


def _grams(key: str) -> set[str]:
    """The words of ``key`` cut to their first ``Q`` letters, case folded: copies of a quote differ
    in case and in endings ("troops", "Troop", "struggl")."""
    return {w.casefold()[:Q] for w in key.split()}
