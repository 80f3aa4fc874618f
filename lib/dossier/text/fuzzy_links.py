"""Which quote keys :func:`dossier.extractors.speech.quotes.link_keys` links: rapidfuzz on pairs that share rare words.

Two keys are linked when ``fuzz.ratio(a, b) >= threshold``, or when both
have ``min_words`` words or more and ``fuzz.partial_ratio(a, b) >=
partial_cutoff``; groups are the chains of links.  Scoring all N²/2 pairs
is out of reach for an archive, so :func:`components` scores only the
candidate pairs that three kinds of blocks propose, each with a bounded
number of pairs per key, and keeps those that rapidfuzz scores at the
cut-offs:

- Ratio, words.  Keys of about the same length (the shorter at least
  ``threshold / (200 − threshold)`` of the longer, which a ratio of
  ``threshold`` needs) that share one of their ``RARE_WORDS`` rarest words
  (in lower case): copies of one quote that differ by a word or two share
  the others.
- Ratio, characters.  Keys of ``SHORT_CHARS`` characters or fewer also
  block on themselves with each character deleted in turn, so that one- and
  two-word keys of common words ("in russia", "in russian") meet: two keys
  one substitution, insertion or deletion apart share such a string.
- Partial ratio.  Each key of ``min_words`` words or more proposes the
  longer keys that hold one of its ``RARE_BIGRAMS`` rarest word pairs: a
  quote of part of a statement carries the statement's word pairs.

Each key is paired with the ``PER_ENTRY`` keys that follow it in each of
its blocks, the block sorted twice: in the order of the keys, and in that
of the keys read backwards (a copy with a word changed shares with its
original all that comes before the change or all that comes after it, so
it sits near it in one of the two orders).  A word pair held by more than
``PAIR_CAP`` keys proposes nothing.  So the pairs scored stay linear in
the keys, and a link may be missed (keys whose every word is common and
changed near both ends, or keys changed at every other word), never
invented: every link is a pair scored by rapidfuzz at the cut-offs.
``benchmarks/link_keys.py`` measures the share of the links of scoring
every pair that are found (``tests/text/test_fuzzy_links.py`` holds it at 99 %
or more on generated archives).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

__all__ = ["components"]

RARE_WORDS = 3  # words of each key that block it for the ratio
RARE_BIGRAMS = 3  # word pairs of each key that look for longer keys holding it
SHORT_CHARS = 20  # keys this short also block on their one-character deletions
PER_ENTRY = 50  # keys read after each key in each order of each block
PAIR_CAP = 300  # keys holding a word pair beyond which it proposes nothing
_CHUNK = 1 << 15  # entries of a block whose pairs are proposed at a time


def components(keys: list[str], threshold: float, *, partial_cutoff: float = 95, min_words: int = 6,
               workers: int = 1) -> np.ndarray:
    """Groups of ``keys`` under the linking rule, as the smallest index of each key's group.

    Parameters
    ----------
    keys : list of str
        Distinct keys, in any order.
    threshold : float
        Least ``fuzz.ratio`` that links two keys, 0 to 100 (NaN links
        nothing, as in rapidfuzz).  The blocks are made for thresholds near
        90: the lower it is, the more of its links share no rare word.
    partial_cutoff : float
        Least ``fuzz.partial_ratio`` that links two keys of ``min_words``
        words or more (``len(key.split())``).
    min_words : int
        See ``partial_cutoff``.
    workers : int
        Threads rapidfuzz scores with (``-1``: one per core).

    Returns
    -------
    ndarray of int64
        For each key, the index of the first key of its group: two keys
        are in one group when a chain of links joins them.

    Raises
    ------
    TypeError
        A cut-off outside 0-100, from rapidfuzz.
    """
    n = len(keys)
    if n < 2:
        return np.arange(n, dtype=np.int64)
    for cutoff in (threshold, partial_cutoff):
        process.cpdist([""], [""], scorer=fuzz.ratio, score_cutoff=cutoff)  # rapidfuzz's own check of the range
    lens = np.fromiter(map(len, keys), dtype=np.int64, count=n)
    key, word = _words(keys)
    links = []
    if not math.isnan(threshold):
        # A ratio of t needs the longer key at most (200 - t) / t times as long as the shorter.
        longest = (200 - threshold) / threshold if threshold > 0 else np.inf
        short = np.flatnonzero(lens <= SHORT_CHARS)
        deletions = pd.Series([[keys[i], *(keys[i][:p] + keys[i][p + 1:] for p in range(lens[i]))] for i in short],
                              index=short, dtype=object).explode()
        blocks = [_rarest(key, word, RARE_WORDS), _distinct(deletions.index.to_numpy(np.int64),
                                                            pd.factorize(deletions.to_numpy())[0])]
        # Within a block, its neighbours in the order of the keys and in that of the keys read backwards: a key
        # and its copy with a word changed share all that comes before the change, or all that comes after.
        ranks = [_ranks(keys), _ranks([k[::-1] for k in keys])]
        pairs = [_block_pairs(k, t, lens, longest, ranks) for k, t in blocks]
        links.append(_score(keys, *_distinct_pairs(pairs, n), fuzz.ratio, threshold, workers))
    n_words = np.bincount(key, minlength=n)
    if not math.isnan(partial_cutoff) and np.count_nonzero(n_words >= min_words) >= 2:
        links.append(_score(keys, *_partial_pairs(key, word, lens, n_words >= min_words), fuzz.partial_ratio,
                            partial_cutoff, workers))
    return _label(n, links)


def _words(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each word of each key, in order: the key's index and the word's id."""
    words = pd.Series(keys, dtype=object).str.lower().str.split().explode().dropna()
    return words.index.to_numpy(np.int64), pd.factorize(words.to_numpy())[0].astype(np.int64)


