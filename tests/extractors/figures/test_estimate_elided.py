"""dossier.estimate_elided: a rival count set off after a figure, credited to another source, counts its noun."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The North sent more than 4 million shells according to Paris, nearly 10 million according to Seoul.",
         "nearly 10 million", "artillery_shells"),
        ("Kyiv counts some 12,000 troops; about 15,000 according to Seoul.", "about 15,000", "troops"),
        ("Pyongyang has shipped 3 million rounds by one tally, as many as 5 million according to Kyiv's spies.",
         "as many as 5 million", "artillery_shells"),
        ("Some 2 million shells arrived in 2024 according to Kyiv, 6 million according to Seoul.", "6 million",
         "artillery_shells"),
    ],
)
def test_a_rival_count_credited_after_a_comma_counts_the_noun_before(text, quantity, category):
    rows = run(text)
    row = rows[rows["quantity_text"] == quantity]
    assert len(row) == 1 and row.iloc[0]["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        # A noun of its own between the figures: the second counts that noun's thing, no rival count.
        "The North sent 4 million shells last year, and its coal sales reached 10 million according to customs data.",
        # No source credited right after the second figure.
        "The North sent 4 million shells last year, 10 million in all since the war began.",
    ],
)
def test_a_figure_not_set_off_and_credited_is_no_rival(text):
    rows = run(text)
    assert rows["quantity_text"].tolist()[:1] == ["4 million"] and "10 million" not in rows["quantity_text"].tolist()
