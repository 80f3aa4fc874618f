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


@pytest.mark.parametrize(
    "text",
    [
        "Gunners fired howitzers at Sumy dozens of times, and Hwasong-11 missiles struck it twice.",  # missiles after
        "Marines fired at the Korean positions scores of times; no KN-24 missiles were seen.",
        "An officer said his men fired their rifles hundreds of times as Iskander-M missiles hit Lviv.",
    ],
)
def test_times_fired_count_missiles_only_when_the_missiles_are_what_was_fired(text):
    assert "missiles" not in run(text)["category"].tolist()


@pytest.mark.parametrize(
    "text, multiple",
    [
        ("Moscow fired 40 KN-24 missiles in May, five times the number it fired in March.", "five"),
        ("Russia has fired Iskander-M missiles at Odesa, three times as many as at Lviv.", "three"),
        ("Hwasong-11 missiles were fired at Kyiv this spring, six times more than in winter.", "six"),
    ],
)
def test_a_multiple_after_firing_is_no_count_of_missiles(text, multiple):
    assert multiple not in run(text)["quantity_text"].tolist()
