"""Hostile input costs only itself: each bad file, record or value is rejected or noted, the good article beside it is read."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import dossier

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import adversarial  # noqa: E402

GOOD = "North Korea sent about 11,000 soldiers to Russia's Kursk region, officials in Seoul said on Monday.\n"
BODY = "Officials in Kyiv said North Korea sent 3,000 more troops to the front on Tuesday."


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def _read(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dossier.BadInputWarning)
        corpus = dossier.read_corpus(folder)
    assert corpus.articles["text"].str.contains("11,000 soldiers").sum() == 1, "the good article was lost"
    return corpus


def _row(corpus, name):
    rows = corpus.articles[corpus.articles["path"].str.contains(name, regex=False)]
    assert len(rows) == 1, (corpus.articles["path"].tolist(), corpus.rejected)
    return rows.iloc[0]


def _rejected(corpus, name):
    rows = corpus.rejected[corpus.rejected["path"].str.contains(name, regex=False)]
    assert len(rows) >= 1, corpus.rejected
    return " ".join(rows["reason"])


DATES = ["3000-01-01", "0001-01-01", "1600-05-01", "1677-09-21", "2262-04-12", "-1", "3000-01-01 10:00:00"]
STAMPS = [d for d in DATES if len(d) == 10]  # a date stamp is YYYY-MM-DD


@pytest.mark.parametrize(
    "date, where",
    [(d, w) for w in ("front matter", "json", "manifest") for d in DATES] + [(d, "stamp") for d in STAMPS],
)
def test_a_date_outside_pandas_range_becomes_unknown_with_a_note(folder, date, where):
    if where == "front matter":
        (folder / "bad.md").write_text(f"---\npublished: {date}\n---\n{BODY}\n")
    elif where == "json":
        (folder / "bad.json").write_text(f'{{"text": "{BODY}", "date": "{date}"}}')
    elif where == "manifest":
        (folder / "bad.txt").write_text(BODY + "\n")
        (folder / "manifest.csv").write_text(f"file,published\nbad.txt,{date}\n")
    else:
        (folder / "bad.txt").write_text(f"date {date}\n{BODY}\n")
    row = _row(_read(folder), "bad.")
    assert row["date_basis"] == "unknown"
    assert "outside the supported range" in row["notes"]


@pytest.mark.parametrize(
    "name, content",
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000),
        ("deepfield.json", f'{{"text": "{BODY}", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ],
)
def test_json_nested_beyond_reading_is_rejected(folder, name, content):
    (folder / name).write_text(content)
    assert "nested too deeply" in _rejected(_read(folder), name)


def test_a_jsonl_line_nested_beyond_reading_costs_only_that_line(folder):
    (folder / "feed.jsonl").write_text(f'{{"text": "{BODY}"}}\n' + "[" * 100_000 + "]" * 100_000 + "\n")
    corpus = _read(folder)
    assert "line 2" in _rejected(corpus, "feed.jsonl#2")
    assert _row(corpus, "feed.jsonl#1")["text"] == BODY


def test_an_integer_of_thousands_of_digits_is_kept_as_text(folder):
    (folder / "big.json").write_text(f'{{"text": "{BODY}", "title": {"9" * 5000}}}')
    row = _row(_read(folder), "big.json")
    assert row["text"] == BODY
    assert row["title"].startswith("999") and "cut to" in row["notes"]


def test_a_lone_surrogate_inside_a_list_field_is_replaced_with_a_note(folder):
    (folder / "surr.json").write_text(f'{{"text": "{BODY}", "author": ["Kim \\ud800", "Lee"]}}')
    row = _row(_read(folder), "surr.json")
    assert row["author"] == "Kim \ufffd, Lee"
    assert "unpaired surrogate" in row["notes"]


@pytest.mark.parametrize(
    "front",
    [
        "x: " + "[" * 50_000 + "]" * 50_000,  # libyaml recurses in C on this: the process would crash
        "x: " + "{a: " * 5_000 + "1" + "}" * 5_000,
        "".join(" " * i + f"k{i}:\n" for i in range(400)).rstrip(),
        "x: " + "[" * 40 + "]" * 40,
    ],
    ids=["flow-50k", "mapping-5k", "block-400", "flow-40"],
)
def test_deeply_nested_front_matter_is_ignored_with_a_note(folder, front):
    (folder / "deep.md").write_text(f"---\n{front}\ntitle: Kept?\n---\n{BODY}\n")
    row = _row(_read(folder), "deep.md")
    assert row["text"] == BODY
    assert "front matter ignored" in row["notes"]


def test_a_yaml_alias_bomb_is_ignored_with_a_note(folder):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]" for p, c in zip("abcdefgh", "bcdefghi")]
    (folder / "bomb.md").write_text("---\n" + "\n".join(lines) + f"\ntitle: *i\n---\n{BODY}\n")
    row = _row(_read(folder), "bomb.md")
    assert pd.isna(row["title"])
    assert "aliases expanded" in row["notes"]


def test_a_few_aliases_in_front_matter_still_read(folder):
    (folder / "alias.md").write_text(f"---\nsource: &s Yonhap\nauthor: *s\n---\n{BODY}\n")
    row = _row(_read(folder), "alias.md")
    assert (row["source"], row["author"]) == ("Yonhap", "Yonhap")


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_a_note(folder):
    with open(os.path.join(os.fsencode(folder), b"bad-\xff\xfe.txt"), "w") as f:
        f.write(BODY + "\n")
    corpus = _read(folder)
    row = _row(corpus, "bad-")
    assert row["path"].endswith("bad-\ufffd\ufffd.txt")
    assert "not valid UTF-8" in row["notes"]
    row["path"].encode("utf-8")


def test_nul_bytes_past_the_start_are_removed_with_a_note(folder):
    (folder / "nul.txt").write_bytes(("x" * 9000 + ".\n").encode() + BODY.encode().replace(b"North", b"No\x00rth") + b"\n")
    row = _row(_read(folder), "nul.txt")
    assert "\x00" not in row["text"] and "North Korea" in row["text"]
    assert "1 NUL bytes removed" in row["notes"]


def test_any_exception_reading_one_file_becomes_a_rejection(folder, monkeypatch):
    from dossier.read import corpus as corpus_mod

    real = corpus_mod.front_matter

    def explode(text):
        if "3,000 more troops" in text:
            raise ZeroDivisionError("x" * 10_000)
        return real(text)

    monkeypatch.setattr(corpus_mod, "front_matter", explode)
    (folder / "boom.txt").write_text(BODY + "\n")
    reason = _rejected(_read(folder), "boom.txt")
    assert reason.startswith("could not be read (ZeroDivisionError") and len(reason) < 300


def test_a_huge_json_array_of_non_records_is_rejected_in_one_row(folder):
    (folder / "numbers.json").write_text("[" + ",".join(["7"] * 100_000) + f', {{"text": "{BODY}"}}]')
    corpus = _read(folder)
    rows = corpus.rejected[corpus.rejected["path"].str.contains("numbers.json", regex=False)]
    assert len(rows) == 1 and "100,000 of its 100,001 records" in rows["reason"].iloc[0]
    assert _row(corpus, "numbers.json#100000")["text"] == BODY


# --- the cache ------------------------------------------------------------------


def _seed_cache(seed_articles, tmp_path):
    from dossier.scale.cache import cached_extract

    root = tmp_path / "cache"
    frames, stats = cached_extract(seed_articles, root)
    (shard,) = [p for p in stats.folder.iterdir() if p.is_dir()]
    return root, frames, shard


@pytest.mark.parametrize("damage", ["truncate", "wrong schema", "edit a row", "no keys"])
def test_a_damaged_cache_shard_is_dropped_with_a_warning_and_rebuilt(seed_articles, tmp_path, damage):
    from dossier.scale.cache import CacheWarning, cached_extract

    root, frames, shard = _seed_cache(seed_articles, tmp_path)
    part = shard / "estimates.parquet"
    if damage == "truncate":
        part.write_bytes(part.read_bytes()[: part.stat().st_size // 2])
    elif damage == "wrong schema":
        pd.DataFrame({"article_id": ["x"], "odd": [1]}).to_parquet(part)
    elif damage == "edit a row":
        est = pd.read_parquet(part)
        est.loc[0, "low"] = 999_999
        est.to_parquet(part, index=False)
    else:
        (shard / "keys.csv").write_text("nothing\n")
    with pytest.warns(CacheWarning, match="dropped"):
        again, stats = cached_extract(seed_articles, root)
    assert stats.misses == len(seed_articles) and not shard.exists()
    pd.testing.assert_frame_equal(again["estimates"], frames["estimates"])
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)
        _, stats = cached_extract(seed_articles, root)
    assert stats.hits == len(seed_articles)


# --- stores -----------------------------------------------------------------------


def _parquet_store(seeds_dir, out):
    from dossier.scale.run import run_extract

    run_extract([seeds_dir], out=out, fmt="parquet", progress=False)
    return out


def test_a_failed_extract_leaves_the_earlier_store_whole(seeds_dir, tmp_path, monkeypatch):
    from dossier.scale import engines
    from dossier.scale import store
    from dossier.scale.run import run_extract

    out = _parquet_store(seeds_dir, tmp_path / "out")
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def fail(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(engines, "_store", fail)
    with pytest.raises(RuntimeError):
        run_extract([seeds_dir], out=out, fmt="parquet")
    with pytest.raises(RuntimeError):
        run_extract([seeds_dir], out=out, fmt="csv")
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert store.check_store(out) == store.StoreCheck([], [])


def test_a_killed_extract_s_hidden_folder_is_cleaned_by_the_next(seeds_dir, tmp_path):
    out = tmp_path / "out"
    dead = out / ".extract-999999999-abcd1234.partial"  # no such process
    (dead / "articles.parquet").mkdir(parents=True)
    _parquet_store(seeds_dir, out)
    assert not dead.exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("damage", ["missing part", "truncated part", "extra rows", "edited"])
def test_a_store_that_does_not_match_its_manifest_is_refused_or_warned(seeds_dir, tmp_path, damage):
    from dossier.scale import store
    from dossier.brief.build import read_source
    from dossier.exceptions import StaleStoreWarning, StoreError

    out = _parquet_store(seeds_dir, tmp_path / "out")
    part = next((out / "articles.parquet").glob("part-*.parquet"))
    if damage == "missing part":
        part.unlink()
    elif damage == "truncated part":
        part.write_bytes(part.read_bytes()[:-100])
    elif damage == "extra rows":
        df = pd.read_parquet(part)
        pd.concat([df, df.assign(article_id=df["article_id"] + "x")]).to_parquet(part, index=False)
    else:
        est = next((out / "estimates.parquet").glob("part-*.parquet"))
        df = pd.read_parquet(est)
        df.loc[0, "low"] = 999_999
        df.to_parquet(est, index=False)
    check = store.check_store(out)
    if damage == "edited":
        assert check.broken == [] and "changed since" in check.changed[0]
        with pytest.warns(StaleStoreWarning, match="changed since"):
            read_source([out], False)
    else:
        assert check.broken and "part-00000" in check.broken[0]
        with pytest.raises(StoreError, match="does not match"):
            read_source([out], False)


# --- every path met is read, rejected with its reason, or skipped with a count -----------


def test_every_odd_entry_of_a_folder_is_rejected_with_its_reason(folder, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "far.txt").write_text(BODY + "\n")
    (folder / "gone.txt").symlink_to(folder / "nothing.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "table.csv").write_text("a,b\n1,2\n")
    (folder / "linked.txt").symlink_to(outside / "far.txt")
    (folder / "linked-folder").symlink_to(outside)
    corpus = _read(folder)
    reasons = dict(zip(corpus.rejected["path"], corpus.rejected["reason"]))
    assert reasons[str(folder / "gone.txt")].startswith("dangling symbolic link")
    assert reasons[str(folder / "pipe.txt")] == "not a regular file (a FIFO)"
    assert reasons[str(folder / "table.csv")].startswith("unsupported file type .csv")
    assert reasons[str(folder / "linked-folder")].startswith("symbolic link to a folder: not followed")
    row = _row(corpus, "linked.txt")
    assert f"symbolic link to {outside / 'far.txt'}, outside the folder read" in row["notes"]


def test_an_unreadable_subfolder_is_rejected_and_the_rest_read(folder, monkeypatch):
    (folder / "locked").mkdir()
    (folder / "locked" / "a.txt").write_text(BODY + "\n")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert _rejected(_read(folder), "locked") == "folder cannot be read: Permission denied"


def test_hidden_entries_and_earlier_outputs_are_skipped_with_a_count(folder, seeds_dir):
    (folder / ".hidden.txt").write_text(BODY + "\n")
    (folder / ".git").mkdir()
    store = folder / "frames"
    store.mkdir()
    (store / "store.json").write_text("{}")
    (store / "page.html").write_text("<html><body><p>" + BODY + "</p></body></html>")
    runs = folder / "briefs"
    (runs / "20250101T000000Z" / "frames").mkdir(parents=True)
    (runs / "20250101T000000Z" / "index.html").write_text("<html></html>")
    (runs / "latest").symlink_to("20250101T000000Z")
    corpus = _read(folder)
    assert len(corpus.articles) == 1
    reasons = corpus.rejected.loc[corpus.rejected["path"] == str(folder), "reason"].tolist()
    assert "skipped 2 hidden files or folders (names starting with '.')" in reasons
    assert any(r.startswith("skipped 2 folders dossier wrote earlier") for r in reasons)


def test_a_manifest_over_the_size_limit_is_ignored_with_a_row(folder, monkeypatch):
    from dossier.read import walk

    monkeypatch.setattr(walk, "MAX_MANIFEST_BYTES", 100)
    (folder / "manifest.csv").write_text("file,title\n" + "good.txt,A title\n" * 20)
    corpus = _read(folder)
    assert "over the limit" in _rejected(corpus, "manifest.csv")
    assert pd.isna(_row(corpus, "good.txt")["title"]) or _row(corpus, "good.txt")["title"] != "A title"


# --- clean usage errors -------------------------------------------------------------------


def _cli(*args):
    import subprocess

    return subprocess.run([sys.executable, "-m", "dossier", *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "args, words",
    [
        (["--engine", "dask", "--workers", "0"], "--workers: expected a whole number of 1 or more"),
        (["--max-size", "nan"], "--max-size: expected a number of megabytes above 0"),
        (["--max-size", "-1"], "--max-size: expected a number of megabytes above 0"),
        (["--lexicon", "{folder}"], "is a folder, not a lexicon CSV"),
        (["--lexicon", "{binary}"], "cannot be read as a lexicon CSV"),
        (["--lexicon", "{no_columns}"], "lacks column"),
    ],
)
def test_extract_option_values_are_usage_errors(seeds_dir, tmp_path, args, words):
    binary = tmp_path / "bin.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    no_columns = tmp_path / "passwd.csv"
    no_columns.write_text("root:x:0:0:root:/root:/bin/bash\n")
    args = [a.format(folder=tmp_path, binary=binary, no_columns=no_columns) for a in args]
    r = _cli("extract", seeds_dir, "--out", tmp_path / "out", *args)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and words in errors[0] and r.stderr.rstrip().endswith(errors[0])  # usage, then one line


def test_brief_out_that_is_a_file_or_whose_latest_is_a_folder_is_a_usage_error(tmp_path):
    (tmp_path / "file").write_text("x")
    (tmp_path / "runs" / "latest").mkdir(parents=True)
    for out, words in ((tmp_path / "file", "is a file"), (tmp_path / "runs", "latest is a folder")):
        r = _cli("brief", "--out", out, "-q")
        assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr, r.stderr


@pytest.mark.parametrize(
    "args, words",
    [
        (["brief", "-p", "lexicon", "{folder}"], "{folder} is a folder, not a lexicon CSV"),
        (["brief", "-p", "lexicon", "{fifo}"], "not a regular file, not a lexicon CSV"),
        (["brief", "-p", "lexicon", "/etc/passwd"], "lacks column"),
        (["brief", "-p", "lexicon", "{folder}/none.csv"], "no such file or folder"),
        (["brief", "-p", "since", "last week"], "is not a date"),
        (["brief", "-p", "since", "2025-03-01", "-p", "until", "2025-01-01"], "is after until"),
        (["brief", "-p", "categories", "troops,tanks"], "unknown categories ['tanks']"),
        (["brief", "-p", "nosuch", "1"], "unknown parameter 'nosuch' (the notebooks take"),
        (["brief", "--notebooks", "{file}"], "is not a folder"),
        (["brief", "--notebooks", "{folder}"], "no notebook (*.ipynb)"),
        (["brief", "--out", "{file}/runs"], "cannot be made: {file} is a file"),
        (["extract", "{seeds}", "--out", "{file}/frames"], "cannot be made: {file} is a file"),
        (["evaluate", "{gold}", "--frames", "{folder}/none"], "is not a folder written by 'dossier extract'"),
        (["evaluate", "{gold}", "--json", "{folder}"], "is a folder, not a file"),
        (["evaluate", "{gold}", "--json", "{file}/out.json"], "{file} is not a folder"),
    ],
)
def test_every_invalid_option_value_is_a_usage_error_of_one_line(seeds_dir, tmp_path, capsys, args, words):
    from dossier.cli import main

    folder = tmp_path / "empty"
    folder.mkdir()
    (tmp_path / "file").write_text("x")
    os.mkfifo(tmp_path / "fifo")
    given = {"folder": folder, "file": tmp_path / "file", "fifo": tmp_path / "fifo", "seeds": seeds_dir,
             "gold": Path(__file__).parent / "gold" / "seeds"}
    args = [a.format(**given) for a in args]
    if args[0] == "brief" and "--out" not in args:
        args += ["--out", str(tmp_path / "runs")]
    with pytest.raises(SystemExit) as exit_:
        main(args)
    err = capsys.readouterr().err
    assert exit_.value.code == 2, err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if "error:" in line]
    assert len(errors) == 1 and words.format(**given) in errors[0] and err.rstrip().endswith(errors[0])
    assert not (tmp_path / "runs").exists()

def test_build_brief_that_cannot_write_its_output_raises_before_any_kernel(tmp_path, monkeypatch):
    from dossier.brief import build as brief
    from dossier.brief.kernels import NotebookRuns
    from dossier.exceptions import DossierError

    started = []
    monkeypatch.setattr(NotebookRuns, "start", lambda self: started.append(self))
    (tmp_path / "file").write_text("x")
    with pytest.raises(DossierError, match="cannot write briefs"):
        brief.build_brief(out=tmp_path / "file" / "sub")
    assert started == []


def test_a_bad_lexicon_parameter_is_refused_before_anything_runs(tmp_path):
    from dossier.brief.build import check_parameters, find_notebooks
    from dossier.exceptions import ParameterError

    with pytest.raises(ParameterError, match="is a folder"):
        check_parameters({"lexicon": str(tmp_path)}, find_notebooks())
    with pytest.raises(ParameterError, match="lacks column"):
        check_parameters({"lexicon": "/etc/passwd"}, find_notebooks())


def test_escape_sequences_in_file_names_are_not_sent_to_the_terminal(seeds_dir, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[31mred.txt").write_text("")
    r = _cli("extract", seeds_dir, folder, "--out", tmp_path / "out")
    assert r.returncode == 0
    assert "\x1b" not in r.stderr and "evil\\x1b[31mred.txt: empty file" in r.stderr


def test_killed_briefs_partial_folders_are_cleaned(tmp_path):
    from dossier.brief.build import OWNER_FILE, clean_partials

    dead, live = tmp_path / ".20250101T000000Z.partial", tmp_path / ".20250101T000001Z.partial"
    for folder, pid in ((dead, 999_999_999), (live, os.getpid())):
        folder.mkdir()
        (folder / OWNER_FILE).write_text(f"{pid}\n")
    clean_partials(tmp_path)
    assert not dead.exists() and live.exists()


# --- a time budget per article --------------------------------------------------------------


def _slow_estimates(monkeypatch):
    import importlib

    # The pipeline holds its own binding of the estimates extractor.
    module = importlib.import_module("dossier.extractors.pipeline")
    real = module.estimates

    def estimates(sents, articles, quotes=None):
        if articles["text"].str.contains("SLOWLY", regex=False).any():
            while True:  # a pathological extractor: never returns
                pass
        return real(sents, articles, quotes)

    monkeypatch.setattr(module, "estimates", estimates)


def _articles(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("Officials said SLOWLY that North Korea sent 3,000 troops. Seoul agreed on Monday.\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dossier.read_articles(tmp_path)


def _check_over_budget(frames):
    arts = frames["articles"].set_index("path")
    slow = next(p for p in arts.index if p.endswith("b.txt"))
    assert "over its time budget of 1 s" in arts.loc[slow, "notes"] and "only its sentences kept" in arts.loc[slow, "notes"]
    slow_id = arts.loc[slow, "article_id"]
    assert (frames["sentences"]["article_id"] == slow_id).sum() == 2
    assert (frames["estimates"]["article_id"] != slow_id).all()
    assert frames["estimates"]["low"].eq(11_000).any()  # the good article's figure


def test_an_article_over_its_budget_keeps_its_sentences_and_the_run_goes_on(tmp_path, monkeypatch):
    import time

    from dossier.extractors.pipeline import extract

    _slow_estimates(monkeypatch)
    arts = _articles(tmp_path)
    t = time.monotonic()
    with pytest.warns(dossier.BadInputWarning, match="over its time budget"):
        frames = extract(arts, budget=1)
    assert time.monotonic() - t < 20
    _check_over_budget(frames)


def test_the_budget_holds_off_the_main_thread_as_on_a_dask_worker(tmp_path, monkeypatch):
    import threading

    from dossier.extractors.pipeline import extract

    _slow_estimates(monkeypatch)
    arts = _articles(tmp_path)
    result = {}

    def run():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result["frames"] = extract(arts, budget=1)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    _check_over_budget(result["frames"])


def test_the_budget_stops_a_catastrophic_regular_expression_on_the_main_thread():
    import re
    import time

    from dossier.budget import OverBudget, time_limit

    t = time.monotonic()
    with pytest.raises(OverBudget):
        with time_limit(0.5):
            re.match(r"(a+)+$", "a" * 40 + "b")
    assert time.monotonic() - t < 5


def test_the_budget_scales_with_the_article_and_can_be_turned_off():
    import math

    from dossier.budget import Budget

    assert Budget(10).allowed(5_000) == 10 and Budget(10).allowed(300_000) == 30
    assert Budget(0).allowed(10**9) == math.inf


def test_a_limit_set_around_extraction_is_not_taken_for_an_article_s(tmp_path, monkeypatch):
    from dossier.budget import OverBudget, time_limit
    from dossier.extractors.pipeline import extract

    _slow_estimates(monkeypatch)
    arts = _articles(tmp_path)
    outer = time_limit(1)
    with pytest.raises(OverBudget) as caught:
        with outer:
            extract(arts, budget=0)
    assert outer.owns(caught.value)


# --- all of it at once, through dossier extract ---------------------------------------------


def test_extract_of_good_articles_beside_every_bad_input_keeps_every_good_one(seeds_dir, tmp_path):
    from dossier.scale.run import run_extract

    folder = tmp_path / "in"
    folder.mkdir()
    for seed in seeds_dir.iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    bombs = ['a: &a ["x","x","x","x","x","x","x","x","x"]'] + [f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]" for p, c in zip("abcdefgh", "bcdefghi")]
    bad = {
        "date.md": f"---\npublished: 3000-01-01\n---\n{BODY}\n",
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "deepline.jsonl": "[" * 100_000 + "]" * 100_000 + "\n",
        "bigint.json": f'{{"text": "{BODY} Bigint.", "n": {"9" * 5000}}}',
        "surrogate.json": f'{{"text": "{BODY} Surrogate.", "author": ["\\ud800"]}}',
        "yaml-deep.md": "---\nx: " + "[" * 50_000 + "]" * 50_000 + f"\n---\n{BODY} Deep.\n",
        "yaml-bomb.md": "---\n" + "\n".join(bombs) + f"\ntitle: *i\n---\n{BODY} Bomb.\n",
        "math.md": f"---\ntitle: $\\fakecmd$ costs $5\nsource: $x$ Daily\n---\n{BODY} Math.\n",
        "table.csv": "a,b\n",
    }
    for name, text in bad.items():
        (folder / name).write_text(text, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"name-\xff.txt"), "w") as f:
        f.write(BODY + " Name.\n")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    out = tmp_path / "out"
    result = run_extract([folder], out=out, fmt="parquet")
    arts = pd.read_parquet(out / "articles.parquet")
    seeds = arts[arts["path"].str.contains(r"/\d{3}_", regex=True)]
    assert len(seeds) == 5
    est = pd.read_parquet(out / "estimates.parquet")
    assert set(seeds["article_id"]) <= set(est["article_id"])  # every seed's figures extracted
    rejected = dict(result.rejected)
    for name in ("deep.json", "deepline.jsonl#1", "table.csv", "gone.txt", "pipe.txt"):
        assert str(folder / name) in rejected, (name, rejected)
    noted = arts.set_index(arts["path"].str.rsplit("/", n=1).str[-1])["notes"]
    assert "outside the supported range" in noted["date.md"]
    assert "front matter ignored" in noted["yaml-deep.md"] and "front matter ignored" in noted["yaml-bomb.md"]
    assert "unpaired surrogate" in noted["surrogate.json"]
    assert "not valid UTF-8" in noted["name-\ufffd.txt"]


def test_the_rejected_records_of_one_file_are_summed_up_past_a_few(folder):
    from dossier.read.corpus import MAX_LISTED

    (folder / "many.json").write_text("[" + ",".join(['{"title": "no text"}'] * 5000) + f', {{"text": "{BODY}"}}]')
    corpus = _read(folder)
    rows = corpus.rejected[corpus.rejected["path"].str.contains("many.json", regex=False)]
    assert len(rows) == MAX_LISTED + 1
    assert rows["reason"].iloc[-1].startswith(f"{5000 - MAX_LISTED:,} more records rejected (")
    assert "record has no text" in rows["reason"].iloc[-1]
    assert _row(corpus, "many.json#5000")["text"] == BODY


# --- the pathological texts of benchmarks/adversarial.py, small, under a time limit -----------

# The catastrophic lexicon pattern is for theme matching to refuse or bound
# when the lexicon is loaded; the budget (tested above) stops it meanwhile.
TEXT_CASES = [case for case in adversarial.CASES if case.lexicon is None]


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_a_small_pathological_text_extracts_within_a_guard_time(case, tmp_path):
    read, extracted = adversarial.run(case, 3, 20.0, tmp_path)  # over 20 s: stopped, and inf
    assert read < 20 and extracted < 20, f"{case.name}: read {read:.1f} s, extract {extracted:.1f} s at 3 KB"


@pytest.mark.parametrize("term", ["re:(a+)+$", r"re:(\w+\s?)+$", "re:(a|aa)+$"])
def test_a_catastrophic_lexicon_pattern_is_refused_when_the_lexicon_is_checked(tmp_path, term):
    import time

    from dossier.brief.build import check_lexicon

    lexicon = tmp_path / "mine.csv"
    lexicon.write_text(f"theme,term,notes\nbad,{term},\ngood,re:drones?,\n", encoding="utf-8")
    t = time.monotonic()
    with pytest.raises(ValueError, match="could backtrack without bound"):
        check_lexicon(lexicon)
    assert time.monotonic() - t < 10
    lexicon.write_text("theme,term,notes\ngood,re:drones?,\nother,re:(?:shell|missile)s? (?:fired|launched),\n", encoding="utf-8")
    check_lexicon(lexicon)  # sound patterns pass


def _pathological(name: str, chars: int, tmp_path) -> pd.DataFrame:
    case = next(c for c in adversarial.CASES if name in c.name)
    path = tmp_path / "case.txt"
    path.write_text(case.make(chars), encoding="utf-8")
    return dossier.read_articles(path)


def test_each_figure_of_a_run_with_no_space_reads_a_few_characters_around_it(tmp_path, monkeypatch):
    # "%1.5%1.5...": a figure every four characters and no space to cut the text at.  The tokens around
    # each are read from a short stretch cut at a punctuation mark, not from a whole reach of the text.
    from dossier.extractors.figures import estimate_tokens
    from dossier.extractors.pipeline import extract

    arts = _pathological("%1.5", 20_000, tmp_path)
    real, read = estimate_tokens.tokenize, []
    monkeypatch.setattr(estimate_tokens, "tokenize", lambda text: read.append(len(text)) or real(text))
    extract(arts, budget=0)
    assert len(read) > 5_000  # every figure was looked at
    assert sum(read) < 40 * len(arts["text"].iloc[0])


def test_a_sentence_is_split_into_voices_with_the_quotes_near_it_only(tmp_path, monkeypatch):
    # A page of quotes of the North Korean leader: each sentence is split with the state quotes it may hold,
    # not with every state quote of the article.
    from dossier.extractors import tone
    from dossier.extractors.pipeline import extract

    arts = _pathological("said Kim", 20_000, tmp_path)
    real, given = tone.split_voices, []
    monkeypatch.setattr(tone, "split_voices", lambda text, offset, spans: given.append(len(spans)) or real(text, offset, spans))
    frames = extract(arts, budget=0)
    assert len(given) > 100 and max(given) <= 2
    assert (frames["tone"]["voice"] == "state").sum() > 100


@pytest.mark.parametrize("name", ["%1.5", "said Kim"])
def test_a_pathological_text_takes_time_in_proportion_to_its_length(name, tmp_path):
    import time

    from dossier.extractors.pipeline import extract

    extract(_pathological(name, 3_000, tmp_path), budget=0)  # vocabularies and patterns loaded
    spent = []
    for chars in (25_000, 100_000):
        arts = _pathological(name, chars, tmp_path)
        t = time.process_time()
        extract(arts, budget=0)
        spent.append(time.process_time() - t)
    assert spent[1] < 8 * spent[0] + 0.5, f"{name}: {spent[0]:.2f} s for 25 KB, {spent[1]:.2f} s for 100 KB"
    assert spent[1] < 10, f"{name}: {spent[1]:.2f} s for 100 KB"
