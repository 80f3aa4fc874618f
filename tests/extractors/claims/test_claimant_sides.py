"""A state's "side" in diplomatic reporting is its government: "according to the Ukrainian side", "the Russian side
said"; the side of a border is a place, no source."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    ("According to the Ukrainian side, some 150 missiles have crossed into Russia since spring.",
     "some 150", "Ukrainian government"),
    ("The Russian side put the losses of the Ukrainian units at over 50,000 men.", "over 50,000", "Russian government"),
    ("About 2,000 workers would follow by autumn, the North Korean side told its guests.", "About 2,000",
     "North Korean government"),
    ("The South Korean side estimates that 300 of the soldiers have been killed.", "300", "South Korean government"),
])
def test_a_states_side_is_its_government(text, quantity, claimant):
    assert claim_in("Interfax", quantity, text) == claimant


def test_the_side_of_a_border_is_no_source():
    text = "Satellite images show about 40 freight wagons on the Russian side of the border."
    assert claim_in("Reuters", "about 40", text) is None
