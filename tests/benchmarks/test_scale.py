"""benchmarks/scale.py's summary: ranges of repeated runs and issue 7's targets, judged from the figures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import scale  # noqa: E402


def _run(n, engine, extract_s, read_s=0.0, peak_mb=500.0, cpu_s=None):
    cpu_s = 2 * extract_s if cpu_s is None else cpu_s
    return {"n": n, "engine": engine, "articles": n, "mb": n / 200, "read_s": read_s, "extract_s": extract_s, "peak_mb": peak_mb, "driver_mb": 100.0, "cpu_s": cpu_s}


def test_repeated_runs_give_a_range_and_the_target_counts_runs():
    results = [_run(10_000, "dask-2", s) for s in (55.0, 61.0, 58.0)] + [_run(10_000, "dask-1", s) for s in (100.0, 104.0)]
    lines = scale.summary(results)
    assert "# 10,000 articles, dask-2: total s over 3 runs: min 55.0, median 58.0, max 61.0 (cpu s 110.0 to 122.0)" in lines
    assert "# 10,000 articles, dask-1: total s over 2 runs: min 100.0, median 102.0, max 104.0 (cpu s 200.0 to 208.0)" in lines
    assert "# target: 10,000 articles on 2 Dask workers in under 60 s: met in 2 of 3 runs" in lines
    # Medians against medians: 102 / 58.
    assert "# target: 2 Dask workers at least 1.6× one at 10,000 articles: met (1.76×)" in lines


def test_targets_not_met_say_so():
    results = [_run(10_000, "dask-2", 70.0), _run(10_000, "dask-1", 100.0), _run(100_000, "stream", 1000.0, peak_mb=3200.0)]
    lines = scale.summary(results)
    assert "# target: 10,000 articles on 2 Dask workers in under 60 s: met in 0 of 1 runs" in lines
    assert "# target: 2 Dask workers at least 1.6× one at 10,000 articles: NOT met (1.43×)" in lines
    assert "# target: 100,000 articles with peak memory under 3,000 MB: NOT met (highest 3,200 MB)" in lines


def test_linear_cost_line_and_failed_runs_left_out():
    results = [_run(1000, "stream", 10.0, read_s=0.5), _run(10_000, "stream", 104.0, read_s=1.0), {"n": 100_000, "engine": "stream", "failed": "exit 1"}]
    lines = scale.summary(results)
    assert "# stream: ms per article at 1,000, 10,000: 10.5, 10.5 (flat = linear cost)" in lines
    assert not any("100,000" in line for line in lines)


def test_repeat_must_be_positive(capsys):
    with pytest.raises(SystemExit):
        scale.main(["--repeat", "0"])
    assert "--repeat must be at least 1" in capsys.readouterr().err


def test_a_measured_run_reports_the_cpu_time_of_its_whole_process_tree(monkeypatch, tmp_path):
    # A stand-in child that burns CPU in a grandchild: its time must be counted too.
    child = tmp_path / "child.py"
    child.write_text(
        "import json, subprocess, sys\n"
        "subprocess.run([sys.executable, '-c', 'import time\\nt = time.process_time()\\nwhile time.process_time() - t < 0.6: pass'], check=True)\n"
        "print(json.dumps({'articles': 1, 'mb': 0.1, 'read_s': 0.0, 'extract_s': 1.0, 'driver_mb': 1.0}))\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(scale, "__file__", str(child))
    monkeypatch.setattr(scale, "corpus", lambda n: tmp_path)
    monkeypatch.setattr(scale, "HERE", tmp_path)
    r = scale.measure(1, "local")
    assert 0.6 <= r["cpu_s"] < 5
    assert scale.row(r).split()[-1] == f"{r['cpu_s']:.1f}"
