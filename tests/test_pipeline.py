"""Extraction in batches gives the same rows as extraction in one go."""

from __future__ import annotations

import pandas as pd

from dossier.pipeline import FRAME_NAMES, extract, extract_batches


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
