""""By differing estimates", "estimates in diplomatic circles", "noted press reports that": figures heard from
many or from no one named are unattributed reports, never the writer's own nor the one who passes them on."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, text", [
    # Estimates that vary or disagree belong to no one in particular, wherever the phrase stands.
    ("300 to 500", "By differing estimates, Pyongyang has sent 300 to 500 launchers to the front."),
    ("300 to 500", "Pyongyang has sent, by conflicting estimates, 300 to 500 launchers to the front."),
    ("about 2,000", "According to different estimates, about 2,000 engineers are working near the border."),
    # A milieu of unnamed insiders ("in military circles") names no source either.
    ("about 30 percent", "Estimates in diplomatic circles put the North Korean share of the rockets at about 30 percent."),
    ("8,000", "Sources in intelligence circles say 8,000 more workers have arrived."),
])
def test_estimates_no_one_owns_are_unattributed_reports(quantity, text):
    assert claim(quantity, text)[0] == "unattributed reports"


@pytest.mark.parametrize("quantity, text", [
    # Noting reports passes them on as citing them does: the one who notes them claims nothing.
    ("about 4,000", "The envoy noted media reports that about 4,000 North Korean troops had crossed into Russia."),
    ("some 700", "Noting press reports that some 700 trucks had crossed the bridge, the senator asked for a briefing."),
])
def test_reports_someone_notes_are_unattributed_reports(quantity, text):
    assert claim(quantity, text)[0] == "unattributed reports"


def test_noted_reports_with_a_named_owner_stay_the_owners():
    got = claim("about 4,000", "The envoy noted reports by the NIS that about 4,000 North Korean troops had arrived.")
    assert got[0] == "National Intelligence Service"
