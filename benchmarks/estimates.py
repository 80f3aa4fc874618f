"""Benchmark dossier's estimates extractor against quantulum3 on the same text.

Usage: ``python benchmarks/estimates.py [--n 200]``

For the seeds and for a generated corpus of N articles
(``benchmarks/make_corpus.py``), prints for each tool the articles per
second and, on the seeds, precision and recall against the figures an
analyst reads out of them (``shared/seeds/README.md``, below as ``GOLD``).

Matching is on (article, value): a tool finds a gold figure when it returns
that value in that article.  dossier's value is ``low`` (``high`` for an
upper bound); its ``strike_casualties`` rows are left out, since the README
counts "12 dead in Kyiv" as not an estimate of North Korean forces.
quantulum3 knows nothing of what is counted, so it is scored twice: every
quantity it returns, and only its counts and percentages (dimensionless
units), the most an analyst could filter it to without dossier's nouns.
The generated corpus has no gold list, so it is timed only.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# (seed, value): every figure of the README's "What an analyst reads out of them".
GOLD = {
    ("000", 10_000),  # an estimated 10,000 troops
    ("001", 13_000),  # approximately 13,000 troops, per South Korean intelligence
    ("002", 14_000),  # some 14,000 troops, according to circulating figures
    ("003", 10_000),  # more than 10,000 troops, according to multiple reports
    ("004", 15_000),  # around 15,000 troops, per the NIS
    ("002", 4_000),  # more than 4,000 killed or wounded
    ("001", 10_000_000),  # over 10 million rounds of ammunition
    ("002", 148),  # at least 148 KN-23 and KN-24 missiles
    ("002", 64),  # 64 sea and rail shipments
    ("002", 70),  # up to 70% of the artillery weapons
    ("002", 2_000_000),  # "millions of artillery shells": a vague count of at least two million
}


def _quiet():
    warnings.simplefilter("ignore")


def read(path) -> "tuple":
    import dossier

    _quiet()
    arts = dossier.read_articles(path)
    seed = {aid: Path(p).name[:3] for aid, p in zip(arts["article_id"], arts["path"])}
    return arts, seed


def run_dossier(arts) -> tuple[float, "object"]:
    import dossier

    t0 = time.perf_counter()
    est = dossier.estimates(dossier.sentences(arts), arts)
    return time.perf_counter() - t0, est


def run_quantulum(arts) -> tuple[float, list[tuple[str, float, str]]]:
    from quantulum3 import parser

    out = []
    t0 = time.perf_counter()
    for aid, text in zip(arts["article_id"], arts["text"]):
        for q in parser.parse(text):
            out.append((aid, float(q.value), q.unit.entity.name))
    return time.perf_counter() - t0, out


def score(found: set, gold: set) -> tuple[float, float, int]:
    hits = len(found & gold)
    precision = hits / len(found) if found else math.nan
    return precision, hits / len(gold), len(found)


def _row(name, corpus, n_articles, seconds, prf=None):
    rate = n_articles / seconds if seconds else math.inf
    pr = f"{prf[0]:>9.2f} {prf[1]:>7.2f} {prf[2]:>9d}" if prf else f"{'-':>9} {'-':>7} {'-':>9}"
    print(f"{name:<28} {corpus:<22} {n_articles:>8d} {rate:>12.1f} {pr}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=200, help="articles in the generated corpus (default 200)")
    p.add_argument("--repeat", type=int, default=20, help="times the seeds are run for a stable rate (default 20)")
    args = p.parse_args(argv)
    _quiet()

    try:
        from quantulum3 import parser
    except ImportError:  # the comparison is optional: dossier's own rate is what a change is checked against
        parser = None
    warm = math.nan
    if parser is not None:
        t0 = time.perf_counter()
        parser.parse("warm-up: 3 shells")  # quantulum3 loads its unit tables and classifier on first use
        warm = time.perf_counter() - t0

    arts, seed = read(SEEDS)
    print(f"{'tool':<28} {'corpus':<22} {'articles':>8} {'articles/s':>12} {'precision':>9} {'recall':>7} {'predicted':>9}")

    secs, est = 0.0, None
    for _ in range(args.repeat):
        s, est = run_dossier(arts)
        secs += s
    kept = est[est["category"] != "strike_casualties"]
    found = {(seed[a], lo if not math.isnan(lo) else hi) for a, lo, hi in zip(kept["article_id"], kept["low"], kept["high"])}
    _row("dossier.extractors.figures.estimates", "seeds", len(arts) * args.repeat, secs, score(found, GOLD))

    secs, q = 0.0, []
    for _ in range(max(1, args.repeat // 4) if parser is not None else 0):
        s, q = run_quantulum(arts)
        secs += s
    n = len(arts) * max(1, args.repeat // 4)
    if parser is not None:
        _row("quantulum3 (all)", "seeds", n, secs, score({(seed[a], v) for a, v, _ in q}, GOLD))
        counts = {(seed[a], v) for a, v, entity in q if entity == "dimensionless"}
        _row("quantulum3 (counts, %)", "seeds", n, secs, score(counts, GOLD))

    with tempfile.TemporaryDirectory() as tmp:
        maker = ROOT / "benchmarks" / "make_corpus.py"
        subprocess.run([sys.executable, str(maker), str(args.n), tmp], check=True, capture_output=True)
        big, _ = read(tmp)
        secs, est = run_dossier(big)
        _row("dossier.extractors.figures.estimates", f"generated ({args.n})", len(big), secs)
        print(f"{'':<28} {'':<22} {len(est) / len(big):>8.1f} figures per article")
        if parser is not None:
            secs, q = run_quantulum(big)
            _row("quantulum3", f"generated ({args.n})", len(big), secs)
            print(f"{'':<28} {'':<22} {len(q) / len(big):>8.1f} quantities per article")
    if parser is not None:
        print(f"\nquantulum3 first-call load time, not counted above: {warm:.1f} s")
    else:
        print("\nquantulum3 is not installed: its rows are left out")
    missed = sorted(GOLD - found)
    extra = sorted(found - GOLD)
    print(f"dossier on the seeds: missed {missed or 'none'}; beyond the README's list {extra or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
