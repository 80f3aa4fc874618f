"""dossier.extractors.figures.estimate_changes: "from X to Y" after a verb of change is two figures of one count."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates


def run(text: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-06-01")]})
    df = estimates(dossier.sentences(arts), arts)
    return df[["quantity_text", "low", "high", "hedge", "category", "subtype"]]


@pytest.mark.parametrize(
    "text, figures",
    [
        (
            "Seoul says the brigade swelled from 9,000 to roughly 13,500 soldiers during the winter.",
            [("9,000", "exact", "troops"), ("roughly 13,500", "approximate", "troops")],
        ),
        (
            "The expeditionary force grew from 8,000 to 12,000 by the spring, officials said.",
            [("8,000", "exact", "troops"), ("12,000", "exact", "troops")],
        ),
        (
            "Its stock of North Korean shells rose from 2 million to 4 million this year.",
            [("2 million", "exact", "artillery_shells"), ("4 million", "exact", "artillery_shells")],
        ),
        (
            "Russia's daily fire fell from about 30,000 shells in 2024 to fewer than 15,000, analysts say.",
            [("about 30,000", "approximate", "artillery_shells"), ("fewer than 15,000", "upper_bound", "artillery_shells")],
        ),
    ],
)
def test_a_change_is_two_figures_of_one_count(text, figures):
    df = run(text)
    assert list(zip(df["quantity_text"], df["hedge"], df["category"])) == figures


def test_a_range_stays_a_range():
    df = run("Guesses of the force ranged from 10,000 to 12,000 troops.")
    assert list(df["quantity_text"]) == ["10,000 to 12,000"] and df["hedge"].iloc[0] == "range"


def test_a_change_of_a_force_is_no_reinforcement():
    df = run("Pyongyang sent another 2,000 troops. Its contingent has thus grown from 12,000 to 14,000, the JCS said.")
    assert list(df["subtype"].isna()[1:]) == [True, True] and set(df["category"]) == {"troops"}


@pytest.mark.parametrize(
    "text, category",
    [
        ("Some 1,500 troops were sent in May. Their casualty count has climbed from 3,200 to 4,100.", "casualties"),
        ("Kyiv counted 9 ships at the port. The stacks of containers had shrunk from 2,400 to 1,100 by June.", "shipments"),
    ],
)
def test_a_figure_after_from_is_no_subject_that_continues_the_count_before(text, category):
    df = run(text)
    assert list(df["category"].iloc[1:]) == [category, category]
