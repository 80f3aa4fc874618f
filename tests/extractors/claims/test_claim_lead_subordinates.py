"""A verb coordinated inside a clause that a conjunction of time or cause opens reports for that clause's subject,
not the sentence's (dossier.extractors.claims.claim_lead)."""

from __future__ import annotations

import pytest

from estimate_readings import claimants


@pytest.mark.parametrize("text", [
    # The clause "after" opens runs on to the coordinated verb: its subject announced.
    "The minister's trip came a week after Finnish President Alexander Stubb flew to Oslo and announced that "
    "2,400 reservists would be called up.",
    # "because" opens it the same way.
    "The talks were delayed because Finnish President Alexander Stubb went to Oslo and said that 2,400 reservists "
    "would be called up.",
    # An opening clause closed by its comma is no subject: the name after the comma is.
    "After the minister's trip, Finnish President Alexander Stubb flew to Oslo and announced that 2,400 reservists "
    "would be called up.",
])
def test_the_clause_subject_claims_the_coordinated_verbs_figure(text):
    assert claimants(text)["2,400"] == "Alexander Stubb"


def test_the_sentence_subject_still_claims_when_no_clause_opens():
    text = "Finnish President Alexander Stubb flew to Oslo and announced that 2,400 reservists would be called up."
    assert claimants(text)["2,400"] == "Alexander Stubb"
