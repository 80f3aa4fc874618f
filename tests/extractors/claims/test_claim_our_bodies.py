"""A body a writer calls "our" in an article written from a state (dossier.extractors.mentions.home_ministries): that
state's body, on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimants(text: str, source: str | None) -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-02")], "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {q: c if isinstance(c, str) else None for q, c in zip(df["quantity_text"], df["claimant"])}


@pytest.mark.parametrize("text, quantity", [
    ("According to our Ministry of Defence, the enemy has lost more than 9,000 men near Sudzha since March.", "more than 9,000"),
    ("Our Defence Ministry says the enemy has lost more than 9,000 men near Sudzha since March.", "more than 9,000"),
])
def test_our_ministry_in_a_russian_post_is_russias(text, quantity):
    assert _claimants(text, "Dmitry Medvedev's Telegram")[quantity] == "Russian Ministry of Defence"


def test_our_ministry_from_no_known_state_is_no_states():
    found = _claimants("According to our Ministry of Defence, the enemy has lost more than 9,000 men near Sudzha.", None)
    assert found["more than 9,000"] != "Russian Ministry of Defence"
