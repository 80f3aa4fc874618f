"""How ``dossier.quotes.link_keys`` scales, and how many links it finds: ``link_keys.py [--sizes 10000 100000]``.

For each size N, N distinct synthetic quote keys (:func:`synthetic_keys`)
in a quotes frame of about 1.4 N rows (one key in five carried by two to
four articles) go through ``link_keys``, twice: once timed, once under
tracemalloc for the peak of what Python and numpy allocate during the call
(the frame and the keys, made before, are not counted; rapidfuzz's own
buffers are not seen).  Printed: seconds, that peak, the process's peak
resident set so far (``ru_maxrss``, everything included), and how many
keys the groups took in.  Then the same for ``link_keys`` on the exact
q-gram join kept in ``exact_links.py`` (``--no-exact`` skips it), and the
recall and precision of the library's groups against it: of the pairs of
keys that the exact join puts in one group, the share the library puts in
one group too, and the other way round.

The keys are built from the words of the seed articles: their quotes and
sentences are cut into spans of two to eight words and recombined, two in
five of their words replaced by words drawn from a vocabulary (the seeds'
own words, then a long tail of rarer made-up ones standing for the names
and rarer words of a real archive: see :class:`Vocabulary`; ``--tail 0``
draws from the seeds' thousand words only), some swapped; then, as in an
archive where outlets quote the same words, one key in seven is a small
variation of an earlier one (a word changed, dropped or added, a plural, a
typo), and one in sixteen quotes part (six words or more) of an earlier,
longer one.  A third of the keys are fragments of one to five words.  The
same N, seed and tail always give the same keys.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import itertools
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

import dossier  # noqa: E402
import exact_links  # noqa: E402
from dossier.extractors.speech.quotes import link_keys, quote_key  # noqa: E402
from dossier.text import fuzzy_links  # noqa: E402

SIZES = [10_000, 100_000]
SEED = 7
SHARE_VARIANT = 0.14  # a small variation of an earlier key
SHARE_PARTIAL = 0.06  # six words or more of an earlier key
SHARE_FRAGMENT = 0.33  # one to five words
SHARE_REPLACED = 0.4  # of the words of a new sentence, drawn from the vocabulary instead
TAIL_WORDS = 40_000
ZIPF = 1.0


def link_keys_quadratic(quotes: pd.DataFrame, *, threshold: float = 90) -> pd.DataFrame:
    """``link_keys`` scoring every pair: the definition that ``exact_links`` equals (tests/text/test_fuzzy_links.py)."""
    keys = sorted(set(quotes["quote_key"].dropna()))
    if len(keys) < 2:
        return quotes.copy()
    parent = list(range(len(keys)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    full = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=threshold)
    part = process.cdist(keys, keys, scorer=fuzz.partial_ratio, score_cutoff=95)
    n_words = [len(k.split()) for k in keys]
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if full[i, j] or (part[i, j] and min(n_words[i], n_words[j]) >= 6):
                parent[find(i)] = find(j)
    spread = quotes.groupby("quote_key")["article_id"].nunique()
    groups: dict[int, list[str]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(find(i), []).append(k)
    rename = {}
    for members in groups.values():
        head = max(members, key=lambda k: (spread.get(k, 0), len(k), k))
        rename.update({k: head for k in members})
    return quotes.assign(quote_key=quotes["quote_key"].map(rename).astype("str"))


def seed_texts() -> list[list[str]]:
    """The words of every quote and sentence of the seed articles, as quote keys split into words."""
    articles = dossier.read_articles(SEEDS)
    sentences = dossier.sentences(articles)
    quoted = dossier.quotes(sentences, articles)
    texts = articles.set_index("article_id")["text"]
    spans = [texts[s.article_id][s.start:s.end] for s in sentences.itertuples()]
    words = [quote_key(t).split() for t in [*quoted["text"], *spans]]
    return [w for w in words if len(w) >= 3]


class Vocabulary:
    """Words to draw: the seeds' own, most frequent first, then a long tail of rarer words made like them.

    An archive of 200,000 quotes speaks with tens of thousands of words, the
    seeds with a thousand: the tail (words of a character trigram model of
    the seeds' words, "mendirize", "cosian") stands for the names, places
    and rarer words of the rest, and words are drawn with Zipf's law over
    the whole, as in text, so that the frequent ones are the seeds' own.
    """

    def __init__(self, texts: list[list[str]], rng: random.Random, tail: int | None = None):
        counts = Counter(w for t in texts for w in t)
        tail = TAIL_WORDS if tail is None else tail
        self.words = [w for w, _ in counts.most_common()] + _made_words(list(counts), tail, rng)
        self.cum = list(itertools.accumulate(1 / (r + 2) ** ZIPF for r in range(len(self.words))))

    def draw(self, rng: random.Random) -> str:
        return self.words[bisect.bisect_left(self.cum, rng.random() * self.cum[-1])]


def _made_words(words: list[str], n: int, rng: random.Random) -> list[str]:
    # Each character drawn from those that follow the two before it in the seeds' words.
    follow: dict[str, Counter] = {}
    for w in words:
        s = "^^" + w + "$"
        for i in range(len(s) - 2):
            follow.setdefault(s[i:i + 2], Counter())[s[i + 2]] += 1
    table = {k: (list(v), list(itertools.accumulate(v.values()))) for k, v in follow.items()}
    seen, out = set(words), []
    while len(out) < n:
        s = "^^"
        while len(s) < 18:
            chars, cum = table[s[-2:]]
            c = chars[bisect.bisect_right(cum, rng.random() * cum[-1])]
            if c == "$":
                break
            s += c
        w = s[2:]
        if len(w) >= 3 and w not in seen:
            seen.add(w)
            out.append(w)
    return out


def _edit(words: list[str], vocab: Vocabulary, rng: random.Random) -> list[str]:
    # What separates two outlets' copies of one quote: a word, a plural, a typo.
    words = list(words)
    i = rng.randrange(len(words))
    what = rng.random()
    if what < 0.3:
        words[i] = vocab.draw(rng)
    elif what < 0.45 and len(words) > 2:
        del words[i]
    elif what < 0.6:
        words.insert(i, vocab.draw(rng))
    elif what < 0.8:
        words[i] = words[i][:-1] if words[i].endswith("s") and len(words[i]) > 2 else words[i] + "s"
    else:
        w = words[i]
        j = rng.randrange(len(w))
        words[i] = w[:j] + rng.choice("abcdefghijklmnopqrstuvwxyz") + w[j + 1:]
    return words


def _sentence(texts: list[list[str]], vocab: Vocabulary, n_words: int, rng: random.Random) -> list[str]:
    # Spans of the seeds' sentences, one after the other, some of their words replaced, some swapped.
    out: list[str] = []
    while len(out) < n_words:
        src = rng.choice(texts)
        start = rng.randrange(len(src))
        out += src[start:start + rng.randint(2, 8)]
    out = out[:n_words]
    for i in range(len(out)):
        r = rng.random()
        if r < SHARE_REPLACED:
            out[i] = vocab.draw(rng)
        elif r < SHARE_REPLACED + 0.05 and i + 1 < len(out):
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def synthetic_keys(n: int, seed: int = SEED) -> list[str]:
    """``n`` distinct quote keys in the seeds' words, with variations and partial quotes of earlier ones."""
    rng = random.Random(seed)
    texts = seed_texts()
    vocab = Vocabulary(texts, rng)
    keys: list[str] = []
    seen: set[str] = set()
    while len(keys) < n:
        r = rng.random()
        if keys and r < SHARE_VARIANT:
            words = _edit(rng.choice(keys).split(), vocab, rng)
            if rng.random() < 0.3:
                words = _edit(words, vocab, rng)
        elif keys and r < SHARE_VARIANT + SHARE_PARTIAL:
            words = rng.choice(keys).split()
            if len(words) < 9:
                continue
            size = rng.randint(6, len(words) - 2)
            start = rng.randrange(len(words) - size + 1)
            words = words[start:start + size]
            if rng.random() < 0.3:
                words = _edit(words, vocab, rng)
        elif r < SHARE_VARIANT + SHARE_PARTIAL + SHARE_FRAGMENT:
            words = _sentence(texts, vocab, rng.randint(1, 5), rng)
        else:
            words = _sentence(texts, vocab, min(6 + int(rng.lognormvariate(2.4, 0.7)), 120), rng)
        key = " ".join(words)
        if key and key not in seen:
            seen.add(key)
            keys.append(key)
    return keys


def quotes_frame(keys: list[str], seed: int = SEED) -> pd.DataFrame:
    """A quotes frame carrying ``keys``: about one key in five quoted by two to four articles."""
    rng = random.Random(seed + 1)
    rows = []
    for i, k in enumerate(keys):
        for a in range(1 if rng.random() < 0.8 else rng.randint(2, 4)):
            rows.append((f"a{rng.randrange(len(keys))}", f"q{i}-{a}", k))
    return pd.DataFrame(rows, columns=["article_id", "quote_id", "quote_key"])


def measure(frame: pd.DataFrame) -> tuple[pd.DataFrame, float, float]:
    """``link_keys(frame)``, its seconds, and the MB that tracemalloc saw at the peak of a second, traced call."""
    t0 = time.perf_counter()
    out = link_keys(frame)
    seconds = time.perf_counter() - t0
    del out
    tracemalloc.start()
    out = link_keys(frame)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return out, seconds, peak


@contextlib.contextmanager
def exact():
    """``link_keys`` on the exact join of ``exact_links`` instead of the library's blocks."""
    blocks = fuzzy_links.components
    fuzzy_links.components = exact_links.components
    try:
        yield
    finally:
        fuzzy_links.components = blocks


def co_grouped(frame: pd.DataFrame, out: pd.DataFrame) -> set[tuple[str, str]]:
    """The pairs of distinct keys of ``frame`` that ``out`` puts in one group."""
    groups: dict[str, list[str]] = {}
    for key, head in dict(zip(frame["quote_key"], out["quote_key"])).items():
        groups.setdefault(head, []).append(key)
    return {pair for members in groups.values() for pair in itertools.combinations(sorted(members), 2)}


def main(argv: list[str] | None = None) -> int:
    global TAIL_WORDS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=SIZES, metavar="N",
                    help="numbers of distinct keys to time (default: " + " ".join(map(str, SIZES)) + ")")
    ap.add_argument("--no-exact", action="store_true", help="skip the exact join and the recall")
    ap.add_argument("--seed", type=int, default=SEED, help=f"random seed of the generated keys (default: {SEED})")
    ap.add_argument("--tail", type=int, default=TAIL_WORDS, help="made-up words after the seeds' own")
    args = ap.parse_args(argv)
    TAIL_WORDS = args.tail
    print(f"{'method':>7} {'keys':>8} {'rows':>8} {'words/key':>9} {'chars/key':>9} {'seconds':>8} {'peak MB':>8} "
          f"{'maxrss MB':>9} {'groups':>8} {'keys in groups of 2+':>20}")
    for n in args.sizes:
        keys = synthetic_keys(n, args.seed)
        frame = quotes_frame(keys, args.seed)
        words = sum(len(k.split()) for k in keys) / n
        chars = sum(map(len, keys)) / n
        outs = {}
        for method in ("blocks", "exact")[:1 if args.no_exact else 2]:
            with exact() if method == "exact" else contextlib.nullcontext():
                out, seconds, peak = measure(frame)
            outs[method] = out
            groups = Counter(dict(zip(frame["quote_key"], out["quote_key"])).values())
            grouped = sum(c for c in groups.values() if c > 1)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{method:>7} {n:>8,} {len(frame):>8,} {words:>9.1f} {chars:>9.1f} {seconds:>8.2f} {peak:>8.0f} "
                  f"{rss:>9.0f} {len(groups):>8,} {grouped:>20,}", flush=True)
        if "exact" in outs:
            found, truth = co_grouped(frame, outs["blocks"]), co_grouped(frame, outs["exact"])
            print(f"{'':>7} {n:>8,} keys: recall {len(found & truth) / max(len(truth), 1):.4f} of {len(truth):,} pairs "
                  f"of keys in one group, precision {len(found & truth) / max(len(found), 1):.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
