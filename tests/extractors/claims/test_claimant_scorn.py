"""DPRK state copy scorning an enemy's figure: the one it scorns ("the puppet agency cried that ...") claims it."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimants(text: str, source: str = "KCNA") -> dict[str, str | None]:
    arts = pd.DataFrame({"article_id": ["k"], "text": [text], "published": [pd.Timestamp("2026-03-01")], "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    return {r.quantity_text: (None if pd.isna(r.claimant) else r.claimant) for r in df.itertuples()}


@pytest.mark.parametrize("text, quantity, expected", [
    ("The puppet intelligence agency has even cried that 2,400 of our soldiers were killed in the snow.", "2,400",
     "National Intelligence Service"),
    ("The south Korean puppet spy agency clamoured that 900 servicemen of our army had been taken prisoner.", "900",
     "National Intelligence Service"),
    ("The puppet military babbled that 1,700 of our soldiers were wounded near the river.", "1,700", "Joint Chiefs of Staff"),
])
def test_the_scorned_enemy_claims_the_figure_of_its_that_clause(text, quantity, expected):
    assert _claimants(text)[quantity] == expected


def test_a_verb_of_scorn_with_no_clause_after_it_claims_nothing():
    # "trumpeting peace": nothing scorned follows, so the figure stays the outlet's own.
    got = _claimants("The puppet military is babbling about peace while 3,200 foreign troops drill near the border.")
    assert got["3,200"] != "Joint Chiefs of Staff"
