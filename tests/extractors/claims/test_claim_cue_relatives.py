"""dossier.estimate_claimants: a long cue object that no punctuation closes ends before a relative pronoun, so that
"according to the first report of a new monitoring group that took over ..." is the group's."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

TEAM = "Multilateral Sanctions Monitoring Team"
LATER = "The Multilateral Sanctions Monitoring Team was set up by eleven states last year."


@pytest.mark.parametrize("lead", [
    "Pyongyang shipped about 80 launchers, according to the second report of an 11-nation sanctions monitoring group "
    "that took over the work of a disbanded UN panel in the spring.",
    "Pyongyang shipped about 80 launchers, according to the latest study of a multinational sanctions monitoring group "
    "which eleven states founded after the UN panel was shut down.",
    "According to the new report of an 11-nation sanctions monitoring group whose members met in Seoul on Friday "
    "Pyongyang shipped about 80 launchers.",
])
def test_a_cue_object_ends_before_its_relative_clause(lead):
    assert claim_in("Reuters", "about 80", lead, LATER) == TEAM


def test_a_cue_object_with_no_relative_and_no_name_credits_no_body():
    # No relative pronoun to end it, no name: the words kept name no one.
    lead = ("Pyongyang shipped about 80 launchers, according to people close to a group of traders working along the "
            "northern border crossing for years.")
    assert claim_in("Reuters", "about 80", lead, LATER) != TEAM
