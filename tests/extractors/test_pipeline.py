"""Extraction in batches gives the same rows as extraction in one go."""

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
    whole = extract(seed_articles)
    batched = extract_batches(seed_articles, batch=2)
    for name in FRAME_NAMES:
        assert len(batched[name]) == len(whole[name]), name
        pd.testing.assert_frame_equal(_sorted(batched[name]), _sorted(whole[name]), obj=name)
    assert len(whole["estimates"]) > 0 and len(whole["quotes"]) > 0 and len(whole["themes"]) > 0


def test_an_article_that_breaks_an_extractor_loses_only_itself(seed_articles, monkeypatch):
    from dossier.exceptions import BadInputWarning

    module = pipeline

    whole = extract(seed_articles)
    bad_id = seed_articles["article_id"].iloc[2]
    real = module.estimates

    def fragile(sents, articles):
        if (sents["article_id"] == bad_id).any():
            raise ValueError("could not convert string to float: 'ſix'")
        return real(sents, articles)

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
