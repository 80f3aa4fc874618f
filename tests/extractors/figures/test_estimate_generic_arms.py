"""dossier.estimate_generic and estimate_mentions: weapons counted by a pronoun or a generic noun."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A "weapon" that describes the arm named before it: the pronoun stands for that arm.
        ("The Koksan howitzers, 170 mm, are a formidable weapon. I saw at least five of them near the border.",
         "at least five", "artillery_systems"),
        ("North Korea's Koksan self-propelled guns, weapons long kept for Seoul, have reached the front. "
         "Kyiv says there may be more than eighty of them.", "more than eighty", "artillery_systems"),
        ("Ukraine says the KN-23 missiles, a weapon built to strike Seoul, are hitting Kharkiv. "
         "Around 40 of them have been fired.", "Around 40", "missiles"),
        ("Koksan guns were described by one colonel as a crude but deadly weapon; "
         "his unit has destroyed 14 of them.", "14", "artillery_systems"),
        # The arm by its name alone ("Koksans", "KN-23s"), described as a weapon.
        ("Their Koksans, 170 mm, are a heavy weapon with a long range. A drone crew said it had hit at least four of "
         "them.", "at least four", "artillery_systems"),
        ("The KN-23s are a weapon Pyongyang built for Seoul. Kyiv says around 50 of them have been launched.",
         "around 50", "missiles"),
    ],
)
def test_a_pronoun_stands_for_the_arm_a_weapon_describes(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_other_weapons_are_not_a_description_of_those_named():
    # "other weapons" are arms besides the missiles: the pronoun stands for all of them.
    assert one("Pyongyang sent missiles and other weapons. Dozens of them were seized.", "Dozens")["category"] == "other"
    assert one("Pyongyang sent KN-23s and other weapons. Dozens of them were seized.", "Dozens")["category"] == "other"


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Pyongyang has sent Koksan guns and 240mm rocket launchers. Kyiv says it received up to 100 of the "
         "long-range systems.", "up to 100", "artillery_systems"),
        ("North Korean Koksan howitzers keep arriving by rail. Analysts count at least 70 such heavy systems.",
         "at least 70", "artillery_systems"),
        # "systems" never stands for the shells named after the guns.
        ("The North ships Koksan guns together with millions of shells. Kyiv says 30 of these systems were hit.",
         "30", "artillery_systems"),
        ("Seoul says the North has shipped more Koksan guns. Kim put the number of such systems delivered so far "
         "at more than 150.", "more than 150", "artillery_systems"),
        ("Russia fields North Korean Koksan guns. The number of these systems near Kursk has reached 60.",
         "60", "artillery_systems"),
    ],
)
def test_a_generic_noun_of_weapons_counts_the_arms_named(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "The ministry bought dozens of new software systems last year.",
        "The ministry bought new software systems. It put the number of such systems at 40.",
    ],
)
def test_systems_with_no_weapon_named_are_no_figure(text):
    assert run(text).empty
