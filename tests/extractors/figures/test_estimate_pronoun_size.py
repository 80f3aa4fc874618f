"""dossier.estimate_pronoun_size: a force's size given of a pronoun ("it numbered 30,000") is a troop figure."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The enemy grouping near Sudzha has thinned out. In the autumn it numbered about 25,000.", "about 25,000"),
        ("Kyiv's grouping now holds some 15,000 people, though in August it numbered up to 28 thousand.",
         "up to 28 thousand"),
        ("The Korean contingent was rotated twice; at its peak it totalled 14,000, Seoul says.", "14,000"),
        ("The North Korean troops arrived in two waves. Together they numbered more than 13,000.", "more than 13,000"),
    ],
)
def test_the_size_of_a_force_a_pronoun_stands_for_is_troops(text, quantity):
    assert [r.category for r in run(text).itertuples() if r.quantity_text == quantity] == ["troops"]


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun for a town or a document sizes no force.
        "Sudzha was a quiet town before the war. In 2020 it numbered some 5,000 residents and 12,000 in summer.",
        "The report is long; it numbers 4,000 pages.",
    ],
)
def test_a_pronoun_for_no_force_is_no_figure(text):
    assert run(text).empty
