"""How extraction scales with the corpus: ``scale.py [--sizes 1000 10000 100000]``.

For each size, a generated corpus (``make_corpus.py``, cached in
``benchmarks/corpus-N/``) goes through every extractor into a Parquet store,
in a fresh child process per measurement: in-process, and on a local Dask
cluster of one and of two workers (see ENGINES; where files are read a
partition at a time, ``read s`` is 0: reading is inside ``extract s``).  Printed per run:
seconds to read the articles and to extract and write the frames (cluster
start included), articles/s and MB/s (MB of article files, over the whole
run), and peak memory.

Peak memory is the resident set size (RSS) of the child's whole process
tree (the driver plus, for Dask, its nanny and worker processes), summed
and sampled every 0.1 s with psutil; ``driver`` is the child's own peak
(``ru_maxrss``), which includes the articles it reads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

# local: read everything, extract in batches, write (what dossier extract does with CSV output);
# stream: engines.read_extract in this process, a partition of files at a time
#   (what dossier extract --format parquet does without Dask);
# dask-N: N workers read and extract (engines.read_extract; dossier extract --engine dask);
# dask-2-driver: this process reads, workers extract (engines.extract_dask; dossier extract --engine dask --scheduler).
ENGINES = {"local": ("local", 1), "stream": ("stream", 1), "dask-1": ("dask", 1), "dask-2": ("dask", 2), "dask-2-driver": ("driver", 2)}
DEFAULT_ENGINES = ["local", "stream", "dask-1", "dask-2"]
SAMPLE_S = 0.1


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
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = 0
    watched = psutil.Process(proc.pid)
    while proc.poll() is None:
        peak = max(peak, _tree_rss(watched))
        time.sleep(SAMPLE_S)
    stdout = proc.stdout.read()
    if proc.returncode:
        return {"n": n, "engine": engine, "failed": f"exit {proc.returncode} (its traceback is above)"}
    result = json.loads(stdout.strip().splitlines()[-1])
    shutil.rmtree(out, ignore_errors=True)
    return {**result, "n": n, "engine": engine, "peak_mb": peak / 1e6}


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
    import resource
    import warnings

    from dossier.corpus import read_corpus
    from dossier.pipeline import extract_batches, write_frames

    kind, workers = ENGINES[engine]
    t0 = t1 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if kind in ("dask", "stream"):
            from dossier.engines import read_extract

            engine = "local" if kind == "stream" else "dask"
            n = len(read_extract([folder], out=Path(out), engine=engine, workers=workers)[0]["articles"])
        else:
            articles = read_corpus(folder).articles
            n, t1 = len(articles), time.perf_counter()
            if kind == "driver":
                from dossier.engines import extract_dask

                extract_dask(articles, out=Path(out), workers=workers)
            else:
                write_frames(extract_batches(articles), Path(out), "parquet")
    t2 = time.perf_counter()
    mb = sum(f.stat().st_size for f in Path(folder).glob("*.txt")) / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux
    print(json.dumps({"articles": n, "mb": mb, "read_s": t1 - t0, "extract_s": t2 - t1, "driver_mb": rss}))


HEADER = f"{'articles':>9} {'engine':>13} {'MB':>6} {'read s':>7} {'extract s':>9} {'total s':>8} {'art/s':>7} {'MB/s':>6} {'peak MB':>8} {'driver MB':>9}"


def row(r: dict) -> str:
    if "failed" in r:
        return f"{r['n']:>9,} {r['engine']:>13} failed: {r['failed']}"
    total = r["read_s"] + r["extract_s"]
    return (
        f"{r['articles']:>9,} {r['engine']:>13} {r['mb']:>6.1f} {r['read_s']:>7.1f} {r['extract_s']:>9.1f} {total:>8.1f} "
        f"{r['articles'] / total:>7.0f} {r['mb'] / total:>6.2f} {r['peak_mb']:>8.0f} {r['driver_mb']:>9.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000], metavar="N", help="corpus sizes (default: 1000 10000 100000)")
    p.add_argument("--engines", nargs="+", choices=list(ENGINES), default=DEFAULT_ENGINES, help="engines to measure (default: " + " ".join(DEFAULT_ENGINES) + ")")
    p.add_argument("--profile", type=int, metavar="N", help="instead: profile reading and extracting N generated articles in this process (cProfile)")
    p.add_argument("--child", nargs=3, metavar=("ENGINE", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    print(HEADER)
    results = []
    for n in args.sizes:
        for engine in args.engines:
            results.append(measure(n, engine))
            print(row(results[-1]), flush=True)
    _summary(results)
    return 0


STAGES = ("read_corpus", "sentences", "quotes", "themes", "estimates", "theme_rates", "entities", "tone", "conform")


def profile(n: int, top: int = 25) -> None:
    """Print where reading and extracting ``n`` generated articles spend their time."""
    import cProfile
    import pstats
    import warnings

    from dossier.corpus import read_corpus
    from dossier.pipeline import extract

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


def _summary(results: list[dict]) -> None:
    results = [r for r in results if "failed" not in r]
    by = {(r["n"], r["engine"]): r for r in results}
    for n in sorted({r["n"] for r in results}):
        one, two = by.get((n, "dask-1")), by.get((n, "dask-2"))
        if one and two:
            print(f"# {n:,} articles: 2 Dask workers vs 1: {one['extract_s'] / two['extract_s']:.2f}× on extraction, "
                  f"{(one['read_s'] + one['extract_s']) / (two['read_s'] + two['extract_s']):.2f}× overall")
    for engine in ENGINES:
        runs = sorted((r for r in results if r["engine"] == engine), key=lambda r: r["n"])
        if len(runs) > 1:
            per = ", ".join(f"{1e3 * (r['read_s'] + r['extract_s']) / r['n']:.1f}" for r in runs)
            print(f"# {engine}: ms per article at " + ", ".join(f"{r['n']:,}" for r in runs) + f": {per} (flat = linear cost)")


if __name__ == "__main__":
    sys.exit(main())
