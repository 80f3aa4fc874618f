"""Instructions each extractor executes on generated articles: a figure that load on the machine cannot move.

``stage_instructions.py [--articles 100] [--lib OTHER/lib]`` runs each
stage of :func:`dossier.extract` (sentences, estimates, quotes, themes,
entities, tone) on ``--articles`` articles of the generated corpus
(``make_corpus.py``, cached beside this script) under Valgrind's Callgrind,
and prints the instructions each stage executed, in millions.  Wall and CPU
seconds on a shared machine vary by a tenth or more from run to run; the
count of instructions is the same every run, so a change of a few percent
in a stage shows.  ``--lib`` measures another checkout (``git worktree add
/tmp/base <rev>``; ``--lib /tmp/base/lib``) under the same conditions, and
the ratio to it is printed beside each stage.

Needs ``valgrind`` (Debian: ``apt-get install valgrind``); about a minute
for 100 articles.  Only ``dossier``'s top-level names are used, so the
script runs on either side of a move of its modules.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

STAGES = ["sentences", "estimates", "quotes", "themes", "entities", "tone"]
CORPUS_SIZE = 1000

# Run in the measured process: each stage inside a call of functools.reduce, the one C function
# Callgrind collects in (--toggle-collect) and dumps after (--dump-after), so each dump is one stage.
CHILD = """
import functools, gc, sys, warnings
warnings.simplefilter("ignore")
import dossier
arts = dossier.read_articles(sys.argv[1])
n = int(sys.argv[2])
warm = arts.head(30)
s = dossier.sentences(warm)
q = dossier.quotes(s, warm)
dossier.estimates(s, warm); dossier.themes(s, q); dossier.entities(s); dossier.tone(s, q)
a = arts.iloc[100:100 + n]
R = functools.reduce
# A full collection before each stage, uncounted: otherwise one that a stage's garbage made due lands in the
# next stage, and a change to one stage shows as a change to another.
C = gc.collect
C(); s = R(lambda _, f: f(a), [dossier.sentences], None)
C(); R(lambda _, f: f(s, a), [dossier.estimates], None)
C(); q = R(lambda _, f: f(s, a), [dossier.quotes], None)
C(); R(lambda _, f: f(s, q), [dossier.themes], None)
C(); R(lambda _, f: f(s), [dossier.entities], None)
C(); R(lambda _, f: f(s, q), [dossier.tone], None)
"""


def corpus() -> Path:
    folder = HERE / f"corpus-{CORPUS_SIZE}"
    if not make_corpus.is_complete(folder, CORPUS_SIZE):
        make_corpus.make_corpus(CORPUS_SIZE, folder, force=True)
    return folder


def measure(lib: Path, n: int) -> list[float]:
    """Millions of instructions of each stage, in the order of :data:`STAGES`, with ``lib`` first on the path."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = [
            "valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
            "--dump-after=functools_reduce", f"--callgrind-out-file={out}",
            sys.executable, "-c", CHILD, str(corpus()), str(n),
        ]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(lib), os.environ.get("PYTHONPATH", "")])}
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"the measured run failed:\n{done.stderr[-2000:]}")
        dumps = sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
        counts = [_total(p) for p in dumps]
    # Dumps of reduce calls made while importing come first; the stages are the last six.
    return [c / 1e6 for c in counts[-len(STAGES):]]


def _total(path: Path) -> int:
    for line in path.read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=100, help="generated articles measured (default: 100)")
    p.add_argument("--lib", type=Path, help="another checkout's lib/ to measure beside this one")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        p.error("valgrind is not installed (Debian: apt-get install valgrind)")
    if args.articles < 1 or args.articles > CORPUS_SIZE - 100:
        p.error(f"--articles must be between 1 and {CORPUS_SIZE - 100}")
    here = measure(HERE.parent / "lib", args.articles)
    other = measure(args.lib.resolve(), args.articles) if args.lib else None
    print(f"# millions of instructions per stage, {args.articles} generated articles")
    print(f"{'stage':>10} {'this':>9}" + (f" {'other':>9} {'ratio':>6}" if other else ""))
    rows = list(zip(STAGES, here, other or [None] * len(STAGES)))
    for stage, a, b in [*rows, ("total", sum(here), sum(other) if other else None)]:
        print(f"{stage:>10} {a:>9.1f}" + (f" {b:>9.1f} {a / b:>6.2f}" if b else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
