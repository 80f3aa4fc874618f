"""People named only by the body they are in speak for it (dossier.extractors.claims.claimant_located)."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # A body no vocabulary knows is kept as written, whichever way the people are placed in it.
        ("Officials at the Belgorod regional administration said about 800 North Korean deminers had arrived.",
         "about 800", "Belgorod regional administration"),
        ("Some 1,200 builders will come by rail, according to people in the Primorye provincial government.",
         "Some 1,200", "Primorye provincial government"),
        ("Staffers at the Rostov city administration told RBC that 400 North Korean soldiers were stationed there.",
         "400", "Rostov city administration"),
        # A body a vocabulary knows by an adjective of its state.
        ("A person inside the Ukrainian defence intelligence service said up to 3,000 soldiers had been wounded.",
         "up to 3,000", "Ukrainian military intelligence (HUR)"),
    ],
)
def test_people_in_a_body_speak_for_it(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # Those who know a body's work speak for it, as those in it do.
        ("According to people familiar with the Pentagon's assessment, some 1,000 troops moved to Kursk in June.",
         "some 1,000", "the Pentagon"),
        ("A source familiar with the NIS briefing said about 300 soldiers had died in January.", "about 300",
         "National Intelligence Service"),
    ],
)
def test_people_who_know_a_body_s_work_speak_for_it(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


def test_a_source_in_a_province_is_no_body():
    row = one("A source in South Pyongan province said at least 70 soldiers from the county had died.", "at least 70")
    assert row["claimant"] != "South Korean government"


def test_a_body_named_by_the_adjective_of_a_place_is_that_of_the_place_named_before():
    text = ("North Korean engineers are clearing mines in the Kursk region. "
            "Later, officials at the regional government said the first 500 builders had crossed the border.")
    assert one(text, "500")["claimant"] == "Kursk regional government"


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # A noun of a body alone names none.
        ("Sources in the government said some 300 more soldiers had been wounded.", "some 300", "government"),
    ],
)
def test_people_in_a_body_named_by_its_noun_alone_are_not_read_as_a_body(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # A body named by its place's level alone: the body of the place the article names at that level.
        ("Russian glide bombs hit the Sumy region overnight. The regional military administration said 6 people died "
         "in the strike.", "6", "Sumy regional military administration"),
        ("A missile struck the Odesa region on Monday, killing 9 civilians, according to the regional administration.",
         "9", "Odesa regional administration"),
        # A place the vocabularies know, named bare after that, is the one now spoken of.
        ("Drones hit the Sumy region at dawn. Later, in Kharkiv, the city military administration said 5 people were "
         "wounded.", "5", "Kharkiv city military administration"),
    ],
)
def test_a_body_named_by_its_places_level_is_that_places(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant
