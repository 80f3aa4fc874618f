"""A state's body publishing its own copy writes from that state (data/home_states.csv): a body it names without
its state is that state's. Sentences written for the tests."""

import pandas as pd

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimant(text: str, source: str, quantity: str) -> str | None:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-02-03")], "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1
    c = rows.iloc[0]["claimant"]
    return c if isinstance(c, str) else None


def test_defence_intelligence_in_its_own_update_is_britains():
    text = "Defence Intelligence assesses that some 1,300 North Korean soldiers have been wounded since January."
    assert _claimant(text, "UK Defence Intelligence", "some 1,300") == "UK Defence Intelligence"
