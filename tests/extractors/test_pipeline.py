"""Extraction in batches gives the same rows, in the same order, as extraction in one go."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier.extractors import pipeline
from dossier.extractors.pipeline import extract, extract_batches
from dossier.schema import FRAME_NAMES


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "sentence", "start", "end", "theme", "term", "voice", "entity") if c in df.columns]
    return df.sort_values(keys, kind="stable").reset_index(drop=True) if keys else df


def test_batches_equal_one_go(seed_articles):
    # Row for row, not only as sets: a saved frame, its fingerprint and a chart's order must not depend on how
    # the articles were cut into batches.
    whole = extract(seed_articles)
    batched = extract_batches(seed_articles, batch=2)
    for name in FRAME_NAMES:
        pd.testing.assert_frame_equal(batched[name].reset_index(drop=True), whole[name].reset_index(drop=True), obj=name)
    assert len(whole["estimates"]) > 0 and len(whole["quotes"]) > 0 and len(whole["theme_rates"]) > 5


def test_the_article_by_article_fallback_gives_the_frames_of_one_go(seed_articles, monkeypatch):
    # A batch that fails or runs over its time budget is extracted again one article at a time (on a loaded
    # machine the batch limit can fire on a healthy batch): the frames must be the same, row for row.
    whole = extract(seed_articles)
    real, calls = pipeline._extract, []

    def fails_once(articles, lexicon):
        calls.append(len(articles))
        if len(calls) == 1:
            raise RuntimeError("the batch as a whole failed")
        return real(articles, lexicon)

    monkeypatch.setattr(pipeline, "_extract", fails_once)
    got = extract(seed_articles)
    assert calls == [len(seed_articles)] + [1] * len(seed_articles)
    for name in FRAME_NAMES:
        pd.testing.assert_frame_equal(got[name].reset_index(drop=True), whole[name].reset_index(drop=True), obj=name)


def test_the_pipeline_claims_quoted_figures_as_the_extractor_does_when_given_the_quotes(tmp_path):
    """``dossier extract`` and a notebook calling the extractors with the quotes frame give the same figures."""
    import dossier

    (tmp_path / "briefing.md").write_text(
        "---\ntitle: At the brigade\nsource: Example Wire\npublished: 2025-05-02\n---\n"
        "Ivan Sydorenko, a battalion commander, spoke to reporters at his base on Friday.\n\n"
        "\u201cThe North Koreans came back in force. We counted about 1,200 of their troops opposite us. "
        "They fight hard,\u201d Sydorenko said.\n",
        encoding="utf-8",
    )
    arts = dossier.read_articles(tmp_path)
    sents = dossier.sentences(arts)
    alone = dossier.estimates(sents, arts)
    joined = dossier.estimates(sents, arts, dossier.quotes(sents, arts))
    piped = extract(arts)["estimates"]
    assert alone["claimant"].isna().all()
    assert joined["claimant"].tolist() == ["Ivan Sydorenko"]
    pd.testing.assert_frame_equal(piped.reset_index(drop=True), joined.reset_index(drop=True))


def test_an_article_that_breaks_an_extractor_loses_only_itself(seed_articles, monkeypatch):
    from dossier.exceptions import BadInputWarning

    module = pipeline

    whole = extract(seed_articles)
    bad_id = seed_articles["article_id"].iloc[2]
    real = module.estimates

    def fragile(sents, articles, quotes=None):
        if (sents["article_id"] == bad_id).any():
            raise ValueError("could not convert string to float: 'ſix'")
        return real(sents, articles, quotes)

    monkeypatch.setattr(module, "estimates", fragile)
    with pytest.warns(BadInputWarning, match=r"002[^:]*: extraction failed \(ValueError: could not convert"):
        got = extract(seed_articles)
    assert got["articles"]["article_id"].tolist() == seed_articles["article_id"].tolist()
    note = got["articles"].set_index("article_id").loc[bad_id, "notes"]
    assert "extraction failed (ValueError" in note
    for name in FRAME_NAMES[1:]:
        assert bad_id not in set(got[name]["article_id"]), name
        others = whole[name][whole[name]["article_id"] != bad_id]
        pd.testing.assert_frame_equal(_sorted(got[name]), _sorted(others), obj=name)
    assert len(got["estimates"]) > 0


def test_a_cold_start_does_not_count_against_the_first_articles_budget(seed_articles, monkeypatch):
    # The first call of the extractors in a process loads their vocabularies and patterns, seconds on a loaded
    # machine. Here a cold start takes 1.5 s, the first time sentences are split, against a budget of 1 s a
    # seed article: warmed up before the limit starts, no healthy article is stopped.
    import time
    import warnings

    from dossier.exceptions import BadInputWarning

    real, cold = pipeline.sentences, []

    def cold_once(articles):
        if not cold:
            cold.append(True)
            time.sleep(1.5)
        return real(articles)

    monkeypatch.setattr(pipeline, "sentences", cold_once)
    pipeline.warm_up.cache_clear()
    one = seed_articles.iloc[:1]
    with warnings.catch_warnings():
        warnings.simplefilter("error", BadInputWarning)
        got = extract(one, budget=1)
    assert cold == [True]
    assert not got["articles"]["notes"].fillna("").str.contains(pipeline.STOPPED_NOTE).any()
    assert len(got["sentences"]) > 0 and len(got["estimates"]) > 0
