"""The Dask engine gives the in-process engine's rows; the Parquet store reads back lean."""

from __future__ import annotations

import logging
import sys
import warnings
from pathlib import Path

import dask
import pandas as pd
import pytest

import dossier
from dossier import notebook, schema
from dossier.exceptions import SchedulerError
from dossier.scale import engines
from dossier.extractors.pipeline import extract
from dossier.scale.run import run_extract
from dossier.schema import FRAME_NAMES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scheduler():
    """Address of a running two-worker cluster: the "existing scheduler" path, started once."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import make_corpus

    out = tmp_path_factory.mktemp("generated")
    make_corpus.make_corpus(12, out)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dossier.read_articles(out)


def _canonical(df: pd.DataFrame) -> pd.DataFrame:
    # Row order is part of the frame: the parts are gathered in article order, as one go would give them.
    return df.reset_index(drop=True)


def _assert_same_frames(got: dict, expected: dict):
    assert list(got) == list(FRAME_NAMES)
    for name in FRAME_NAMES:
        frame = got[name].read()
        assert len(got[name]) == len(frame) == len(expected[name]), name
        pd.testing.assert_frame_equal(_canonical(frame), _canonical(expected[name]), obj=name)


def test_unreachable_scheduler_is_a_clear_error(seed_articles, tmp_path):
    # Nothing listens on the discard port: the address is named, with what to do, instead of a traceback.
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        with pytest.raises(SchedulerError, match=r"tcp://127\.0\.0\.1:9 .*leave out --scheduler"):
            engines.extract_dask(seed_articles, out=tmp_path / "out", scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "out" / "quotes").exists()


def test_seeds_on_existing_scheduler_same_rows(seed_articles, scheduler, tmp_path):
    got = engines.extract_dask(seed_articles, out=tmp_path, scheduler=scheduler, partition=2)
    _assert_same_frames(got, extract(seed_articles))
    assert sorted(p.name for p in (tmp_path / "sentences.parquet").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"
    ]
    # Parts are numbered in article order, so the store reads back in the input's order.
    pd.testing.assert_frame_equal(got["articles"].read(), seed_articles)


def test_generated_corpus_same_rows(generated, scheduler, tmp_path):
    got = engines.extract_dask(generated, out=tmp_path, scheduler=scheduler, partition=5)
    expected = extract(generated)
    _assert_same_frames(got, expected)
    assert len(got["sentences"]) > 12 * 20  # about 5 KB of text an article


def test_default_starts_and_closes_a_local_cluster(seed_articles, tmp_path):
    from distributed import Client

    got = engines.extract_dask(seed_articles, out=tmp_path, workers=1, progress=True)
    assert len(got["articles"]) == 5
    assert len(got["sentences"]) == len(dossier.sentences(seed_articles))
    # The cluster is gone: no client is left behind to reuse it.
    with pytest.raises(ValueError):
        Client.current()


def _worker_settings():
    import os

    from distributed import get_worker

    import logging

    callbacks = get_worker().periodic_callbacks
    settings = {name: pc.callback_time for name, pc in callbacks.items()}
    settings["log_level"] = logging.getLogger("distributed.worker").getEffectiveLevel()
    return settings, os.environ.get("MALLOC_TRIM_THRESHOLD_")


_OUR_WORKERS = """
import json
from dossier.scale import engines
from test_engines import _worker_settings
if __name__ == "__main__":
    with engines._client(None, 1) as (client, _):
        print(json.dumps(client.submit(_worker_settings).result()))
