"""dossier.claim_progressive: the auxiliary before a reporting verb's -ing form."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_progressive import before_progressive


@pytest.mark.parametrize("text, verb, subject", [
    ("The puppet clique is ", "raising a din over", "The puppet clique"),
    ("The warmongers have been ", "trumpeting", "The warmongers"),
    ("The ministry ", "said", "The ministry "),  # no -ing form: nothing to strip
    ("Officials were ", "told", "Officials were "),
])
def test_before_progressive(text, verb, subject):
    assert text[: before_progressive(text, len(text), verb)] == subject


def test_a_progressive_of_speaking_of_reports_for_its_subject():
    from estimate_readings import claimants
    named = "The Defense Intelligence Agency (DIA) said in March that 1,500 troops had left for the front. "
    assert claimants(named + "Within weeks the agency was speaking of more than 9,000 soldiers.")["more than 9,000"] == \
        "Defense Intelligence Agency"
    assert claimants(named + "The Defense Intelligence Agency was later talking about 4,000 soldiers killed.")["4,000"] == "Defense Intelligence Agency"
