"""The exact linking of quote keys, kept to measure :mod:`dossier.text.fuzzy_links` against.

``components`` here returns the groups of scoring every pair, exactly, with
a bit-packed q-gram filter of some 700 lines, fast enough for 100,000 keys:
``link_keys.py`` and ``tests/text/test_fuzzy_links.py`` use it as the reference
that the library's blocks are measured against.

Two keys are linked when ``fuzz.ratio(a, b) >= threshold``, or when both
have ``min_words`` words or more and ``fuzz.partial_ratio(a, b) >=
partial_cutoff``; groups are the chains of links.  Scoring all N²/2 pairs
is out of reach for an archive (200,000 keys are 2·10¹⁰ pairs) and nearly
all of them score far below the cut-offs, so :func:`components` scores
only the pairs that a filter cannot rule out, with the very scorers and
cut-offs of the rule.  The filter may keep a pair that does not link, never
drop one that does, so the groups are exactly those of scoring every pair.
Why it never drops one:

Ratio.  ``fuzz.ratio(a, b) = 100 · (1 − d / (|a| + |b|))``, ``d`` the Indel
distance (insertions and deletions, ``d = |a| + |b| − 2·LCS``).  A pair
scores ``t`` or more only if ``d <= D(|a| + |b|)``, ``D(L) = floor((100 −
t) · L / 100)``, so the LCS is at least ``c = ceil((|a| + |b| − D) / 2)``,
and, since ``d >= |a| − |b|``, the shorter key has at least ``|a| · t /
(200 − t)`` characters.  Call ``x`` the longer key of the pair (of two as
long, the later in length order), ``y`` the other, ``Δ = |y| − |x|``:
``d <= K = D(|x| + |y|) <= k = D(2|x|)``.

Pad both with ``q − 1`` marks at each end (code points no key holds) and
choose ``C`` q-grams of the padded ``x`` that do not overlap.  An edit
script of ``d`` operations from ``x`` to ``y`` (the padding untouched)
spoils at most ``d`` of them: a deletion lies in one gram, an insertion
between two characters of at most one.  A gram that comes through whole
occurs in the padded ``y`` moved by ``s``, the insertions less the
deletions made before it, so ``c − |x| <= s <= |y| − c``.  Better: number
the chosen grams ``i = 0 .. C − 1`` along ``x``, and let ``b_i`` be the
operations before gram ``i``; ``h(i) = b_i − i`` starts at ``h(0) >= 0``,
ends at ``h(C) = d − C``, and goes down (by one, never more) only from a
whole gram to the next with no operation between them.  So for each of
the ``C − d`` levels ``v = 0, −1, .., d − C + 1`` some whole gram ``i``
has ``b_i = i + v``: at least ``C − K`` whole grams with ``|s| <= b_i <=
i`` and ``|Δ − s| <= d − b_i <= C − 1 − i`` (the shift still to come
after the gram).  A pair is
scored only if ``y`` holds at least ``C − K`` of ``x``'s chosen grams at
shifts within all these bounds.  ``C = k + 1 + J``: ``J = 0`` is the plain
pigeonhole (one gram whole), ``J = 1`` (where ``x`` has room for it) asks
for two, which is what makes the filter selective: unrelated sentences of
one language often share one short gram at about the same place, seldom
two.  ``q`` is 4 (3 where 4 leaves no room for ``k + 2`` grams; where 3
does not either, ``J = 0`` and the largest ``q`` that leaves room for ``k
+ 1``).

Which grams: any ``C`` that do not overlap will do, so :func:`_choose`
takes those that cost least to look up (the sum of their frequencies in the
corpus, weighted by the width of their windows of shifts), by dynamic
programming over where the ``C`` grams start.

Partial ratio.  rapidfuzz scores the shorter key ``s`` (``m``
characters) against substrings ``w`` of the longer one of at most ``m``
characters (windows of ``m`` characters, and shorter ones at either end;
of two keys as long, each against the other's), and returns the best
``fuzz.ratio(s, w)`` it finds, or 0 under the cut-off ``p``.  So a pair
that scores ``p`` has some substring ``w`` within Indel distance ``D(m +
|w|) <= k = D(2m)`` of ``s`` (``m // 10`` at 95).  As above, unpadded: of
``C = k + 1 + J`` grams of ``s`` that do not overlap, at least ``J + 1``
occur whole in ``w``, hence in the longer key, anywhere, but all along the
same diagonal (position in the longer key less position in ``s``) give or
take ``k``, since the shifts of two whole grams differ by at most the
operations between them: within two neighbouring buckets of ``k + 1``
diagonals.  ``J = 2`` and ``q`` is 6 or 4 where the key has room for it,
else smaller (six words are eleven characters: ``J = 0`` and two
5-grams).  A pair kept must then pass ``LCS(s, longer) >= ceil(p · m /
(200 − p))`` before the costly partial ratio: the LCS with the whole key
is at least that with ``w``, ``LCS(s, w) >= p · (m + |w|) / 200``, and
``|w| >= LCS(s, w)``.

Keys for which no ``q`` leaves ``k + 1`` grams (thresholds so low that
``k`` reaches the key's length), and short keys among so many keys of
their length that reading the index would cost more, are scored against
every partner their length allows.  The bounds keep a margin of 10⁻⁶
against the rounding of the scores, so a pair that rapidfuzz scores
exactly at the cut-off is kept.  q-grams are compared by (truncated)
hashes: a collision only lets an extra pair through to be scored, and a
gram that occurs twice in a window only lowers the bar.  Pairs already
joined through other links are not scored, which the closure makes free to
skip.
"""

