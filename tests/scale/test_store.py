"""Frame stores: written a part at a time, replaced whole, described by store.json, copied by links, read lean."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import dossier
from dossier import notebook
from dossier.scale import engines
from dossier.scale import store
from dossier.extractors.pipeline import extract
from dossier.extractors.pipeline import write_frames
from dossier.scale.run import run_extract
from dossier.schema import FRAME_NAMES


@pytest.fixture
def small_parts(monkeypatch):
    """Partitions of two files, so that the five seeds make three parts."""
    monkeypatch.setattr(engines, "partition_size", lambda n, workers: 2)


def test_csv_gathered_from_parts_equals_the_whole_frames(seeds_dir, seed_articles, small_parts, tmp_path):
    run_extract([seeds_dir], out=tmp_path / "parts")
    whole = {**extract(seed_articles), "rejected": dossier.read_corpus(seeds_dir).rejected}
    write_frames(whole, tmp_path / "whole", "csv")
    for name in (*FRAME_NAMES, "rejected"):
        got, want = (tmp_path / "parts" / f"{name}.csv").read_bytes(), (tmp_path / "whole" / f"{name}.csv").read_bytes()
        assert got == want, name
    assert not any(p.name.startswith(".parts") for p in (tmp_path / "parts").iterdir())


def test_dates_are_written_value_by_value_whatever_the_parts(tmp_path):
    parts = tmp_path / "articles.parquet"
    parts.mkdir()
    dates = [pd.Timestamp("2025-05-10"), pd.Timestamp("2025-05-11 14:30"), pd.NaT]
    for i, day in enumerate(dates):
        frame = dossier.schema.empty("articles").reindex(range(1)).assign(article_id=f"a{i}", published=day, n_words=0)
        dossier.schema.conform(frame, "articles").to_parquet(parts / f"part-{i:05d}.parquet")
    store.parts_to_csv(parts, tmp_path / "articles.csv", "articles")
    rows = (tmp_path / "articles.csv").read_text().splitlines()
    assert ",2025-05-10," in rows[1] and ",2025-05-11 14:30:00," in rows[2]
    back = store.read_frame(tmp_path, "articles")
    assert back["published"].tolist()[:2] == dates[:2] and pd.isna(back["published"].iloc[2])


@pytest.mark.parametrize("first, then", [("parquet", "csv"), ("csv", "parquet")])
def test_a_new_extract_replaces_a_store_of_the_other_format(seeds_dir, seed_articles, tmp_path, first, then):
    old = tmp_path / "old"
    old.mkdir()
    (old / "a.txt").write_text("North Korea sent 3,000 troops to Russia, officials said.\n", encoding="utf-8")
    run_extract([old], out=tmp_path / "out", fmt=first)
    run_extract([seeds_dir], out=tmp_path / "out", fmt=then)
    left = {p.suffix for p in (tmp_path / "out").iterdir() if p.name != store.MANIFEST}
    assert left == {f".{then}"}
    frames = notebook.load(tmp_path / "out")
    assert sorted(frames.articles["article_id"]) == sorted(seed_articles["article_id"])


def test_manifest_says_who_wrote_the_store(seeds_dir, tmp_path):
    lexicon = tmp_path / "mine.csv"
    lexicon.write_text("theme,term,notes\ndrones,drone,\n", encoding="utf-8")
    run_extract([seeds_dir], out=tmp_path / "out", fmt="parquet", lexicon=lexicon)
    manifest = json.loads((tmp_path / "out" / store.MANIFEST).read_text())
    assert manifest["extractor_version"] == dossier.EXTRACTOR_VERSION
    assert manifest["dossier_version"] == dossier.__version__
    assert manifest["lexicon"] == str(lexicon.resolve())
    assert store.read_manifest(tmp_path / "out") == manifest
    (tmp_path / "out" / store.MANIFEST).write_text("{not json", encoding="utf-8")
    assert store.read_manifest(tmp_path / "out") == {}


def test_the_manifest_knows_the_lexicon_as_the_file_read(seeds_dir, tmp_path):
    lexicon, other = tmp_path / "mine.csv", tmp_path / "other.csv"
    lexicon.write_text("theme,term,notes\ndrones,drone,\n", encoding="utf-8")
    other.write_text("theme,term,notes\ndrones,drone,\n", encoding="utf-8")
    out = tmp_path / "out"
    run_extract([seeds_dir], out=out, fmt="parquet", lexicon=lexicon)
    assert store.lexicon_matched(out, lexicon) and store.lexicon_matched(out, str(lexicon))
    assert not store.lexicon_matched(out, None)  # not the packaged one
    assert not store.lexicon_matched(out, other)  # same terms, another file
    lexicon.write_text("theme,term,notes\ndrones,drones,\n", encoding="utf-8")
    assert not store.lexicon_matched(out, lexicon)  # edited since
    lexicon.unlink()
    assert not store.lexicon_matched(out, lexicon)

    packaged = tmp_path / "packaged"
    run_extract([seeds_dir], out=packaged, fmt="parquet")
    assert store.lexicon_matched(packaged, None) and not store.lexicon_matched(packaged, other)
    (packaged / store.MANIFEST).unlink()  # written before manifests: nothing is known
    assert not store.lexicon_matched(packaged, None)


def test_a_copy_records_its_own_lexicon_and_leaves_the_store_s(seeds_dir, tmp_path):
    lexicon = tmp_path / "mine.csv"
    lexicon.write_text("theme,term,notes\ndrones,drone,\n", encoding="utf-8")
    src, dest = tmp_path / "store", tmp_path / "copy"
    run_extract([seeds_dir], out=src, fmt="parquet")
    store.copy_store(src, dest)
    before = store.read_manifest(src)
    store.set_lexicon(dest, lexicon)
    assert store.read_manifest(src) == before and store.lexicon_matched(src, None)
    copied = store.read_manifest(dest)
    assert store.lexicon_matched(dest, lexicon)
    assert {k: copied[k] for k in ("dossier_version", "extractor_version", "written")} == {
        k: before[k] for k in ("dossier_version", "extractor_version", "written")
    }


def test_a_copy_shares_the_files_and_keeps_them_when_the_store_is_written_again(seeds_dir, seed_articles, tmp_path):
    src, dest = tmp_path / "store", tmp_path / "copy"
    run_extract([seeds_dir], out=src, fmt="parquet")
    copied = store.copy_store(src, dest)
    assert {p.name for p in copied} == {p.name for p in src.iterdir()}
    part = next((src / "articles.parquet").iterdir())
    assert os.stat(part).st_ino == os.stat(dest / "articles.parquet" / part.name).st_ino  # linked, not copied
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Kim Jong Un said the alliance was invincible, KCNA reported.\n", encoding="utf-8")
    for fmt in ("parquet", "csv"):
        run_extract([other], out=src, fmt=fmt)
        assert sorted(notebook.load(dest).articles["article_id"]) == sorted(seed_articles["article_id"])


def test_read_sentences_gives_just_the_rows_asked_with_their_text(seeds_dir, seed_sentences, tmp_path):
    run_extract([seeds_dir], out=tmp_path, fmt="parquet")
    asked = seed_sentences.iloc[[3, 40, 41, 100]][["article_id", "sentence"]]
    got = store.read_sentences(tmp_path, pd.concat([asked, asked]))
    want = seed_sentences.iloc[[3, 40, 41, 100]]
    key = ["article_id", "sentence"]
    assert_frame_equal(got.sort_values(key).reset_index(drop=True), want.sort_values(key).reset_index(drop=True))
    assert store.read_sentences(tmp_path, asked.iloc[0:0]).empty


def test_find_store_names_only_a_single_store_folder(seeds_dir, tmp_path):
    run_extract([seeds_dir], out=tmp_path / "out", fmt="csv")
    assert store.find_store(tmp_path / "out") == tmp_path / "out"
    assert store.find_store([str(tmp_path / "out")]) == Path(tmp_path / "out")
    assert store.find_store([tmp_path / "out", seeds_dir]) is None
    assert store.find_store(seeds_dir) is None
    assert store.count_rows(tmp_path / "out", "articles") is None  # CSV is not counted without reading it


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_store_written_before_heading_offsets_reads_them_as_missing(seed_articles, tmp_path, fmt):
    older = dossier.schema.conform(seed_articles, "articles").drop(columns=["heading_offsets"])
    getattr(older, f"to_{fmt}")(tmp_path / f"articles.{fmt}", **({"index": False} if fmt == "csv" else {}))
    back = store.read_frame(tmp_path, "articles")
    assert back["heading_offsets"].isna().all()
    assert list(back["article_id"]) == list(seed_articles["article_id"])


def test_heading_offsets_stay_text_in_a_csv_store(tmp_path):
    art = pd.DataFrame({c: [None] for c in dossier.schema.columns("articles")})
    art = art.assign(article_id="0123456789012345", path="p", text="Body.", headings="A heading", heading_offsets="0",
                     n_words=1, published=pd.NaT, date_basis="unknown")
    dossier.schema.conform(art, "articles").to_csv(tmp_path / "articles.csv", index=False)
    back = store.read_frame(tmp_path, "articles")
    assert back["heading_offsets"].iloc[0] == "0"  # not the number 0, nor "0.0"
    assert back["article_id"].iloc[0] == "0123456789012345"  # an id of digits keeps its leading zero
