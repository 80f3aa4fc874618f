"""dossier.estimate_strike_counts: strikes counted where the sentence ties them to missiles count missiles."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Prosecutors say Iskander-M missiles were used in 45 strikes on Odesa last year.", "45"),
        ("Investigators have tied more than 30 strikes to Hwasong-11 ballistic missiles since January.", "more than 30"),
        ("Prosecutors in Kyiv have recorded dozens of strikes with Iskander-M missiles this year.", "dozens"),  # past "of"
        ("The army says Moscow has fired Hwasong-11 missiles at Odesa dozens of times.", "dozens"),  # times fired
        ("Russia launched KN-24 missiles at the port 14 times in May, officials say.", "14"),
    ],
)
def test_strikes_tied_to_missiles_count_the_missiles(text, quantity):
    assert one(text, quantity)["category"] == "missiles"


@pytest.mark.parametrize(
    "text",
    [
        "Russian artillery carried out 40 strikes on Kharkiv region last month.",  # no missile named
        "Guided bombs were used in 25 strikes on Zaporizhzhia in a week.",
        "Kim has toured the Hwasong-11 missile plant dozens of times.",  # times of no firing
    ],
)
def test_strikes_of_no_missile_named_are_no_figure(text):
    assert run(text).empty
