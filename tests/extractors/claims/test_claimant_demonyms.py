"""dossier.claimant_names: "the Ukrainians" who say a figure of the war are the state's officials, as a diplomat or
a lawmaker speaks of the other side's government by its people's name."""

from __future__ import annotations

from estimate_readings import claimants as _claimants



def test_the_ukrainians_saying_a_figure_are_ukrainian_officials():
    assert _claimants("The Ukrainians say about 3,000 North Korean soldiers were wounded near Kursk.")[
        "about 3,000"] == "Ukrainian officials"


def test_the_ukrainians_having_said_that_a_figure_holds_are_ukrainian_officials():
    assert _claimants("Senator, the Ukrainians have said that roughly 60% of the shells Moscow fires are from "
                      "North Korea.")["roughly 60%"] == "Ukrainian officials"


def test_according_to_the_ukrainians_a_figure_is_ukrainian_officials():
    assert _claimants("According to the Ukrainians, more than 50 North Korean missiles have hit their cities.")[
        "more than 50"] == "Ukrainian officials"


def test_the_ukrainians_estimating_a_figure_are_ukrainian_officials():
    assert _claimants("The Ukrainians estimate that some 8,000 North Korean troops remain in the Kursk region.")[
        "some 8,000"] == "Ukrainian officials"


def test_ukrainians_without_the_article_are_people_not_their_officials():
    # Villagers who saw the column speak for themselves, not for Kyiv.
    got = _claimants("Ukrainians living near the border said about 2,000 North Korean soldiers had crossed nearby.")
    assert got["about 2,000"] != "Ukrainian officials"
