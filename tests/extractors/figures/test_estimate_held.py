"""dossier.estimate_held: the two men a captor holds are counted as captured, not a reference to people named."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # Auxiliaries and "held", or a casualty verb, in the clause after the noun: captives, counted.
        ("Officials say the two men are being held in line with international law.", "two", "captured"),
        ("Kyiv said the three men have been held at a camp in the west since March.", "three", "captured"),
        ("The two men, held by Ukraine since January, asked to go to Seoul.", "two", "captured"),
        ("The two men, who were wounded and captured in January, are the only soldiers taken alive.", "two",
         "wounded"),
    ],
)
def test_the_men_held_as_captives_are_counted(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Kim met in Pyongyang, and the two men held talks for hours.",  # "held" their own verb
        "The two men last met in 2019.",  # people named, no capture told
        "The two men were greeted at the airport by the foreign minister.",  # an auxiliary, but no holding
    ],
)
def test_the_men_not_held_stay_no_figure(text):
    assert run(text).empty


def test_troops_held_in_reserve_are_no_captives():
    assert one("Russia is holding 11,000 North Korean troops in reserve.", "11,000")["category"] == "troops"


@pytest.mark.parametrize(
    "text",
    ["Ukraine is still holding the two men at a camp near Lviv.",
     "Investigators have been questioning the two men for weeks."],
)
def test_the_men_a_captor_holds_or_questions_are_captured(text):
    row = one(text, "two")
    assert (row["category"], row["subtype"]) == ("casualties", "captured")
