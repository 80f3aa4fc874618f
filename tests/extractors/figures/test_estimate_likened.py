"""dossier.estimate_likened and the arms a figure names past a plain noun: things likened to an arm, deliveries of
an arm, SPGs."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Drone video shows about a dozen trucks resembling the BM-21 Grad multiple rocket launcher near Tokmak.",
         "about a dozen", "artillery_systems"),
        ("Satellite images show four vehicles identified as Iskander missile launchers at the base.", "four",
         "artillery_systems"),
        ("Investigators found 30 vehicles similar to the 2S7 self-propelled gun in the depot.", "30",
         "artillery_systems"),
    ],
)
def test_a_plain_noun_likened_to_an_arm_counts_the_arm(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("About 20 trucks resembling the ones seen in May crossed the bridge.", "About 20"),  # likened to no arm
        ("Some 40 vehicles carrying soldiers crossed the border.", "Some 40"),  # no likeness
        ("Satellite images show 12 trucks resembling shipping containers near Rajin.", "12"),  # a shipment, no arm
        ("Drones spotted 30 vehicles identified as trains of shells near Tumangang.", "30"),
    ],
)
def test_a_plain_noun_likened_to_no_arm_stays_other(text, quantity):
    assert one(text, quantity)["category"] == "other"


def test_deliveries_of_an_arm_put_at_a_figure_count_the_arm():
    row = one("Western officials put deliveries of Hwasong-11 missiles at about 180 since last year.", "about 180")
    assert row["category"] == "missiles"
    assert one("Deliveries of shells by rail were put at 40 trains a month.", "40")["category"] == "shipments"


def test_spgs_are_self_propelled_guns():
    row = one("A third convoy of around 30 SPGs was seen near Tula.", "around 30")
    assert (row["category"], row["subtype"]) == ("artillery_systems", "self_propelled_guns")
