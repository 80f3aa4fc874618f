"""A claimant named by an office's title alone read as the office's holder on the day of publication
(dossier.extractors.speech.office_holders through dossier.extractors.claims.estimate_claims), on sentences written
for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimant(text: str, quantity: str, published: str, source: str = "Reuters") -> str | None:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp(published)],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, f"{quantity!r} not read once:\n{df[['quantity_text', 'claimant']]}"
    return None if pd.isna(rows.iloc[0]["claimant"]) else rows.iloc[0]["claimant"]


@pytest.mark.parametrize("text, quantity, published, claimant", [
    ("South Korea's defence minister said about 8,000 North Korean troops had reached the border.", "about 8,000",
     "2024-06-20", "Shin Won-sik"),
    ("South Korea's defence minister said about 8,000 North Korean troops had reached the border.", "about 8,000",
     "2025-09-20", "Ahn Gyu-back"),
    ("Russia's defence minister said some 1,500 engineers would arrive by the summer.", "some 1,500",
     "2024-03-01", "Sergei Shoigu"),
])
def test_a_claimant_named_by_a_state_s_office_is_its_holder_that_day(text, quantity, published, claimant):
    assert _claimant(text, quantity, published) == claimant


def test_a_claimant_of_an_office_with_no_holder_that_day_keeps_its_reading():
    # (South Korea's defence ministry was led by an acting vice minister in early 2025.)
    text = "South Korea's defence minister said about 8,000 North Korean troops had reached the border."
    assert _claimant(text, "about 8,000", "2025-02-20") not in ("Kim Yong-hyun", "Ahn Gyu-back")
