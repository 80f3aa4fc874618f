"""data/claimant_descriptions.csv, "briefing": "according to the briefing" is the body that gave it, an intelligence
agency, a military or a ministry named before, when no one is named giving it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

LATER = "According to the briefing, the North sent about 3,000 more troops in January."


@pytest.mark.parametrize("first, claimant", [
    ("Lawmakers on the intelligence committee heard the National Intelligence Service behind closed doors on Monday.",
     "National Intelligence Service"),
    ("The Joint Chiefs of Staff briefed reporters on the border on Monday.", "Joint Chiefs of Staff"),
])
def test_the_briefing_is_the_body_that_gave_it(first, claimant):
    assert claim("about 3,000", first, LATER)[0] == claimant


@pytest.mark.parametrize("first", [
    "Kim Jong Un inspected a shell factory near Pyongyang on Monday.",  # a leader or his state gives no briefing
    "Reporters in Seoul waited for hours on Monday.",  # no one named who could have given it
])
def test_no_body_that_briefs_named_before_gives_it(first):
    assert claim("about 3,000", first, LATER)[0] not in ("Kim Jong Un", "North Korean government",
                                                          "South Korean government")


@pytest.mark.parametrize("first", [
    # The body that briefed, not another one credited with words since in the same sentence.
    "The National Intelligence Service briefed lawmakers on Monday, while the Pentagon said little.",
    # Its agent after "by".
    "Lawmakers briefed by the National Intelligence Service on Monday said little, and the Pentagon said nothing.",
])
def test_the_briefing_is_the_one_who_briefed(first):
    assert claim("about 3,000", first, LATER)[0] == "National Intelligence Service"


def test_lawmakers_who_brief_reporters_pass_the_briefing_on():
    # Lawmakers who "briefed reporters" gave no briefing of their own: the agency they heard gave it.
    got = claim("about 3,000", "Two lawmakers briefed reporters after a closed session with the National Intelligence "
                "Service on Monday.", LATER)
    assert got[0] == "National Intelligence Service"


def test_a_briefing_no_one_is_found_to_have_given_is_no_ones():
    # Not the word "briefing" as a claimant of its own.
    got = claim("about 3,000", "Reporters waited outside the Assembly on Monday.",
                "According to the closed-door briefing, the North sent about 3,000 more troops in January.")
    assert got[0] is None
