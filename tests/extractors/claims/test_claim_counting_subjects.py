"""A source-kind subject with a verb of counting or stating beyond "said": "the spy agency stuck to its estimate of",
"the brigade posted videos of", "the report notes that"."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("sentence", [
    "The 47th Brigade posted videos of about 900 vehicles it had hit.",
    "The 47th Brigade has published footage of about 900 vehicles it had hit.",
    "In the spring the 47th Brigade released footage of about 900 vehicles it had hit.",
])
def test_a_unit_that_publishes_footage_of_a_count_claims_it(sentence):
    assert claim_in("Kyiv Independent", "about 900", sentence) == "47th Brigade"


@pytest.mark.parametrize("sentence", [
    "On casualties, the NIS kept to the estimate it gave in the spring: about 900 soldiers killed.",
    "The spy agency stuck to its estimate of about 900 soldiers killed.",
    "The National Intelligence Service stuck to the estimate of about 900 dead it first gave lawmakers.",
])
def test_a_body_that_keeps_to_its_estimate_claims_it(sentence):
    assert claim_in("Kookmin Ilbo", "about 900", sentence) == "National Intelligence Service"


def test_footage_no_source_published_is_the_outlets():
    # Footage the sentence does not say anyone published: no subject claims the count.
    got = claim_in("Kyiv Independent", "about 900", "The 47th Brigade fought near the river, where footage shows about 900 vehicles hit.")
    assert got != "47th Brigade"


@pytest.mark.parametrize("sentence", [
    "The National Intelligence Service notes that about 900 soldiers were killed.",
    "In its briefing the National Intelligence Service also noted that about 900 soldiers were killed.",
])
def test_a_body_that_notes_a_figure_claims_it(sentence):
    assert claim_in("Kookmin Ilbo", "about 900", sentence) == "National Intelligence Service"
