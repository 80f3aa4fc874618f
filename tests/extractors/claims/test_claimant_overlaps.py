"""A person's office named with the whole name or with the name as a modifier (dossier.extractors.claims.
claimant_overlaps): the body data/claimants.csv maps "x's office" to, not the person. Sentences written for the tests."""

import pytest

from dossier.extractors.claims.claimant_names import normalise
from estimate_readings import one


@pytest.mark.parametrize("words, claimant", [
    ("Volodymyr Zelensky’s office", "Ukrainian government"),
    ("Ukrainian President Volodymyr Zelensky's office", "Ukrainian government"),
    ("the Budanov office", "Ukrainian military intelligence (HUR)"),
    ("The Zelensky office", "Ukrainian government"),
])
def test_an_office_is_its_body(words, claimant):
    assert normalise(words) == claimant


@pytest.mark.parametrize("words, claimant", [
    ("Volodymyr Zelensky", "Volodymyr Zelensky"),  # the name alone is the person
    ("Kyrylo Budanov", "Kyrylo Budanov"),
])
def test_the_name_alone_is_the_person(words, claimant):
    assert normalise(words) == claimant


def test_an_office_claims_a_figure():
    text = "Volodymyr Zelensky’s office said some 1,300 North Korean soldiers had been wounded since January."
    assert one(text, "some 1,300").claimant == "Ukrainian government"