from __future__ import annotations

import math

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

__all__ = ["components"]

_PAD_START, _PAD_END = 0x110000, 0x110001  # beyond the last code point: no key holds them
_MUL = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_LOW32 = np.uint64(0xFFFFFFFF)
_BUCKET_BITS = 22  # q-gram frequencies are counted in 2**22 buckets of their hash
_SLACK = 1e-6
_RATIO_Q, _RATIO_J = (4, 3), 1  # the q of the grams when J > 0, by preference, and the largest J
_PARTIAL_Q, _PARTIAL_J = (6, 4), 2
_HASH_CHUNK = 1 << 20  # positions hashed or sieved at a time
_PAIR_CHUNK = 1 << 20  # candidate entries expanded at a time
_QUERY_BLOCK = 1 << 18  # signatures whose ranges of the index are looked up at a time
_SCORE_BATCH = 1 << 16  # pairs scored between two merges of the groups
_BRUTE_CELLS = 1 << 22  # cells of one process.cdist block when a key is scored against every partner
_FILTER_NS = 60  # about what filtering spends on one entry of the index read (ns)
_RHO = 1.2  # ratio of the classes of lengths of the index
_CHOOSE_BLOCK = 4096  # keys whose grams are chosen together
_CHOOSE_CELLS = 1 << 22  # back pointers kept at a time while choosing them


def components(keys: list[str], threshold: float, *, partial_cutoff: float = 95, min_words: int = 6,
               workers: int = 1) -> np.ndarray:
    """Groups of ``keys`` under the linking rule, as the smallest index of each key's group.

    Parameters
    ----------
    keys : list of str
        Distinct keys, in any order.
    threshold : float
        Least ``fuzz.ratio`` that links two keys, 0 to 100 (rapidfuzz's
        range; NaN links nothing, as in rapidfuzz).
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
        A cut-off outside 0-100, from rapidfuzz, as scoring the pairs one
        by one would.
    """
    n = len(keys)
    if n < 2:
        return np.arange(n, dtype=np.int64)
    for cutoff in (threshold, partial_cutoff):
        process.cpdist([""], [""], scorer=fuzz.ratio, score_cutoff=cutoff)  # rapidfuzz's own check of the range
    ks = _Keys(keys, workers)
    if not math.isnan(threshold):  # rapidfuzz scores 0 against a NaN cut-off
        ranked = ks.ranked(np.arange(n))
        # y, no longer than x, is at least this long; partners are the ranks below x's own.
        shortest = np.floor(ranked.lens * (threshold / (200 - threshold)) - _SLACK - 1e-9 * ranked.lens)
        lo = np.searchsorted(ranked.lens, shortest.astype(np.int64), side="left")
        hi = np.arange(n)
        k = _max_distance(2 * ranked.lens, threshold)
        q, keep = _plan(ranked.lens, k, True, _RATIO_J, _RATIO_Q)
        brute = [np.flatnonzero(q == 0)]
        for qq in sorted(set(q[q > 0].tolist())):
            for i, j in _pairs(ranked, np.flatnonzero(q == qq), lo, hi, k, keep, qq, threshold, True, brute, True):
                ks.score(i, j, fuzz.ratio, threshold)
        ks.score_each(ranked.order, np.sort(np.concatenate(brute)), lo, hi, fuzz.ratio, threshold)
    words = np.fromiter((len(k.split()) for k in keys), dtype=np.int64, count=n)
    eligible = np.flatnonzero(words >= min_words)
    if len(eligible) >= 2 and not math.isnan(partial_cutoff):
        ranked = ks.ranked(eligible)
        # The longer key holds a substring close to the shorter one: any position, any greater length.
        lo = np.searchsorted(ranked.lens, ranked.lens, side="left")
        hi = np.full(len(eligible), len(eligible))
        k = _max_distance(2 * ranked.lens, partial_cutoff)
        q, keep = _plan(ranked.lens, k, False, _PARTIAL_J, _PARTIAL_Q)
        brute = [np.flatnonzero(q == 0)]
        for qq in sorted(set(q[q > 0].tolist())):
            for i, j in _pairs(ranked, np.flatnonzero(q == qq), lo, hi, k, keep, qq, partial_cutoff, False, brute,
                               False):
                i, j = ks.apart(i, j)
                i, j = ks.lcs_filter(i, j, partial_cutoff)
                ks.score(i, j, fuzz.partial_ratio, partial_cutoff)
        ks.score_each(ranked.order, np.sort(np.concatenate(brute)), lo, hi, fuzz.partial_ratio, partial_cutoff)
    return ks.label