def _distinct(key: np.ndarray, token: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (key, token) entries, by key then token."""
    span = int(token.max(initial=0)) + 1
    code = _unique(key * span + token)
    return code // span, code % span


def _rarest(key: np.ndarray, token: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each key's ``k`` distinct tokens held by fewest keys (of two as rare, the first met in the corpus)."""
    key, token = _distinct(key, token)
    held_by = np.bincount(token)
    order = np.lexsort((token, held_by[token], key))
    key, token = key[order], token[order]
    at = np.arange(len(key))
    first = np.maximum.accumulate(np.where(np.r_[True, key[1:] != key[:-1]], at, 0))
    return key[at - first < k], token[at - first < k]


def _block_pairs(key: np.ndarray, token: np.ndarray, lens: np.ndarray, longest: float, ranks):
    """Keys sharing a token whose lengths allow a ratio, each with its ``PER_ENTRY`` next in each order of ``ranks``."""
    xs, ys = [np.empty(0, np.int32)], [np.empty(0, np.int32)]
    for rank in ranks:
        order = np.lexsort((rank[key], token))
        k, t = key[order].astype(np.int32), token[order]
        count = np.minimum(np.searchsorted(t, t, side="right") - np.arange(len(k)) - 1, PER_ENTRY)
        for a in range(0, len(k), _CHUNK):  # a chunk at a time: most pairs proposed fail the lengths
            at = np.arange(a, min(a + _CHUNK, len(k)))
            x, y = np.repeat(k[at], count[at]), k[_ranges(at + 1, count[at])]
            fits = np.maximum(lens[x], lens[y]) <= np.minimum(lens[x], lens[y]) * longest + 1e-9
            xs.append(x[fits])
            ys.append(y[fits])
    return np.concatenate(xs), np.concatenate(ys)


def _partial_pairs(key: np.ndarray, word: np.ndarray, lens: np.ndarray, eligible: np.ndarray):
    """Pairs of eligible keys where the longer holds one of the shorter's rarest word pairs."""
    key, bigram = _distinct(*_bigrams(key, word, eligible))
    held_by = np.bincount(bigram)
    holders = key[np.argsort(bigram, kind="stable")]
    first = np.r_[0, np.cumsum(held_by)]
    q_key, q_bigram = _rarest(key, bigram, RARE_BIGRAMS)
    keep = held_by[q_bigram] <= PAIR_CAP
    q_key, q_bigram = q_key[keep], q_bigram[keep]
    x = np.repeat(q_key, held_by[q_bigram])
    y = holders[_ranges(first[q_bigram], held_by[q_bigram])]
    longer = (lens[y] >= lens[x]) & (x != y)
    return _distinct_pairs([(x[longer], y[longer])], len(lens))


def _bigrams(key: np.ndarray, word: np.ndarray, eligible: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pair of neighbouring words of the eligible keys: the key's index and the pair's id."""
    pair = np.r_[key[1:] == key[:-1], False] & eligible[key]  # a word and the next of the same key
    return key[pair], pd.factorize(word[pair] * (int(word.max()) + 1) + word[1:][pair[:-1]])[0]


def _distinct_pairs(pairs, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct pairs (i < j) among lists of (x, y) arrays."""
    x, y = np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs])
    code = _unique(np.minimum(x, y).astype(np.int64) * n + np.maximum(x, y))
    code = code[code // n != code % n]
    return code // n, code % n


def _score(keys: list[str], i: np.ndarray, j: np.ndarray, scorer, cutoff: float, workers: int):
    """The pairs that ``scorer`` scores at ``cutoff`` or more."""
    if not len(i):
        return i, j
    a, b = np.array(keys, dtype=object)[i], np.array(keys, dtype=object)[j]
    hit = process.cpdist(a.tolist(), b.tolist(), scorer=scorer, score_cutoff=cutoff, workers=workers) != 0
    return i[hit], j[hit]


def _label(n: int, links) -> np.ndarray:
    """The smallest index of each key's group, the groups being the chains of ``links``."""
    label = np.arange(n, dtype=np.int64)
    u = np.concatenate([np.empty(0, np.int64), *(i for i, _ in links)])
    v = np.concatenate([np.empty(0, np.int64), *(j for _, j in links)])
    while len(u):
        a, b = label[u], label[v]
        apart = a != b
        u, v, a, b = u[apart], v[apart], a[apart], b[apart]
        # Hooking the larger root under the smaller never makes a cycle; jumping then flattens the chains.
        np.minimum.at(label, np.maximum(a, b), np.minimum(a, b))
        while not np.array_equal(label[label], label):
            label = label[label]
    return label


def _ranks(texts: list[str]) -> np.ndarray:
    """The place of each text in the sorted texts."""
    rank = np.empty(len(texts), dtype=np.int64)
    rank[np.argsort(np.array(texts, dtype=object), kind="stable")] = np.arange(len(texts))
    return rank


def _unique(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (numpy's hashing ``np.unique`` is several times slower on these)."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``arange(s, s + c)`` for each (s, c), one after the other."""
    counts = np.asarray(counts, dtype=np.int64)
    ends = np.cumsum(counts)
    total = int(ends[-1]) if len(ends) else 0
    return np.repeat(np.asarray(starts, dtype=np.int64) - (ends - counts), counts) + np.arange(total)
