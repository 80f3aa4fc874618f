"""The dossier command: extract on the seeds, exit codes, help."""

from __future__ import annotations

import subprocess
import sys

import dask
import pandas as pd
import pytest

from dossier import cli, schema
from dossier.schema import FRAME_NAMES


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "dossier", *args], capture_output=True, text=True, cwd=cwd)


def test_extract_seeds_writes_every_frame(seeds_dir, tmp_path):
    out = tmp_path / "x"
    assert cli.main(["extract", str(seeds_dir), "--out", str(out), "-q"]) == 0
    for name in (*FRAME_NAMES, "rejected"):
        assert (out / f"{name}.csv").exists(), name
    arts = pd.read_csv(out / "articles.csv")
    assert len(arts) == 5
    assert sorted(arts["date_basis"]) == ["manifest"] * 4 + ["text"]
    sents = pd.read_csv(out / "sentences.csv")
    texts = dict(zip(arts["article_id"], arts["text"]))
    assert all(texts[a][s:e] == t for a, s, e, t in zip(sents["article_id"], sents["start"], sents["end"], sents["text"]))
    assert list(sents.columns) == schema.columns("sentences")


def test_extract_parquet_keeps_dtypes(seeds_dir, tmp_path):
    assert cli.main(["extract", str(seeds_dir), "--out", str(tmp_path), "--format", "parquet", "-q"]) == 0
    arts = pd.read_parquet(tmp_path / "articles.parquet")
    assert arts["published"].dtype == "datetime64[ns]"
    assert isinstance(arts["date_basis"].dtype, pd.CategoricalDtype)


def test_extract_reports_rejected_files_and_still_succeeds(seeds_dir, tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    r = _run("extract", str(seeds_dir / "003_111b9e2c7f64e5cc.txt"), str(bad), "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    assert "skipped" in r.stderr and "empty.txt: empty file" in r.stderr
    rejected = pd.read_csv(tmp_path / "out" / "rejected.csv")
    assert rejected["reason"].tolist() == ["empty file"]


def test_extract_with_no_readable_article_exits_1_with_a_message(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    r = _run("extract", str(tmp_path / "empty.txt"), str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert r.returncode == 1
    assert "no article could be read" in r.stderr and "empty file" in r.stderr and "no such file or folder" in r.stderr
    assert not (tmp_path / "out").exists()


def test_extract_on_an_unreachable_scheduler_exits_1_naming_it(seeds_dir, tmp_path, capsys):
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        code = cli.main(["extract", str(seeds_dir), "--out", str(tmp_path / "out"), "--format", "parquet",
                         "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "-q"])
    assert code == 1
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err and "Traceback" not in err


@pytest.mark.parametrize("args", [["extract", "seeds"], ["extract", "--out", "x"], ["nonsense"], []])
def test_usage_errors_exit_2(args):
    r = _run(*args)
    assert r.returncode == 2
    assert "usage:" in r.stderr


@pytest.mark.parametrize("args, words", [
    (["--help"], ["extract", "brief", "example:"]),
    (["extract", "--help"], ["--out", "--format", "--max-size", "--engine", "--scheduler", "--lexicon", "example:"]),
    (["brief", "--help"], ["--out", "-p", "example:", "one folder written by", "store written by dossier extract"]),
])
def test_help_explains_every_option_with_an_example(args, words):
    r = _run(*args)
    assert r.returncode == 0
    for w in words:
        assert w in r.stdout


def test_brief_prints_a_stale_store_warning_and_the_index(monkeypatch, capsys, tmp_path):
    import warnings
    from types import SimpleNamespace

    from dossier.exceptions import StaleStoreWarning

    given = {}

    def fake(paths, **kw):
        given.update(paths=paths, **kw)
        warnings.warn("frames/: its frames were written by extractor version 3", StaleStoreWarning)
        return SimpleNamespace(index=tmp_path / "run" / "index.html")

    monkeypatch.setattr(cli, "build_brief", fake)
    assert cli.main(["brief", "frames/", "-p", "since", "2025-01-01", "-q"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(tmp_path / "run" / "index.html")
    assert "dossier: warning: frames/: its frames were written by extractor version 3" in err
    assert given["paths"] == ["frames/"] and given["parameters"] == {"since": "2025-01-01"} and given["progress"] is False
