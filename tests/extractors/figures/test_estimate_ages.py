"""dossier.estimates: a number after a noun of people and "of" is their age, not a count (estimate_ages)."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The prisoner, a sniper of nineteen, told his interrogators he had never seen a drone.", "nineteen"),
        ("Most of them were conscripts of 18 or 19 who had never left their province.", "18 or 19"),
        ("Villagers described the Koreans as young men of 22, thin and silent.", "22"),
    ],
)
def test_a_number_after_a_noun_of_people_and_of_is_their_age(text, quantity):
    assert quantity not in run(text)["quantity_text"].tolist()


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The Koreans came as a company of 80 men.", "80"),  # a group's size
        ("A platoon of 30 soldiers held the village for a week.", "30"),
        ("Pyongyang sent about 2,000 men of the Storm Corps to the front.", "about 2,000"),  # the noun after the count
    ],
)
def test_the_size_of_a_group_is_still_counted(text, quantity):
    got = run(text)
    assert got[got["quantity_text"] == quantity]["category"].tolist() == ["troops"]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Among the prisoners are a rifleman of 24 and a gunner of 31, Kyiv says.", "24"),  # a noun past "and"
        ("The bodies were those of a conscript of 18 and two older officers.", "18"),
        ("Seoul named a sniper of 21 and a scout among the captured.", "21"),
    ],
)
def test_an_age_before_and_another_persons_noun_is_still_an_age(text, quantity):
    assert quantity not in run(text)["quantity_text"].tolist()
