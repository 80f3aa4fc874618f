"""Figures in a list or a series count one noun (dossier.extractors.estimate_joins)."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantities, category",
    [
        # A series of values of one noun: each after "then", "later" or "now" counts what the one before counted.
        ("The count of North Korean soldiers in Russia kept rising: first it was 8,000, then 11,000, then 14,000.",
         ["8,000", "11,000", "14,000"], "troops"),
        ("Kyiv reported 900 casualties in December, then 2,200, later more than 4,000.",
         ["900", "2,200", "more than 4,000"], "casualties"),
        ("At first 300 containers crossed each month, later 900, now some 1,500.",
         ["300", "900", "some 1,500"], "shipments"),
    ],
)
def test_a_series_of_values_counts_one_noun(text, quantities, category):
    got = run(text)
    assert got["quantity_text"].tolist() == quantities and set(got["category"]) == {category}


def test_a_figure_after_then_with_a_noun_of_its_own_keeps_it():
    got = run("Russia fired 300 shells at the town, then 20 drones struck the depot.")
    assert dict(zip(got["quantity_text"], got["category"])).get("20") != "artillery_shells"
