"""A phrase of where or how a named claimant spoke, between its name and its verb without commas ("Zelensky in his
evening address said"), is no part of the claimant."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    ("Zelensky in his nightly video address said that up to 2,000 North Korean soldiers had been wounded.",
     "up to 2,000", "Volodymyr Zelensky"),
    ("The NIS in its latest report estimated that 3,500 soldiers had been killed or wounded.",
     "3,500", "National Intelligence Service"),
    ("Budanov during an interview with a Kyiv broadcaster said about 1,200 more troops were training.",
     "about 1,200", "Kyrylo Budanov"),
    ("Casualties rose in March, and Zelensky in one of his posts claimed 900 North Korean soldiers had died.",
     "900", "Volodymyr Zelensky"),
])
def test_the_named_claimant_before_the_setting_claims(text, quantity, claimant):
    assert claim_in("Ukrinform", quantity, text) == claimant


@pytest.mark.parametrize("text, quantity, claimant", [
    # Common nouns before the phrase name no one: the body they are in is read as before.
    ("Officials in a Ukrainian ministry said some 1,000 sappers were working near Sudzha.",
     "some 1,000", "a Ukrainian ministry"),
    # "the" opens no setting: sources in the ministry are the ministry's.
    ("Sources in the Russian Defence Ministry said some 1,000 sappers were working near Sudzha.",
     "some 1,000", "Russian Ministry of Defence"),
])
def test_people_in_a_body_are_no_setting(text, quantity, claimant):
    assert claim_in("Reuters", quantity, text) == claimant
