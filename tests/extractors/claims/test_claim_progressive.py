"""dossier.claim_progressive: the auxiliary before a reporting verb's -ing form."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_progressive import before_progressive
from estimate_readings import claimants


@pytest.mark.parametrize("text, verb, subject", [
    ("The puppet clique is ", "raising a din over", "The puppet clique"),
    ("The warmongers have been ", "trumpeting", "The warmongers"),
    ("The ministry ", "said", "The ministry "),  # no -ing form: nothing to strip
    ("Officials were ", "told", "Officials were "),
])
def test_before_progressive(text, verb, subject):
    assert text[: before_progressive(text, len(text), verb)] == subject


def test_a_progressive_of_speaking_of_reports_for_its_subject():
    named = "The Defense Intelligence Agency (DIA) said in March that 1,500 troops had left for the front. "
    assert claimants(named + "Within weeks the agency was speaking of more than 9,000 soldiers.")["more than 9,000"] == \
        "Defense Intelligence Agency"
    assert claimants(named + "The Defense Intelligence Agency was later talking about 4,000 soldiers killed.")["4,000"] == "Defense Intelligence Agency"


@pytest.mark.parametrize("sentence, figure", [
    ("Everyone is talking about the 9,000 soldiers.", "9,000"),  # a topic, not a count
    ("The agency is talking about sending 9,000 more soldiers.", "9,000"),  # a plan talked over
    ("The agency was speaking of the 2,500 wounded in its briefing.", "2,500"),
])
def test_talking_about_what_is_no_figure_of_its_own_reports_nothing(sentence, figure):
    named = "The Defense Intelligence Agency (DIA) said in March that 1,500 troops had left for the front. "
    assert claimants(named + sentence)[figure] is None
