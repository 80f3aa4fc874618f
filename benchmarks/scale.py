"""How extraction scales with the corpus: ``scale.py [--sizes 1000 10000 100000]``.

For each size, a generated corpus (``make_corpus.py``, cached in
``benchmarks/corpus-N/``) goes through every extractor into a Parquet store,
in a fresh child process per measurement: in-process, and on a local Dask
cluster of one and of two workers (see ENGINES; where files are read a
partition at a time, ``read s`` is 0: reading is inside ``extract s``).  Printed per run:
seconds to read the articles and to extract and write the frames (cluster
start included), articles/s and MB/s (MB of article files, over the whole
run), and peak memory.  ``--repeat K`` measures each size and engine K
times, since a shared host's speed can drift by 15-20% over an afternoon; the
summary then gives each one's range, and says which of issue 7's targets
(TARGETS) held in how many runs.

Peak memory is the resident set size (RSS) of the child's whole process
tree (the driver plus, for Dask, its nanny and worker processes), summed
and sampled every 0.1 s with psutil; ``driver`` is the child's own peak
(``ru_maxrss``), which includes the articles it reads.

``cpu s`` is the CPU time (user and system) of that whole tree, start-up
included.  The same work costs the same CPU time on an idle host, so a slow
run that also shows more CPU time was slowed by the host (other machines
on the same hardware), not by the code: on the 2-core machine of issue 7,
10,000 articles on two workers took 95-100 CPU s in fast runs and up to
125 in slow ones.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

# local: dossier extract's default, CSV output: a partition of files at a time in this process,
#   then each frame's parts gathered into one CSV file;
# stream: engines.read_extract in this process, a partition of files at a time
#   (what dossier extract --format parquet does without Dask);
# dask-N: N workers read and extract (engines.read_extract; dossier extract --engine dask);
# dask-2-driver: this process reads, workers extract (engines.extract_dask; dossier extract --engine dask --scheduler).
ENGINES = {"local": ("local", 1), "stream": ("stream", 1), "dask-1": ("dask", 1), "dask-2": ("dask", 2), "dask-2-driver": ("driver", 2)}
DEFAULT_ENGINES = ["local", "stream", "dask-1", "dask-2"]
SAMPLE_S = 0.1
# Issue 7's targets on a 2-core machine.
TARGET_ARTICLES, TARGET_S = 10_000, 60.0  # every extractor, two Dask workers
TARGET_PEAK_ARTICLES, TARGET_PEAK_MB = 100_000, 3000.0
TARGET_SPEEDUP = 1.6  # two workers against one


def corpus(n: int) -> Path:
    """The cached corpus of ``n`` articles, generated when missing or stale."""
    folder = HERE / f"corpus-{n}"
    if not make_corpus.is_complete(folder, n):
        t0 = time.perf_counter()
        make_corpus.make_corpus(n, folder, force=True)
        print(f"# generated {n} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return folder


def measure(n: int, engine: str) -> dict:
    """Run one extraction in a child process and watch its memory."""
    out = HERE / f"out-{n}-{engine}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, __file__, "--child", engine, str(corpus(n)), str(out)]
    cpu0 = _children_cpu()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = 0
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        peak = max(peak, _tree_rss(watched))
        time.sleep(SAMPLE_S)
    stdout = proc.stdout.read()
    # Every process of the tree has been waited for by its parent once the
    # child has been: their times are all in this process's children's.
    cpu = _children_cpu() - cpu0
    if proc.returncode:
        return {"n": n, "engine": engine, "failed": f"exit {proc.returncode} (its traceback is above)"}
    result = json.loads(stdout.strip().splitlines()[-1])
    shutil.rmtree(out, ignore_errors=True)
    return {**result, "n": n, "engine": engine, "peak_mb": peak / 1e6, "cpu_s": cpu}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass  # a process that just ended
    return total


def child(engine: str, folder: str, out: str) -> None:
    """Read and extract ``folder`` into ``out``, printing timings as JSON (runs in the child)."""
    import warnings

    from dossier.read.corpus import read_corpus

    kind, workers = ENGINES[engine]
    t0 = t1 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if kind == "local":
            from dossier.scale.run import run_extract

            n = run_extract([folder], out=Path(out), fmt="csv").counts["articles"]
        elif kind in ("dask", "stream"):
            from dossier.scale.engines import read_extract

            engine = "local" if kind == "stream" else "dask"
            n = len(read_extract([folder], out=Path(out), engine=engine, workers=workers)[0]["articles"])
        else:
            articles = read_corpus(folder).articles
            n, t1 = len(articles), time.perf_counter()
            from dossier.scale.engines import extract_dask

            extract_dask(articles, out=Path(out), workers=workers)
    t2 = time.perf_counter()
    mb = sum(f.stat().st_size for f in Path(folder).glob("*.txt")) / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux
    print(json.dumps({"articles": n, "mb": mb, "read_s": t1 - t0, "extract_s": t2 - t1, "driver_mb": rss}))


HEADER = f"{'articles':>9} {'engine':>13} {'MB':>6} {'read s':>7} {'extract s':>9} {'total s':>8} {'art/s':>7} {'MB/s':>6} {'peak MB':>8} {'driver MB':>9} {'cpu s':>7}"


def row(r: dict) -> str:
    if "failed" in r:
        return f"{r['n']:>9,} {r['engine']:>13} failed: {r['failed']}"
    total = r["read_s"] + r["extract_s"]
    return (
        f"{r['articles']:>9,} {r['engine']:>13} {r['mb']:>6.1f} {r['read_s']:>7.1f} {r['extract_s']:>9.1f} {total:>8.1f} "
        f"{r['articles'] / total:>7.0f} {r['mb'] / total:>6.2f} {r['peak_mb']:>8.0f} {r['driver_mb']:>9.0f} {r['cpu_s']:>7.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000], metavar="N", help="corpus sizes (default: 1000 10000 100000)")
    p.add_argument("--engines", nargs="+", choices=list(ENGINES), default=DEFAULT_ENGINES, help="engines to measure (default: " + " ".join(DEFAULT_ENGINES) + ")")
    p.add_argument("--repeat", type=int, default=1, metavar="K", help="measure each size and engine K times (default: 1); the summary gives ranges")
    p.add_argument("--profile", type=int, metavar="N", help="instead: profile reading and extracting N generated articles in this process (cProfile)")
    p.add_argument("--brief", action="store_true", help="instead: time dossier brief of each size's Parquet store (extracted first, on 2 Dask workers) and its peak memory")
    p.add_argument("--child", nargs=3, metavar=("ENGINE", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    if args.child:
        child(*args.child)
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    if args.brief:
        print(BRIEF_HEADER)
        for n in args.sizes:
            for _ in range(args.repeat):
                print(brief_row(measure_brief(n)), flush=True)
        return 0
    print(HEADER)
    results = []
    for n in args.sizes:
        for _ in range(args.repeat):
            for engine in args.engines:
                results.append(measure(n, engine))
                print(row(results[-1]), flush=True)
    for line in summary(results):
        print(line)
    return 0


BRIEF_HEADER = f"{'articles':>9} {'store MB':>9} {'brief s':>8} {'peak MB':>8} {'cpu s':>7}"


def measure_brief(n: int) -> dict:
    """``dossier brief STORE`` of ``n`` generated articles in a child process: wall time, peak memory of its tree, CPU time.

    The store is made once (``benchmarks/store-N``, on two Dask workers) and
    kept; each brief runs into a fresh folder, so it is always a first brief.
    """
    store = HERE / f"store-{n}"
    source = corpus(n)
    stamp = store / "corpus.txt"
    if not (stamp.is_file() and stamp.read_text(encoding="utf-8") == make_corpus.stamp(n, 0)):
        shutil.rmtree(store, ignore_errors=True)
        subprocess.run([str(Path(sys.executable).parent / "dossier"), "extract", str(source), "--out", str(store), "--engine", "dask", "--format", "parquet", "-q"], check=True)
        stamp.write_text(make_corpus.stamp(n, 0), encoding="utf-8")
    out = HERE / f"out-brief-{n}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [str(Path(sys.executable).parent / "dossier"), "brief", str(store), "--out", str(out), "-q"]
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        peak = max(peak, _tree_rss(watched))
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - t0
    err = proc.stderr.read()
    shutil.rmtree(out, ignore_errors=True)
    if proc.returncode:
        return {"n": n, "failed": f"exit {proc.returncode}: {err.strip()[-500:]}"}
    mb = sum(f.stat().st_size for f in store.rglob("*.parquet")) / 1e6
    return {"n": n, "store_mb": mb, "brief_s": wall, "peak_mb": peak / 1e6, "cpu_s": _children_cpu() - cpu0}


def brief_row(r: dict) -> str:
    if "failed" in r:
        return f"{r['n']:>9,} brief failed: {r['failed']}"
    return f"{r['n']:>9,} {r['store_mb']:>9.0f} {r['brief_s']:>8.1f} {r['peak_mb']:>8.0f} {r['cpu_s']:>7.1f}"


STAGES = ("read_corpus", "sentences", "quotes", "themes", "estimates", "theme_rates", "entities", "tone", "conform")


def profile(n: int, top: int = 25) -> None:
    """Print where reading and extracting ``n`` generated articles spend their time."""
    import cProfile
    import pstats
    import warnings

    from dossier.read.corpus import read_corpus
    from dossier.extractors.pipeline import extract

    folder = corpus(n)
    warnings.simplefilter("ignore")
    extract(read_corpus(HERE.parent / "seeds").articles)  # vocabularies and compiled patterns load once, untimed
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    extract(read_corpus(folder).articles)
    prof.disable()
    wall = time.perf_counter() - t0
    stats = pstats.Stats(prof)
    total = stats.total_tt
    print(f"# {n} articles: {wall:.1f} s wall under cProfile, {1e3 * wall / n:.1f} ms per article")
    print("# stage (cumulative time, share of the profile)")
    for stage in STAGES:
        cum = sum(v[3] for (f, _, name), v in stats.stats.items() if name == stage and "/dossier/" in f)
        print(f"{stage:>12} {cum:7.2f} s {100 * cum / total:5.1f} %")
    print(f"# top {top} functions by own time")
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    for (f, line, name), (_, calls, tt, ct, _) in rows:
        where = f"{Path(f).name}:{line}" if f != "~" else "builtin"
        print(f"{100 * tt / total:5.1f} % own {100 * ct / total:5.1f} % cum {calls:>9,} calls  {where} {name}")


def _total(r: dict) -> float:
    return r["read_s"] + r["extract_s"]


def _median(values: list[float]) -> float:
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def summary(results: list[dict]) -> list[str]:
    """Comment lines on ``results``: ranges of repeated runs, scaling, and the targets.

    A size and engine measured more than once is summed up by its median
    (scaling, two workers against one) and its range; a target is met in
    the runs that meet it, counted.
    """
    results = [r for r in results if "failed" not in r]
    runs: dict[tuple[int, str], list[dict]] = {}
    for r in results:
        runs.setdefault((r["n"], r["engine"]), []).append(r)
    lines = []
    for (n, engine), rs in runs.items():
        if len(rs) > 1:
            totals = sorted(_total(r) for r in rs)
            cpu = sorted(r["cpu_s"] for r in rs)
            lines.append(
                f"# {n:,} articles, {engine}: total s over {len(rs)} runs: min {totals[0]:.1f}, median {_median(totals):.1f}, max {totals[-1]:.1f}"
                f" (cpu s {cpu[0]:.1f} to {cpu[-1]:.1f})"
            )
    for n in sorted({n for n, _ in runs}):
        one, two = runs.get((n, "dask-1")), runs.get((n, "dask-2"))
        if one and two:
            extract = _median([r["extract_s"] for r in one]) / _median([r["extract_s"] for r in two])
            overall = _median([_total(r) for r in one]) / _median([_total(r) for r in two])
            lines.append(f"# {n:,} articles: 2 Dask workers vs 1: {extract:.2f}× on extraction, {overall:.2f}× overall")
    for engine in ENGINES:
        sizes = sorted(n for n, e in runs if e == engine)
        if len(sizes) > 1:
            per = ", ".join(f"{1e3 * _median([_total(r) for r in runs[n, engine]]) / n:.1f}" for n in sizes)
            lines.append(f"# {engine}: ms per article at " + ", ".join(f"{n:,}" for n in sizes) + f": {per} (flat = linear cost)")
    lines += _targets(runs)
    return lines


def _targets(runs: dict[tuple[int, str], list[dict]]) -> list[str]:
    lines = []
    if fast := runs.get((TARGET_ARTICLES, "dask-2")):
        met = sum(_total(r) < TARGET_S for r in fast)
        lines.append(f"# target: {TARGET_ARTICLES:,} articles on 2 Dask workers in under {TARGET_S:.0f} s: met in {met} of {len(fast)} runs")
    big = [r for (n, _), rs in runs.items() if n == TARGET_PEAK_ARTICLES for r in rs]
    if big:
        peak = max(r["peak_mb"] for r in big)
        verdict = "met" if peak < TARGET_PEAK_MB else "NOT met"
        lines.append(f"# target: {TARGET_PEAK_ARTICLES:,} articles with peak memory under {TARGET_PEAK_MB:,.0f} MB: {verdict} (highest {peak:,.0f} MB)")
    for n in sorted({n for n, _ in runs}):
        one, two = runs.get((n, "dask-1")), runs.get((n, "dask-2"))
        if one and two and n >= TARGET_ARTICLES:
            ratio = _median([_total(r) for r in one]) / _median([_total(r) for r in two])
            verdict = "met" if ratio >= TARGET_SPEEDUP else "NOT met"
            lines.append(f"# target: 2 Dask workers at least {TARGET_SPEEDUP}× one at {n:,} articles: {verdict} ({ratio:.2f}×)")
    return lines


if __name__ == "__main__":
    sys.exit(main())
