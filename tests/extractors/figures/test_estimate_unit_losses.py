"""dossier.estimate_unit_losses: a unit lost, restated by its men after a dash, is a loss of those men."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kyiv says the Russian side lost up to a regiment — perhaps 1,500 men — in a week near Pokrovsk.",
         "perhaps 1,500"),
        ("The Koreans lost almost an entire company – some 120 soldiers – near Sudzha, a commander said.", "some 120"),
        ("By his account, the enemy had lost two companies in the woods east of the town – about 300 soldiers.",
         "about 300"),
        ('The brigade says the assault units lost "nearly a battalion" in four days – several hundred men.',
         "several hundred"),
    ],
)
def test_the_men_of_a_unit_lost_are_casualties(text, quantity):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == "casualties"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Russia lost ground to a battalion – 600 men – of North Korean marines.", "600"),  # the unit is no object
        ("Pyongyang sent a brigade – 3,000 men – to the front in October.", "3,000"),  # no loss verb
        ("The North's units lost contact with a battalion – about 500 soldiers – for two days.", "about 500"),
        ("The battalion lost its commander in March – one of its 400 men – to a drone.", "400"),  # unit before the verb
    ],
)
def test_a_dash_after_other_clauses_leaves_the_force(text, quantity):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == "troops"
