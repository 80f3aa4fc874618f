"""dossier.estimates: soldiers and losses in the words of a front-line report ("occupiers", "the elimination of")."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Over the week, drone crews of the brigade eliminated 37 occupiers and wounded another 52.", "37", "casualties"),
        ("Over the week, drone crews of the brigade eliminated 37 occupiers and wounded another 52.", "52",
         "casualties"),
        ("Drone pilots destroyed 40 occupiers near Sudzha.", "40", "casualties"),
        ("The Guard units have recorded the elimination of more than 200 soldiers of the DPRK since August.",
         "more than 200", "casualties"),
        ("The battalion reported the liquidation of 15 invaders in one night.", "15", "casualties"),
        # Occupiers told of with no loss are a force.
        ("About 2,000 occupiers are massing near Pokrovsk, the brigade said.", "About 2,000", "troops"),
    ],
)
def test_losses_in_a_front_line_register(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_the_elimination_of_things_no_one_counts_is_no_figure():
    assert run("The government announced the elimination of 300 bureaucratic posts.").empty
