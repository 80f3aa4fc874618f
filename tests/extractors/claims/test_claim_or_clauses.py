"""Figures set side by side with "or", each closed by its own attribution ("some 12 million, according to A, or nearly
half of ..., according to B"): each is its own source's, as with "and"."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    ("North Korea has sent some 9 million shells, according to the Joint Chiefs of Staff, or about 200 guns, "
     "according to Ukrainian military intelligence.", "about 200", "Ukrainian military intelligence (HUR)"),
    ("North Korea has sent some 9 million shells, according to the Joint Chiefs of Staff, or about 200 guns, "
     "according to Ukrainian military intelligence.", "some 9 million", "Joint Chiefs of Staff"),
    ("About 4,000 soldiers were wounded, the NIS said, or roughly a third of the force, Budanov said.",
     "roughly a third", "Kyrylo Budanov"),
    ("North Korea has lost 300 soldiers, per the NIS, or more than 1,000 soldiers, according to Zelensky.",
     "more than 1,000", "Volodymyr Zelensky"),
])
def test_each_figure_is_its_own_sources(text, quantity, claimant):
    assert claim_in("Le Monde", quantity, text) == claimant


def test_or_inside_one_attributed_clause_keeps_one_source():
    # "or" joins two figures of one clause that a single attribution closes: both are its.
    text = "Pyongyang has sent 10,000 soldiers or 120 guns a month, according to the NIS."
    assert claim_in("Le Monde", "10,000", text) == "National Intelligence Service"
