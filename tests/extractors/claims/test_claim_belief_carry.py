"""dossier.claim_belief_carry: a present passive of belief that names no one goes on with the source just before."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_belief_carry import is_belief_claim
from estimate_readings import claimants


@pytest.mark.parametrize("text, belief", [
    ("are believed to", True),
    ("is now believed to", True),  # an adverb after the auxiliary
    ("it is estimated that", True),
    ("are said to", False),  # hearsay, not an assessment
    ("was thought to", False),  # a past belief
])
def test_is_belief_claim(text, belief):
    assert is_belief_claim("unattributed reports", text) is belief


def test_a_named_claimant_is_no_impersonal_belief():
    assert not is_belief_claim("National Intelligence Service", "are believed to")


def test_the_belief_goes_on_from_the_agency_in_the_sentence_before():
    got = claimants("The Defense Intelligence Agency estimates that Ruritania sent about 9,000 men to the front. "
                    "Of those men, roughly 1,300 are believed to have been wounded.")
    assert got["roughly 1,300"] == "Defense Intelligence Agency"


def test_the_belief_goes_on_from_a_sentence_that_credits_but_counts_nothing():
    got = claimants("When the National Intelligence Service (NIS) reported to parliament on Friday, the room fell quiet. "
                    "About 800 of the soldiers are now believed to have died.")
    assert got["About 800"] == "National Intelligence Service"


def test_hearsay_carries_on_no_one():
    got = claimants("The Defense Intelligence Agency estimates that Ruritania sent about 9,000 men to the front. "
                    "Of those men, roughly 1,300 are said to have been wounded.")
    assert got["roughly 1,300"] == "unattributed reports"


def test_a_new_paragraph_carries_on_no_one_unless_it_adds_a_point():
    first = "The Defense Intelligence Agency estimates that Ruritania sent about 9,000 men to the front."
    assert claimants(first, "Roughly 1,300 are believed to have been wounded.")["Roughly 1,300"] == "unattributed reports"
    got = claimants(first, "In addition, roughly 1,300 are believed to have been wounded.")
    assert got["roughly 1,300"] == "Defense Intelligence Agency"


def test_a_body_no_vocabulary_knows_carries_on_no_one():
    got = claimants("The Ruritanian Bureau of Counting estimates that about 9,000 men went to the front. "
                    "Of those men, roughly 1,300 are believed to have been wounded.")
    assert got["roughly 1,300"] == "unattributed reports"


@pytest.mark.parametrize("before", [
    # A denial credits no assessment for the belief to go on with.
    "The Pentagon said no soldiers of the North had crossed the river.",
    "Lloyd Austin said the men had not crossed the river.",
    # Quoted words are the speaker's own, no assessment either.
    "“They are only boys,” a Pentagon spokesman said.",
    "“They are only boys,” Lloyd Austin said.",
])
def test_a_denial_or_a_quotation_before_carries_on_no_one(before):
    got = claimants(before + " Roughly 1,300 of the men are believed to have been wounded.")
    assert got["Roughly 1,300"] == "unattributed reports"


def test_a_report_before_that_counts_nothing_still_carries_on():
    got = claimants("Lloyd Austin said the men had crossed the river in boats. "
                    "Roughly 1,300 of the men are believed to have been wounded.")
    assert got["Roughly 1,300"] == "Lloyd Austin"