# --- the bounds ----------------------------------------------------------------------------


def _max_distance(total: np.ndarray, cutoff: float) -> np.ndarray:
    """Largest Indel distance of two strings of ``total`` characters together that may score ``cutoff``."""
    return np.floor((100 - cutoff) * np.asarray(total) / 100 * (1 + 1e-12) + _SLACK).astype(np.int64)


def _least_lcs(total: np.ndarray, cutoff: float) -> np.ndarray:
    """Least LCS of two strings of ``total`` characters together that may score ``cutoff``."""
    return -(-(total - _max_distance(total, cutoff)) // 2)


def _plan(lens, k, padded, j_max, qs):
    """For each key, the q of its grams and how many it keeps (k + 1 + J); q = 0 where no q leaves room for k + 1.

    The largest J up to ``j_max`` for which some q of ``qs`` (in order of
    preference) leaves room for that many grams, then the first such q;
    failing that, J = 0 and any q from the largest down to 1.
    """
    q = np.zeros(len(lens), dtype=np.int64)
    keep = np.zeros(len(lens), dtype=np.int64)
    for j in range(j_max, -1, -1):
        for cand in (qs if j else range(max(qs), 0, -1)):
            room = lens + (2 * (cand - 1) if padded else 0)
            fits = (q == 0) & (room // cand >= k + 1 + j)
            q[fits] = cand
            keep[fits] = k[fits] + 1 + j
    return q, keep


# --- candidate pairs ------------------------------------------------------------------------------


class _Ranked:
    """Keys ``which`` in order of length (then index): rank -> key index ``order``, and their lengths."""

    def __init__(self, keys: np.ndarray, lens: np.ndarray, which: np.ndarray):
        self.order = which[np.lexsort((which, lens[which]))]
        self.lens = lens[self.order]
        self.keys = keys


def _pairs(ranked: _Ranked, xs, lo, hi, k, keep, q, cutoff, padded, brute, adaptive):
    """Candidate pairs of the ranks ``xs`` with partners of rank in [lo, hi), chunk by chunk, as key indices (i < j).

    Ranks whose pairs are to be scored one by one instead are appended to
    ``brute``: with ``adaptive``, those for which that costs less than
    filtering (short keys in a crowd of keys of their length); all of them
    in the unlikely case that their places do not fit the index's entries.
    """
    xs = xs[hi[xs] - lo[xs] > (0 if padded else 1)]  # keys with a partner other than themselves
    if not len(xs):
        return
    pad = q - 1 if padded else 0
    r0, r1 = int(lo[xs].min()), int(max(hi[xs].max(), xs.max() + 1))
    text, starts = _concat(ranked, r0, r1, pad)
    hashes = _gram_hashes(text, q)
    del text
    valid = np.ones(len(hashes), dtype=bool)  # where a whole q-gram of one key starts
    if q > 1:
        valid[_ranges(starts[1:] - (q - 1), np.full(len(starts) - 1, q - 1))] = False
    lens = ranked.lens
    room = lens[xs] + 2 * pad
    sig_x, sig_pos = _choose(xs, room, keep[xs], q, starts, r0, _frequencies(hashes, valid), hashes, padded)
    sig_hash = hashes[starts[sig_x - r0] + sig_pos]
    layout = _Layout(lens[r0:r1], starts, r0, padded)
    if layout.hash_bits < 8:
        brute.append(xs)
        return
    index = _index(hashes, valid, starts, sig_hash, layout)
    del hashes, valid
    # Place of each signature among its key's, in order along the key.
    sig_first = np.flatnonzero(np.r_[True, sig_x[1:] != sig_x[:-1]])
    sig_count = np.diff(np.r_[sig_first, len(sig_x)])
    sig_i = (np.arange(len(sig_x)) - np.repeat(sig_first, sig_count)).astype(np.int32)
    lens32 = lens.astype(np.int32)
    table = np.arange(2 * int(lens[r1 - 1]) + 2)
    least_lcs = _least_lcs(table, cutoff).astype(np.int32)
    allowed_at = _max_distance(table, cutoff)

    def entries(x, pos, i, first, sizes):
        # (x, y, diagonal bucket or None) of the ranges given (one row per range) that lengths and positions allow.
        y, p_y = layout.decode(index[_ranges(first, sizes)])
        rx = np.repeat(x, sizes)
        shift = p_y - np.repeat(pos, sizes)
        if not padded:
            ok = y != rx
            bucket = (shift + np.repeat(lens32[x], sizes)) // np.repeat((k[x] + 1).astype(np.int32), sizes)
            return rx[ok], y[ok], bucket[ok]
        # Partners: shorter than x, or as long and before it (rank below x's), and at least lens[lo[x]] long.
        lx = np.repeat(lens32[x], sizes)
        ly = lens32[y]
        least = least_lcs[lx + ly]
        far = np.repeat((keep[x] - 1 - i).astype(np.int32), sizes)
        i = np.repeat(i, sizes)
        d = ly - lx
        low = np.maximum(np.maximum(least - lx, -i), d - far)
        high = np.minimum(np.minimum(ly - least, i), d + far)
        ok = (shift >= low) & (shift <= high) & (y < rx) & (ly >= np.repeat(lens32[lo[x]], sizes))
        return rx[ok], y[ok], None

    def hits(x, y, counts):
        # At least keep[x] - K signatures found, K the distance the pair allows (>= 1 since K <= k[x]).
        allowed = allowed_at[lens[x] + lens[y]] if padded else k[x]
        return counts >= keep[x] - allowed

    def found(x, y):
        i, j = ranked.order[x], ranked.order[y]
        return np.minimum(i, j), np.maximum(i, j)

    # Blocks of whole keys x: their queries, then their entries in chunks of whole keys, so that each pair's count
    # is complete within its chunk.
    for xa, xb in _chunks(sig_count, _QUERY_BLOCK):
        sa, sb = int(sig_first[xa]), int(sig_first[xb - 1] + sig_count[xb - 1])
        first, last, owner = layout.queries(index, sig_x[sa:sb], sig_pos[sa:sb], sig_i[sa:sb], sig_hash[sa:sb],
                                            keep, lo, lens, cutoff)
        sizes = last - first
        q_x = sig_x[sa:sb][owner]
        if not len(q_x):
            continue
        x_first = np.flatnonzero(np.r_[True, q_x[1:] != q_x[:-1]])
        per_x = np.add.reduceat(sizes, x_first)
        if adaptive:
            x_of = q_x[x_first]
            slow = per_x * _FILTER_NS > (hi[x_of] - lo[x_of]) * _cell_ns(lens[x_of])
            if slow.any():
                brute.append(x_of[slow])
                per_x = np.where(slow, 0, per_x)
                sizes = np.where(np.repeat(slow, np.diff(np.r_[x_first, len(q_x)])), 0, sizes)
        bounds = np.r_[x_first, len(q_x)]
        row = owner + sa
        for a, b in _chunks(per_x):
            s0, s1 = int(bounds[a]), int(bounds[b])
            if not sizes[s0:s1].any():
                continue
            rs = row[s0:s1]
            args = (sig_x[rs], sig_pos[rs], sig_i[rs])
            if b - a == 1 and sizes[s0:s1].sum() > _PAIR_CHUNK:
                yield from _one_key(entries, args, first[s0:s1], sizes[s0:s1], lo, hi, hits, found, padded, keep, k)
                continue
            x, y, bucket = entries(*args, first[s0:s1], sizes[s0:s1])
            if not len(x):
                continue
            if not padded:
                yield from _diagonal_hits(x, y, bucket, keep, k, found)
                continue
            x0, y0 = int(x.min()), int(y.min())
            width = int(y.max()) - y0 + 1
            code = (x - x0).astype(np.int64) * width + (y - y0)
            small = (int(x.max()) - x0 + 1) * width < 1 << 32
            pair, counts = _run_lengths(np.sort(code.astype(np.uint32) if small else code))
            pair = pair.astype(np.int64)
            px, py = pair // width + x0, pair % width + y0
            hit = hits(px, py, counts)
            yield found(px[hit], py[hit])


def _one_key(entries, args, first, sizes, lo, hi, hits, found, padded, keep, k):
    """The pairs of one key x with more entries than a chunk holds, its entries read part by part."""
    xx = int(args[0][0])
    parts = (entries(*(v[c:d] for v in args), first[c:d], sizes[c:d]) for c, d in _chunks(sizes))
    if not padded:
        # By diagonal, over all that was found: rare enough not to be worth counting part by part.
        seen = [(y, bucket) for _, y, bucket in parts]
        y = np.concatenate([p[0] for p in seen])
        yield from _diagonal_hits(np.full(len(y), xx), y, np.concatenate([p[1] for p in seen]), keep, k, found)
        return
    counts = np.zeros(int(hi[xx] - lo[xx]), dtype=np.int64)
    for _, y, _ in parts:
        counts += np.bincount(y - lo[xx], minlength=len(counts))
    y = np.flatnonzero(counts)
    x = np.full(len(y), xx, dtype=np.int64)
    hit = hits(x, y + lo[xx], counts[y])
    yield found(x[hit], y[hit] + lo[xx])


def _diagonal_hits(x, y, bucket, keep, k, found):
    """Partial ratio: pairs with J + 1 signatures found within two neighbouring diagonal buckets.

    The grams of the shorter key that came through whole lie within k of one
    another along the diagonal (position in the longer key less position in
    the shorter), so within two neighbouring buckets of k + 1 diagonals.
    """
    x0, y0 = int(x.min()), int(y.min())
    width = int(y.max()) - y0 + 1
    n_b = int(bucket.max()) + 2  # bucket n_b - 1 is empty: the next code after a pair's last is never its bucket
    code = ((x - x0).astype(np.int64) * width + (y - y0)) * n_b + bucket
    small = (int(x.max()) - x0 + 1) * width * n_b < 1 << 32
    cb, cnt = _run_lengths(np.sort(code.astype(np.uint32) if small else code))
    both = cnt.copy()
    both[:-1] += np.where(cb[1:] == cb[:-1] + 1, cnt[1:], 0)
    need = (keep - k)[int(x.min()):int(x.max()) + 1]  # J + 1, by x
    # J + 1 >= 1, so a pair needs one bucket at least that reaches its J + 1 with the next one.
    low = int(need.min())
    cb = cb[both >= low].astype(np.int64)
    both = both[both >= low]
    pair = cb // n_b
    px = pair // width + x0
    ok = _sorted_distinct(pair[both >= keep[px] - k[px]], presorted=True)
    if len(ok):
        yield found(ok // width + x0, ok % width + y0)


def _cell_ns(lens: np.ndarray) -> np.ndarray:
    """About what process.cdist spends on one pair of keys of these lengths (ns, one thread): to pick brute force."""
    return np.where(lens <= 64, 8 + 0.4 * lens, 0.02 * lens.astype(np.float64) ** 2)


class _Layout:
    """How an entry of the index packs a q-gram's hash and where the gram is, and the ranges a signature reads.

    Ratio: ``hash | class of length | position | rank`` in 64 bits, so that
    a range of the sorted index is the places of one gram in keys of one
    class of lengths within a window of positions: a signature reads one
    range for each class its partners' lengths span.  Classes are geometric
    (ratio _RHO); the hash keeps the bits left (``hash_bits``, 8 at least
    or the keys are scored one by one).  Partial ratio: ``hash | rank |
    position``, a range being the places of one gram in keys of ranks lo to
    hi.
    """

    def __init__(self, lens, starts, r0, padded):
        self.r0, self.padded = r0, padded
        self.rank_bits = max(int(len(lens) - 1).bit_length(), 1)
        longest = int(np.diff(starts).max())
        self.pos_bits = max(int(longest - 1).bit_length(), 1)
        if not padded:
            self.hash_bits = min(32, 64 - self.rank_bits - self.pos_bits)
            return
        self.log_rho = math.log(_RHO) * (1 + 1e-9)
        self.cls = np.floor(np.log1p(lens) / self.log_rho).astype(np.int64)
        self.cls_bits = max(int(self.cls.max()).bit_length(), 1)
        self.hash_bits = min(32, 64 - self.cls_bits - self.pos_bits - self.rank_bits)

    def entries(self, h, p, rank_local, starts):
        """Index entries of the q-grams of hash ``h`` at global positions ``p`` of keys ``rank_local``."""
        top = (h >> np.uint32(32 - self.hash_bits)).astype(np.uint64) << np.uint64(64 - self.hash_bits)
        if not self.padded:
            return top | ((rank_local << self.pos_bits) | (p - starts[rank_local])).astype(np.uint64)
        where = (((self.cls[rank_local] << self.pos_bits) | (p - starts[rank_local])) << self.rank_bits) | rank_local
        return top | where.astype(np.uint64)

    def decode(self, entry):
        """Rank and position (0 without positions) of index entries."""
        if not self.padded:
            pos = (entry & np.uint64((1 << self.pos_bits) - 1)).astype(np.int32)
            rank = ((entry >> np.uint64(self.pos_bits)) & np.uint64((1 << self.rank_bits) - 1)).astype(np.int32)
            return rank + np.int32(self.r0), pos
        rank = (entry & np.uint64((1 << self.rank_bits) - 1)).astype(np.int32) + np.int32(self.r0)
        pos = ((entry >> np.uint64(self.rank_bits)) & np.uint64((1 << self.pos_bits) - 1)).astype(np.int32)
        return rank, pos

    def queries(self, index, sig_x, sig_pos, sig_i, sig_hash, keep, lo, lens, cutoff):
        """Ranges [first, last) of the sorted index to read for each signature, and the signature of each range."""
        top = (sig_hash >> np.uint32(32 - self.hash_bits)).astype(np.uint64) << np.uint64(64 - self.hash_bits)
        if not self.padded:
            # The longer keys: from x's own length on (x itself is dropped later), to the end.
            first = _search(index, top | ((lo[sig_x] - self.r0).astype(np.uint64) << np.uint64(self.pos_bits)))
            last = _search(index, top | np.uint64((1 << (64 - self.hash_bits)) - 1), side="right")
            return first, last, np.arange(len(sig_x))
        # Shifts a whole gram may have (see the module's docstring), over all of x's partners: bounded by its place i
        # among the grams kept, by the deletions the shortest partner needs and the insertions one as long as x makes.
        lx, l_short = lens[sig_x], lens[lo[sig_x]]
        far = keep[sig_x] - 1 - sig_i
        low = np.maximum.reduce([-sig_i, l_short - lx - far, _least_lcs(lx + l_short, cutoff) - lx])
        high = np.minimum.reduce([sig_i, far, lx - _least_lcs(2 * lx, cutoff)])
        p1 = np.maximum(sig_pos + low, 0)
        p2 = np.minimum(sig_pos + high, (1 << self.pos_bits) - 1)
        c_lo = np.floor(np.log1p(l_short) / self.log_rho).astype(np.int64)
        c_hi = np.floor(np.log1p(lx) / self.log_rho).astype(np.int64)
        reach = p2 >= p1
        n_cls = np.where(reach, c_hi - c_lo + 1, 0)
        owner = np.repeat(np.arange(len(sig_x)), n_cls)
        cls = np.repeat(c_lo, n_cls) + (np.arange(int(n_cls.sum())) - np.repeat(np.cumsum(n_cls) - n_cls, n_cls))
        base = top[owner] | (cls.astype(np.uint64) << np.uint64(self.pos_bits + self.rank_bits))
        first = _search(index, base | (p1[owner].astype(np.uint64) << np.uint64(self.rank_bits)))
        # Up to the last rank at position p2 (p2 + 1 could carry into the hash).
        last = _search(index, base | (p2[owner].astype(np.uint64) << np.uint64(self.rank_bits))
                       | np.uint64((1 << self.rank_bits) - 1), side="right")
        return first, last, owner


def _search(index: np.ndarray, values: np.ndarray, side: str = "left") -> np.ndarray:
    """``np.searchsorted(index, values)``, the values sorted first: neighbouring searches then share their path."""
    order = np.argsort(values)
    out = np.empty(len(values), dtype=np.int64)
    out[order] = np.searchsorted(index, values[order], side=side)
    return out


def _run_lengths(sorted_values: np.ndarray):
    """Distinct values of a sorted array and how often each occurs."""
    if not len(sorted_values):
        return sorted_values, np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])
    return sorted_values[starts], np.diff(np.r_[starts, len(sorted_values)])


# --- q-grams ----------------------------------------------------------------------------------------


def _concat(ranked: _Ranked, r0: int, r1: int, pad: int):
    """Code points of the keys of rank r0 to r1 - 1, each with ``pad`` marks at both ends, and where each starts."""
    lens = ranked.lens[r0:r1]
    starts = np.zeros(len(lens) + 1, dtype=np.int64)
    np.cumsum(lens + 2 * pad, out=starts[1:])
    text = np.full(int(starts[-1]), _PAD_END, dtype=np.uint32)
    # A block of keys at a time, to keep the position arrays small.
    for a, b in _chunks(lens, _HASH_CHUNK):
        codes = np.frombuffer("".join(ranked.keys[ranked.order[r0 + a:r0 + b]].tolist()).encode(
            "utf-32-le", "surrogatepass"), dtype=np.uint32)
        if pad:
            text[_ranges(starts[a:b], np.full(b - a, pad))] = _PAD_START
        text[_ranges(starts[a:b] + pad, lens[a:b])] = codes
    return text, starts


def _gram_hashes(text: np.ndarray, q: int) -> np.ndarray:
    """32-bit hash of the q-gram starting at each position (0 where fewer than q characters are left)."""
    out = np.zeros(len(text), dtype=np.uint32)
    end = len(text) - q + 1
    for a in range(0, max(end, 0), _HASH_CHUNK):
        b = min(a + _HASH_CHUNK, end)
        h = np.zeros(b - a, dtype=np.uint64)
        for j in range(q):
            h *= _MUL
            h += text[a + j:b + j]
        h ^= h >> np.uint64(29)
        h *= _MIX
        out[a:b] = (h >> np.uint64(32)).astype(np.uint32)
    return out


def _frequencies(hashes: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """How many q-grams of the keys fall in each bucket of hashes: to pick rare signatures."""
    counts = np.zeros(1 << _BUCKET_BITS, dtype=np.int64)
    for a in range(0, len(hashes), _HASH_CHUNK):
        h = hashes[a:a + _HASH_CHUNK][valid[a:a + _HASH_CHUNK]]
        counts += np.bincount(h >> (32 - _BUCKET_BITS), minlength=1 << _BUCKET_BITS)
    return counts.astype(np.int32) if counts.max(initial=0) < 1 << 31 else counts


def _choose(xs, room, keep, q, starts, r0, freq, hashes, padded):
    """For each rank of ``xs`` (``room`` characters, padding included), ``keep`` q-grams that do not overlap.

    Returns (rank, position in the padded key) pairs, by rank and position.

    Any such set serves the pigeonhole, so the set chosen is the one that
    costs least to look up: the sum of each gram's frequency in the corpus,
    weighted, for the ratio, by the width of the window of shifts its place
    i among the chosen allows (1 + 2·min(i, keep − 1 − i)).  Window i starts
    at i·q + g_i, the gaps g_0 <= g_1 <= ... <= g_last <= room − q·keep:
    a dynamic programme over the windows, vectorised over keys of one
    ``keep``.
    """
    slack = room - q * keep
    order = np.lexsort((xs, keep))
    out_x, out_pos = [], []
    group = np.flatnonzero(np.r_[True, keep[order][1:] != keep[order][:-1], True])
    for a, b in zip(group[:-1], group[1:]):
        c = int(keep[order[a]])
        # Rows at a time such that the back pointers (c × rows × gaps) stay within _CHOOSE_CELLS.
        step = min(_CHOOSE_BLOCK, _CHOOSE_CELLS // (c * (int(slack[order[a:b]].max()) + 1)))
        if step < 1:
            # Keys so long that even one would not fit: the rarest gram of each of c equal pieces instead.
            for row in order[a:b]:
                out_x.append(np.full(c, xs[row]))
                out_pos.append(_spread(int(starts[xs[row] - r0]), int(room[row]), c, q, freq, hashes))
            continue
        for lo_ in range(a, b, step):
            rows = order[lo_:min(b, lo_ + step)]
            width = int(slack[rows].max()) + 1
            gaps = np.arange(width)
            base = starts[xs[rows] - r0][:, None] + gaps[None, :]
            out_of_room = gaps[None, :] > slack[rows][:, None]
            back = np.empty((c, len(rows), width), dtype=np.int32)
            total = None
            for i in range(c):
                pos = np.minimum(base + i * q, len(hashes) - 1)
                weight = 1 + 2 * min(i, c - 1 - i) if padded else 1
                cost = np.minimum(freq[hashes[pos] >> (32 - _BUCKET_BITS)].astype(np.int64) * weight, 1 << 40)
                cost[out_of_room] = 1 << 60  # never chosen: sums of real costs stay far below
                if total is None:
                    total = cost
                    back[0] = gaps
                    continue
                # The least total over the gaps <= g, and the last gap where it was reached.
                least = np.minimum.accumulate(total, axis=1)
                back[i] = np.maximum.accumulate(np.where(total == least, gaps, 0), axis=1)
                total = least + cost
            g = np.argmin(total, axis=1)
            chosen = np.empty((len(rows), c), dtype=np.int64)
            line = np.arange(len(rows))
            for i in range(c - 1, -1, -1):
                chosen[:, i] = i * q + g
                g = back[i][line, g]
            out_x.append(np.repeat(xs[rows], c))
            out_pos.append(chosen.ravel())
    sig_x = np.concatenate(out_x).astype(np.int32)
    sig_pos = np.concatenate(out_pos).astype(np.int32)
    del out_x, out_pos
    o = np.lexsort((sig_pos, sig_x))
    return sig_x[o], sig_pos[o]


def _spread(start, room, c, q, freq, hashes):
    """Positions of c q-grams that do not overlap in the key at ``start``: the rarest of each of c equal pieces."""
    piece = room // c
    pos = (np.arange(c) * piece)[:, None] + np.arange(piece - q + 1)[None, :]
    best = np.argmin(freq[hashes[start + pos] >> (32 - _BUCKET_BITS)], axis=1)
    return pos[np.arange(c), best]


def _index(hashes, valid, starts, sig_hash, layout):
    """Every place whose q-gram may be one of the signatures, as ``layout`` packs it, sorted.

    A sieve on the top 24 bits of the hashes decides: a gram let through
    that no signature has is never read, since its entry holds its hash.
    """
    bits = np.zeros(1 << 24, dtype=bool)
    bits[sig_hash >> 8] = True
    counts = [int(np.count_nonzero(valid[a:a + _HASH_CHUNK] & bits[hashes[a:a + _HASH_CHUNK] >> 8]))
              for a in range(0, len(hashes), _HASH_CHUNK)]
    index = np.empty(sum(counts), dtype=np.uint64)
    at = 0
    for a, n in zip(range(0, len(hashes), _HASH_CHUNK), counts):
        p = np.flatnonzero(valid[a:a + _HASH_CHUNK] & bits[hashes[a:a + _HASH_CHUNK] >> 8]) + a
        index[at:at + n] = layout.entries(hashes[p], p, np.searchsorted(starts, p, side="right") - 1, starts)
        at += n
    index.sort()
    return index


def _sorted_distinct(values: np.ndarray, presorted: bool = False) -> np.ndarray:
    values = values if presorted else np.sort(values)
    if not len(values):
        return values
    return values[np.r_[True, values[1:] != values[:-1]]]


# --- scoring and groups ------------------------------------------------------------------------------


class _Keys:
    """The keys, their lengths, and the groups found so far (``label``: each key's group's smallest index)."""

    def __init__(self, keys: list[str], workers: int):
        n = len(keys)
        self.keys = np.empty(n, dtype=object)
        self.keys[:] = keys
        self.lens = np.fromiter(map(len, keys), dtype=np.int64, count=n)
        self.label = np.arange(n, dtype=np.int64)
        self.workers = workers

    def ranked(self, which: np.ndarray) -> _Ranked:
        return _Ranked(self.keys, self.lens, which)

    def apart(self, i, j):
        """The pairs not yet in one group."""
        keep = self.label[i] != self.label[j]
        return i[keep], j[keep]

    def lcs_filter(self, i, j, cutoff):
        """The pairs whose shorter key keeps, in order, enough of its characters in the longer to score ``cutoff``."""
        if not len(i):
            return i, j
        shorter = np.minimum(self.lens[i], self.lens[j])
        least = np.ceil(shorter * (cutoff / (200 - cutoff)) - _SLACK - 1e-9 * shorter)
        lcs = process.cpdist(self.keys[i].tolist(), self.keys[j].tolist(), scorer=LCSseq.similarity,
                             workers=self.workers)
        keep = lcs >= least
        return i[keep], j[keep]

    def score(self, i, j, scorer, cutoff):
        """Join the groups of the pairs (i < j) that ``scorer`` scores at ``cutoff`` or more."""
        for a in range(0, len(i), _SCORE_BATCH):
            bi, bj = self.apart(i[a:a + _SCORE_BATCH], j[a:a + _SCORE_BATCH])
            if not len(bi):
                continue
            # (i, j) with i < j: the cell of the full matrix that the rule was first written with.
            scores = process.cpdist(self.keys[bi].tolist(), self.keys[bj].tolist(), scorer=scorer,
                                    score_cutoff=cutoff, workers=self.workers)
            self.merge(bi[scores != 0], bj[scores != 0])

    def score_each(self, order, xs, lo, hi, scorer, cutoff):
        """Score each rank x in ``xs`` against every rank in [lo[x], hi[x]) but its own."""
        a = 0
        while a < len(xs):
            # A block of rows whose columns, together, stay within _BRUTE_CELLS cells.
            b, c0, c1 = a + 1, lo[xs[a]], hi[xs[a]]
            while b < len(xs) and (b + 1 - a) * (max(c1, hi[xs[b]]) - min(c0, lo[xs[b]])) <= _BRUTE_CELLS:
                c0, c1 = min(c0, lo[xs[b]]), max(c1, hi[xs[b]])
                b += 1
            rows = xs[a:b]
            if c1 > c0:
                scores = process.cdist(self.keys[order[rows]].tolist(), self.keys[order[c0:c1]].tolist(),
                                       scorer=scorer, score_cutoff=cutoff, workers=self.workers)
                col = np.arange(c0, c1)
                hit = (scores != 0) & (col >= lo[rows][:, None]) & (col < hi[rows][:, None]) & (col != rows[:, None])
                r, c = np.nonzero(hit)
                self.merge(order[rows[r]], order[col[c]])
            a = b

    def merge(self, u: np.ndarray, v: np.ndarray) -> None:
        """Join the groups of the links ``u``–``v``."""
        label = self.label
        while len(u):
            a, b = label[u], label[v]
            apart = a != b
            u, v, a, b = u[apart], v[apart], a[apart], b[apart]
            if not len(u):
                break
            # Hooking the larger root under the smaller never makes a cycle; jumping then flattens the chains.
            np.minimum.at(label, np.maximum(a, b), np.minimum(a, b))
            while True:
                up = label[label]
                if np.array_equal(up, label):
                    break
                label = up
        self.label = label


# --- small helpers ---------------------------------------------------------------------------------


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``arange(s, s + c)`` for each (s, c), one after the other."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if not total:
        return np.empty(0, dtype=np.int64)
    ends = np.cumsum(counts)
    return np.repeat(np.asarray(starts, dtype=np.int64) - (ends - counts), counts) + np.arange(total)


def _chunks(sizes: np.ndarray, limit: int = _PAIR_CHUNK):
    """Consecutive (a, b) slices of ``sizes`` adding up to ``limit`` each or less (one item at least)."""
    if not len(sizes):
        return
    ends = np.cumsum(sizes)
    a = 0
    while a < len(sizes):
        b = max(int(np.searchsorted(ends, (ends[a - 1] if a else 0) + limit, side="right")), a + 1)
        yield a, b
        a = b
