"""A rebuttal's report as the subject of its claim: the aside that says who made it ("fabricated by the U.S. and
Japan") and the adverb that disowns the claim ("groundlessly claims") part the report from its verb, and the figure
stays the issuer's (``aside`` and ``adverb`` rows of ``data/claimant_cues.csv``)."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

TEAM = "Multilateral Sanctions Monitoring Team"
INTRO = "Hostile forces have cooked up a so-called report of the Multilateral Sanctions Monitoring Team."


@pytest.mark.parametrize("sentence", [
    "The report, fabricated by the U.S., Japan and other hostile forces, groundlessly claims that the country sent "
    "some 4,000 launchers abroad.",
    "The report, cooked up by Washington and its followers, falsely alleges that the country sent some 4,000 "
    "launchers abroad.",
    "The report baselessly claims that the country sent some 4,000 launchers abroad.",
])
def test_a_rebutted_report_claims_for_its_issuer(sentence):
    assert claim_in("KCNA", "some 4,000", INTRO, sentence) == TEAM


def test_without_the_report_the_states_of_the_list_are_no_issuer():
    # A list of states that is the subject itself, not an aside about a report, claims for itself.
    got = claim_in("KCNA", "some 4,000", INTRO,
                   "The U.S., Japan and other hostile forces groundlessly claim that the country sent some 4,000 "
                   "launchers abroad.")
    assert got != TEAM


def test_a_statement_as_subject_speaks_for_its_issuer():
    got = claim_in("Kyodo", "roughly 70", "Japan's Defense Ministry released a statement on the arms trade on Friday.",
                   "The statement noted that roughly 70 of the missiles had been fired at Ukrainian cities.")
    assert got == "Japanese Ministry of Defense"
