"""Theme words in another sense: blood as the lives a war costs, a right as a sovereign state's.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Sending sappers lets Pyongyang keep its men at the front at a lower cost in blood.",
        "The generals measure the advance by its price in blood, one analyst said.",
        "For Kim, it is battlefield know-how bought at a steep price in blood.",
        "The regiment's lessons were paid in blood at Sudzha, the colonel wrote.",
        "Moscow keeps the toll in blood out of its evening bulletins.",
    ],
)
def test_blood_as_the_cost_of_war_is_no_bond(text, themes_of):
    assert "fraternity_blood" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two armies' friendship was sealed in blood at Kursk, the agency said.",
        "Kim hailed an alliance forged in blood on Russian soil.",
        "Our peoples shared blood in the trenches of Kursk, the envoy said.",
    ],
)
def test_blood_that_binds_stays_the_frame(text, themes_of):
    assert "fraternity_blood" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said arms trade with Moscow is the legitimate right of sovereign states.",
        "Ties with Russia are “a legitimate right” of any independent country, the spokesman said.",
        "She called the cooperation an exercise of the legitimate rights of a sovereign nation.",
        "Pyongyang defends its legitimate right, as an independent state, to choose its partners.",
    ],
)
def test_a_sovereign_states_legitimate_right_is_not_a_just_cause(text, themes_of):
    found = themes_of(text)
    assert "just_cause" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia is exercising its legitimate right to defend its people, the ambassador said.",
        "The soldiers fought for the legitimate rights of the Russian people in Donbas, the statement said.",
    ],
)
def test_a_legitimate_right_without_a_state_stays_a_just_cause(text, themes_of):
    assert "just_cause" in themes_of(text)
