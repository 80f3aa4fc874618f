"""Time dossier on the pathological inputs of issue 21, each at three sizes, so that growth can be read off.

Usage: ``python benchmarks/adversarial.py [--sizes 10,50,200] [--cap 60] [--only NAME]``

Each case is a text that once made a step quadratic or worse (figures
with odd thousands separators, long lists of figures, "according to"
repeated, many short quotes, prose with no full stop, ...), written as
one article of about each size in KB, read with ``read_corpus`` and
extracted with no time budget.  A step over ``--cap`` seconds is stopped
(``dossier.budget``) and shown as ``>CAP``.  Printed: reading and
extraction seconds per size, and the growth exponent of extraction time
from the first size to the last (1 is linear, 2 quadratic).  The lexicon
case times theme matching of a lexicon holding a catastrophic pattern.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Callable, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

import dossier  # noqa: E402
from dossier.budget import OverBudget, time_limit  # noqa: E402
from dossier.exceptions import DossierError  # noqa: E402
from dossier.extractors.pipeline import extract  # noqa: E402

LEAD = "North Korea has sent troops to Russia, officials in Seoul said on Monday.\n\n"


class Case(NamedTuple):
    """A pathological input: ``make(n)`` is a text of about ``n`` characters."""

    name: str
    make: Callable[[int], str]
    lexicon: str | None = None


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: LEAD + unit * max(1, n // len(unit))


def _figures(n: int) -> str:
    items, size = [], 0
    while size < n:
        items.append(f"{123 + len(items) % 877},000, ")
        size += len(items[-1])
    return LEAD + "Officials counted " + "".join(items) + "troops."


def _prose(n: int) -> str:
    words = "the soldiers moved along the front while officials in Seoul and Kyiv said reports of losses grew".split()
    out, size = [], 0
    while size < n:
        out.append(words[len(out) % len(words)])
        size += len(out[-1]) + 1
    return LEAD + " ".join(out)


CASES = [
    Case("thousands with spaces", _repeat("1 000 ")),
    Case("thousands with NBSP", _repeat("1\u00a0000 ")),
    Case("full-width digits", _repeat("１，０００ ")),
    Case("Arabic-Indic digits", _repeat("١٬٠٠٠ ")),
    Case("list of figures", _figures),
    Case("'according to' repeated", _repeat("according to ")),
    Case("'%1.5' runs", _repeat("%1.5")),
    Case("quotes with 'said Kim'", _repeat('"We will fight to the end," said Kim. ')),
    Case("short quoting paragraphs", _repeat('"Yes," he said.\n\n')),
    Case("prose with no full stop", _prose),
    Case("lexicon (a+)+$", lambda n: LEAD + ("a" * 28 + "b ") * max(1, n // 30), lexicon="theme,term,notes\nbad,re:(a+)+$,\n"),
]


REFUSED = -1.0


def _time(step: Callable[[], object], cap: float) -> float:
    """Seconds ``step`` takes; inf when stopped at ``cap``, REFUSED when dossier refuses its input."""
    start = time.perf_counter()
    try:
        with time_limit(cap):
            step()
    except OverBudget:
        return math.inf
    except DossierError:
        return REFUSED  # a lexicon refused when it is read: nothing to time
    return time.perf_counter() - start


def run(case: Case, kb: int, cap: float, work: Path) -> tuple[float, float]:
    """Seconds to read and to extract ``case`` at ``kb`` KB."""
    path = work / f"{case.name.replace(' ', '_').replace('/', '_')}-{kb}.txt"
    path.write_text(case.make(kb * 1024), encoding="utf-8")
    lexicon = None
    if case.lexicon:
        lexicon = work / "lexicon.csv"
        lexicon.write_text(case.lexicon, encoding="utf-8")
    found = {}
    read = _time(lambda: found.setdefault("articles", dossier.read_articles(path, max_bytes=1 << 30)), cap)
    if "articles" not in found:
        return read, math.nan
    return read, _time(lambda: extract(found["articles"], lexicon=lexicon, budget=0), cap)


def _fmt(s: float, cap: float) -> str:
    if s == REFUSED:
        return "refused"
    if math.isnan(s):
        return "-"
    return f">{cap:.0f}" if math.isinf(s) else f"{s:.2f}"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10,50,200", help="sizes in KB, comma-separated (default: 10,50,200)")
    p.add_argument("--cap", type=float, default=60.0, help="seconds after which a step is stopped (default: 60)")
    p.add_argument("--only", default=None, help="run only the cases whose name holds this text")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    cases = [c for c in CASES if args.only is None or args.only.lower() in c.name.lower()]
    warnings.simplefilter("ignore")
    head = "".join(f"{f'{kb} KB read':>14}{f'{kb} KB extract':>17}" for kb in sizes)
    print(f"{'case':<28}{head}{'growth':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            times = [run(case, kb, args.cap, Path(tmp)) for kb in sizes]
            row = "".join(f"{_fmt(r, args.cap):>14}{_fmt(e, args.cap):>17}" for r, e in times)
            first, last = times[0][1], times[-1][1]
            growth = "-"
            if all(map(math.isfinite, (first, last))) and first > 0.01 and last > 0 and len(sizes) > 1:
                growth = f"{math.log(last / first) / math.log(sizes[-1] / sizes[0]):.2f}"
            print(f"{case.name:<28}{row}{growth:>8}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
