"""Media left unnamed are their country's media, never its government (dossier.extractors.claims.claimant_media)."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        ("According to a South Korean newspaper, Pyongyang has sent some 2,500 more soldiers.", "some 2,500",
         "South Korean media"),
        ("About 300 North Korean soldiers died in a single assault, a conservative Seoul daily reported on Monday.",
         "About 300", "South Korean media"),
        ("A Japanese public broadcaster said at least 70 Koksan guns had reached the front.", "at least 70",
         "Japanese media"),
        ("British newspapers put the number of North Korean dead at roughly 1,500.", "roughly 1,500", "British media"),
        ("Local media said that 400 North Korean soldiers had been treated in Kursk hospitals.", "400", "local media"),
        # DPRK state copy: "puppet" is Seoul's.
        ("Pyongyang, May 2 (KCNA) -- A south Korean puppet newspaper said that 20,000 soldiers of the DPRK had been "
         "sent, a sheer lie.", "20,000", "South Korean media"),
    ],
)
def test_a_medium_named_by_its_country_is_that_country_s_media(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # A medium named is itself; a state's own media keep their name.
        ("South Korea's Chosun Ilbo reported that about 3,000 troops had been sent.", "about 3,000", "Chosun Ilbo"),
        ("Russian state media said that 2,000 North Korean workers had arrived.", "2,000", "Russian state media"),
    ],
)
def test_a_named_or_state_medium_keeps_its_name(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        # Where the medium is may follow it, or be joined to it.
        ("A newspaper in Kyiv reported that about 900 North Korean soldiers had been wounded near Sudzha.", "about 900",
         "Ukrainian media"),
        ("A Moscow-based newspaper said 2,000 more North Korean engineers would arrive in the spring.", "2,000",
         "Russian media"),
    ],
)
def test_a_medium_placed_after_or_based_somewhere_is_that_country_s_media(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant
