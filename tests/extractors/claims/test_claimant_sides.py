"""A state named as "the <nationality> side", the diplomatic idiom for its government (data/claimants.csv)."""

from __future__ import annotations

import pytest

from estimate_readings import claimants


@pytest.mark.parametrize("text, figure, claimant", [
    ("According to the American side, roughly 2,000 soldiers have been moved to the border.", "roughly 2,000",
     "United States government"),
    ("The U.S. side said roughly 2,000 soldiers had been moved to the border.", "roughly 2,000", "United States government"),
    ("According to the Ukrainian side, roughly 2,000 soldiers have been moved to the border.", "roughly 2,000",
     "Ukrainian government"),
])
def test_a_states_side_is_its_government(text, figure, claimant):
    assert claimants(text)[figure] == claimant


@pytest.mark.parametrize("text", [
    "Drones hit about 40 fuel tanks on the American side of the lake.",
    "Drones hit about 40 fuel tanks on the Russian side of the border.",
])
def test_the_side_of_a_border_is_no_source(text):
    assert claimants(text)["about 40"] is None
