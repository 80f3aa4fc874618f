"""dossier.notebook: frames read from a store when first used, the text of just the sentences shown."""

from __future__ import annotations

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from dossier import notebook
from dossier.scale import store
from dossier.exceptions import DossierError


@pytest.fixture
def reads(monkeypatch):
    """Names of the frames read from a store, in order."""
    asked = []
    real = store.read_frame

    def spy(folder, name, **kw):
        asked.append(name)
        return real(folder, name, **kw)

    monkeypatch.setattr(notebook, "read_frame", spy)
    return asked


def test_a_store_frame_is_read_when_first_used_and_once(seed_store, reads):
    frames = notebook.load(seed_store)
    assert reads == ["articles"]
    assert len(frames.quotes) == 30 and len(frames.quotes) == 30
    assert reads == ["articles", "quotes"]
    assert "quotes: 30 rows" in repr(frames) and "tone" not in repr(frames)


def test_frames_read_later_keep_the_date_filter(seed_store, seed_articles):
    frames = notebook.load(seed_store, "2025-07-01", "2025-10-10")
    kept = set(seed_articles.loc[seed_articles["published"].between("2025-07-01", "2025-10-10"), "article_id"])
    assert set(frames.articles["article_id"]) == kept and len(kept) == 2
    for name in ("sentences", "estimates", "quotes", "themes", "theme_rates", "entities", "tone"):
        assert set(getattr(frames, name)["article_id"]) == kept, name


def test_an_unknown_frame_is_named_with_the_known_ones(seed_store):
    with pytest.raises(AttributeError, match="no frame 'estimate'.*estimates"):
        notebook.load(seed_store).estimate


def test_frames_built_whole_need_every_frame(seed_store):
    given = {name: store.read_frame(seed_store, name) for name in notebook.Frames._fields}
    assert len(notebook.Frames(**given).entities) == len(given["entities"])
    with pytest.raises(TypeError, match="missing: tone"):
        notebook.Frames(**{k: v for k, v in given.items() if k != "tone"})


def test_sentences_of_a_lean_store_equal_the_full_ones(seed_store, seed_sentences):
    lean, full = notebook.load(seed_store, text=False), notebook.load(seed_store, text=True)
    assert lean.store == seed_store and full.store is None
    assert lean.sentences["text"].isna().all()
    rows = lean.estimates
    key = ["article_id", "sentence"]
    got = lean.sentences_of(rows).sort_values(key).reset_index(drop=True)
    assert_frame_equal(got, full.sentences_of(rows).sort_values(key).reset_index(drop=True))
    assert got["text"].notna().all() and len(got) == len(rows[key].drop_duplicates())


@pytest.mark.parametrize("limit, text_loaded", [("5", True), ("4", False), ("", True)])
def test_text_limit_from_the_environment(seed_store, monkeypatch, limit, text_loaded):
    monkeypatch.setenv("DOSSIER_TEXT_LIMIT", limit)
    frames = notebook.load(seed_store)
    assert frames.articles["text"].notna().all() == text_loaded
    assert (frames.store is None) == text_loaded


def test_a_bad_text_limit_is_named(seed_store, monkeypatch):
    monkeypatch.setenv("DOSSIER_TEXT_LIMIT", "lots")
    with pytest.raises(DossierError, match="DOSSIER_TEXT_LIMIT='lots'"):
        notebook.load(seed_store)


def test_files_are_extracted_whole_and_filtered(seeds_dir, seed_articles):
    frames = notebook.load(seeds_dir, since="2025-10-01")
    assert frames.store is None
    assert set(frames.tone["article_id"]) == set(seed_articles.loc[seed_articles["published"] >= "2025-10-01", "article_id"])
    assert isinstance(frames.sentences_of(frames.quotes), pd.DataFrame)


def test_themes_matched_with_the_store_s_own_lexicon_are_read_not_matched_again(seeds_dir, tmp_path, monkeypatch):
    from dossier.scale.run import run_extract

    lexicon = tmp_path / "drones.csv"
    lexicon.write_text("theme,term,notes\ndrones,drone,\nalliance,alliance,\n", encoding="utf-8")
    out = tmp_path / "store"
    run_extract([seeds_dir], out=out, fmt="parquet", lexicon=lexicon)
    written = store.read_frame(out, "themes")
    assert set(written["theme"]) == {"alliance", "drones"}

    def no_matching(*args, **kwargs):
        raise AssertionError("themes matched again")

    with monkeypatch.context() as m:
        m.setattr(notebook, "themes", no_matching)
        frames = notebook.load(out, lexicon=lexicon, text=False)
        assert_frame_equal(frames.themes, written)
        assert frames.store == out  # nor was the text read for it

    # Edited since the store was written: its themes are matched again, with its terms as they read now.
    lexicon.write_text("theme,term,notes\ndrones,drone,\n", encoding="utf-8")
    rematched = notebook.load(out, lexicon=lexicon)
    assert set(rematched.themes["theme"]) == {"drones"}
    assert rematched.themes["term"].eq("drone").all() and len(rematched.themes) == (written["theme"] == "drones").sum()
