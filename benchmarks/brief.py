"""Wall time of the seed brief against the naive chain, in the same run.

The naive chain is what an analyst would type without ``dossier brief``: for
each notebook, one after another, the ``papermill`` command (the notebook
extracts the articles itself), then ``jupyter nbconvert --to html``.  The
brief extracts once, through its cache, runs the notebooks side by side and
exports in process.  Aim: brief / naive <= 0.4.

    .venv/bin/python benchmarks/brief.py [--repeat N] [--jobs N]

Each is timed ``--repeat`` times, alternating, and the best time is kept (the
machine is shared, so the best is the least disturbed).  The brief is timed
with a cold cache (a first brief) and again with the cache warm (a re-run).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def naive_chain(notebooks: list[Path], seeds: Path, work: Path) -> float:
    """papermill, then nbconvert, per notebook, as subprocesses, one after another."""
    work.mkdir(parents=True)
    start = time.perf_counter()
    for nb in notebooks:
        executed = work / nb.name
        subprocess.run(
            [str(BIN / "papermill"), str(nb), str(executed), "-p", "articles", str(seeds),
             "-p", "output_dir", str(work / "charts"), "--cwd", str(nb.parent), "--no-progress-bar", "--log-level", "ERROR"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        subprocess.run(
            [str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed), "--output-dir", str(work)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    return time.perf_counter() - start


def brief(seeds: Path, out: Path, jobs: int | None) -> float:
    """The ``dossier brief`` command, a subprocess like the naive chain's."""
    cmd = [str(BIN / "dossier"), "brief", str(seeds), "--out", str(out), "-q"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="time each this many times, keep the best (default 1)")
    ap.add_argument("--jobs", type=int, default=None, help="notebooks side by side in the brief (default: cores)")
    args = ap.parse_args()

    from dossier.brief.build import find_notebooks

    notebooks = find_notebooks()
    seeds = ROOT / "seeds"
    cold, warm, naive = [], [], []
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
        for i in range(args.repeat):
            out = Path(tmp) / f"brief{i}"
            cold.append(brief(seeds, out, args.jobs))
            warm.append(brief(seeds, out, args.jobs))
            naive.append(naive_chain(notebooks, seeds, Path(tmp) / f"naive{i}"))
    names = ", ".join(nb.stem for nb in notebooks)
    print(f"{len(notebooks)} notebooks ({names}), {len(list(seeds.glob('*.txt')))} seed articles, best of {args.repeat}")
    print(f"naive chain (papermill + jupyter nbconvert per notebook): {min(naive):6.1f} s")
    print(f"dossier brief, cold cache:                                {min(cold):6.1f} s   ratio {min(cold) / min(naive):.2f}")
    print(f"dossier brief, warm cache:                                {min(warm):6.1f} s   ratio {min(warm) / min(naive):.2f}")


if __name__ == "__main__":
    main()
