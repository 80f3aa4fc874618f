"""A headline that opens on its claimant and a colon (dossier.extractors.claims.claim_headline), and the lead that gives
its figure again."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_headline import headline_claim
from estimate_readings import claimant_list


@pytest.mark.parametrize("title, claimant", [
    ("Budanov: Pyongyang has sent 90 more launchers", "Kyrylo Budanov"),
    ('"NIS: death toll of the North\'s troops nears 3,000"', "National Intelligence Service"),
])
def test_a_known_claimant_before_the_colon_gives_the_headline(title, claimant):
    assert headline_claim(title).claimant == claimant


@pytest.mark.parametrize("title", [
    "After Kursk: what the rotations mean",  # a phrase, no one's name
    "EXCLUSIVE: Pyongyang sent 90 launchers",  # a kicker in capitals
    "Two prisoners in Kyiv: a test for Seoul",  # holds a place's name, is no claimant's as a whole
    "Sources: 90 launchers crossed the border",  # unnamed reports
    "Pyongyang sends 90 launchers to the front",  # no colon
])
def test_no_claimant_heads_the_headline(title):
    assert headline_claim(title) is None


@pytest.mark.parametrize("title", [
    "Ukraine: North Korea has sent Russia 12,000 troops",  # the reviewer's
    "South Korea: Pyongyang lost 400 more soldiers",
    "Kyiv: 60 drones downed overnight",  # a capital, as a dateline
    "Kursk: 200 soldiers wounded in a week",  # a place
    "Russian: 90 launchers crossed the border",  # a nationality word
])
def test_a_place_or_country_before_the_colon_names_no_one(title):
    assert headline_claim(title) is None


def test_a_lead_under_a_country_headline_stays_the_outlets():
    got = claimant_list("North Korea has sent Russia some 12,000 troops since October.",
                        title="Ukraine: North Korea has sent Russia 12,000 troops")
    assert got == [("some 12,000", None)]


def test_the_lead_that_gives_the_headlines_figure_again_is_the_headlines_claimant():
    got = claimant_list("North Korea has sent Russia up to 7 million artillery shells since 2023.",
                        title="Budanov: Pyongyang has sent Russia up to 7 million shells")
    assert got == [("up to 7 million", "Kyrylo Budanov")]


def test_a_headline_naming_no_one_leaves_the_lead_to_the_outlet():
    got = claimant_list("North Korea has sent Russia up to 7 million artillery shells since 2023.",
                        title="Shells for oil: Pyongyang has sent Russia up to 7 million shells")
    assert got == [("up to 7 million", None)]