"""


def test_local_cluster_workers_do_not_profile_nor_trim_memory_and_wake_seldom(scheduler, tmp_path):
    import json
    import os
    import subprocess

    from distributed import Client

    # In a fresh process: a Dask nanny sets MALLOC_TRIM_THRESHOLD_ in its own
    # process too, and this one has started the scheduler fixture's.
    script = tmp_path / "ours.py"
    script.write_text(_OUR_WORKERS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parent), env.get("PYTHONPATH", "")])
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120, check=True)
    ours, trim = json.loads(run.stdout.strip().splitlines()[-1])
    with Client(scheduler) as client:
        theirs, their_trim = client.submit(_worker_settings).result()
    assert "profile" not in ours and "heartbeat" in ours
    assert trim is None
    # Callback periods in ms: the event loop's tick, the memory monitor, the dashboard's system monitor.
    assert ours["tick"] == ours["memory_monitor"] == 1000 and ours["monitor"] == 5000
    # The race of a closing cluster is logged at ERROR (dask/distributed#7105): our workers log only CRITICAL.
    assert ours["log_level"] == logging.CRITICAL
    # A scheduler given by address keeps its own workers' settings.
    assert "profile" in theirs and their_trim is not None
    assert theirs["tick"] == 20 and theirs["memory_monitor"] == 100 and theirs["monitor"] == 500
    assert theirs["log_level"] < logging.ERROR


def test_replaces_an_earlier_store(seed_articles, scheduler, tmp_path):
    stale = tmp_path / "sentences.parquet"
    stale.mkdir()
    (stale / "part-00099.parquet").write_bytes(b"old")
    (tmp_path / "articles.parquet").write_bytes(b"a file from the in-process engine")
    (tmp_path / "notes.txt").write_text("analyst notes")
    got = engines.extract_dask(seed_articles, out=tmp_path, scheduler=scheduler)
    assert not (stale / "part-00099.parquet").exists()
    assert len(got["articles"].read()) == 5
    assert (tmp_path / "notes.txt").read_text() == "analyst notes"


def test_run_extract_with_dask_then_load(seeds_dir, seed_articles, scheduler, tmp_path):
    result = run_extract([seeds_dir], out=tmp_path, fmt="parquet", engine="dask", scheduler=scheduler)
    expected = extract(seed_articles)
    assert result.counts == {name: len(expected[name]) for name in FRAME_NAMES}
    frames = notebook.load(tmp_path, text=True)
    for name in FRAME_NAMES:
        pd.testing.assert_frame_equal(_canonical(getattr(frames, name)), _canonical(expected[name]), obj=name)
    assert len(frames.rejected) == 0


@pytest.fixture
def messy(seeds_dir, tmp_path):
    """The seeds, a copy of one under another name (in a later partition) and an empty file."""
    import shutil

    folder = tmp_path / "messy"
    shutil.copytree(seeds_dir, folder)
    shutil.copy(folder / "002_9a53dffa8642a768.txt", folder / "009_copy.txt")
    (folder / "bad.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize("engine", ["dask", "local"])
def test_read_a_partition_at_a_time_same_rows_and_rejections(messy, scheduler, tmp_path, engine):
    with pytest.warns(dossier.BadInputWarning):
        got, rejected = engines.read_extract([messy], out=tmp_path / "parts", engine=engine, scheduler=scheduler, partition=2)
    with pytest.warns(dossier.BadInputWarning):
        corpus = dossier.read_corpus([messy])  # the whole corpus in memory, extracted in one go
    _assert_same_frames(got, extract(corpus.articles))
    pd.testing.assert_frame_equal(_canonical(rejected), _canonical(schema.conform(corpus.rejected, "rejected")))
    assert set(rejected["reason"].str.split(" of ").str[0]) == {"duplicate", "empty file"}


def test_in_process_parquet_is_written_a_partition_at_a_time(generated, tmp_path, monkeypatch):
    # So that memory holds one partition, whatever the corpus size.
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(generated["text"]):
        (folder / f"{i:03d}.txt").write_text(text)
    monkeypatch.setattr(engines, "partition_size", lambda n, workers: 5)
    run_extract([folder], out=tmp_path / "store", fmt="parquet")
    assert sorted(p.name for p in (tmp_path / "store" / "sentences.parquet").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"
    ]
    expected = extract(dossier.read_articles(folder))
    got = notebook.load(tmp_path / "store", text=True)
    for name in FRAME_NAMES:
        pd.testing.assert_frame_equal(_canonical(getattr(got, name)), _canonical(expected[name]), obj=name)


def test_read_nothing_readable(tmp_path, scheduler):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    with pytest.warns(dossier.BadInputWarning), pytest.raises(dossier.NoArticlesError, match="empty file"):
        engines.read_extract(tmp_path / "in", out=tmp_path / "out", scheduler=scheduler)
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("n, workers, expected", [
    (5, 2, 5),  # a tiny corpus is one partition
    (300, 2, 50),  # never below the minimum, so overhead stays small
    (10_000, 2, 1000),  # capped, so a worker holds a few MB of text
    (4_000, 2, 500),  # four partitions a worker balance the load
    (100_000, 8, 1000),
])
def test_partition_size(n, workers, expected):
    assert engines.partition_size(n, workers) == expected


# --- reading the store without the text ----------------------------------


@pytest.fixture
def parquet_columns(monkeypatch):
    """Columns each read_parquet call asked for, by file name."""
    asked = {}
    real = pd.read_parquet

    def spy(path, *args, columns=None, **kwargs):
        asked[Path(path).name] = columns
        return real(path, *args, columns=columns, **kwargs)

    monkeypatch.setattr(pd, "read_parquet", spy)
    return asked


def test_load_without_text_never_reads_it(seed_store, seed_articles, parquet_columns):
    frames = notebook.load(seed_store, text=False)
    assert frames.articles["text"].isna().all() and frames.sentences["text"].isna().all()
    assert "text" not in parquet_columns["articles.parquet"]
    assert "text" not in parquet_columns["sentences.parquet"]
    # Everything else is there, with the schema's dtypes.
    assert list(frames.articles.columns) == schema.columns("articles")
    expected = seed_articles.drop(columns="text")
    pd.testing.assert_frame_equal(frames.articles.drop(columns="text"), expected)
    assert str(frames.articles["text"].dtype) == "str"
    assert frames.quotes["text"].equals(dossier.extract(seed_articles)["quotes"]["text"])


@pytest.mark.parametrize("limit, text_loaded", [(10_000, True), (4, False)])
def test_load_reads_text_of_small_stores_only(seed_store, monkeypatch, limit, text_loaded):
    monkeypatch.setattr(notebook, "TEXT_LIMIT", limit)
    frames = notebook.load(seed_store)
    assert frames.articles["text"].notna().all() == text_loaded
    assert frames.sentences["text"].notna().all() == text_loaded


def test_load_without_text_from_csv_store(seeds_dir, seed_articles, tmp_path):
    run_extract([seeds_dir], out=tmp_path, fmt="csv")
    frames = notebook.load(tmp_path, "2025-07-01", "", text=False)
    assert frames.articles["text"].isna().all()
    assert sorted(frames.articles["title"]) == sorted(
        seed_articles.loc[seed_articles["published"] >= "2025-07-01", "title"]
    )
