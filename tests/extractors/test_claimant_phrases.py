"""dossier.claimant_phrases: where the words naming a claimant start and end."""

from __future__ import annotations

import pytest

from dossier.extractors.claimant_phrases import words_back
from estimate_readings import one


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A body's abbreviation in brackets between its name and the head noun: the official is the body's.
        ("A Joint Chiefs of Staff (JCS) official said the North launched around 12 cruise missiles on Sunday.",
         "around 12", "Joint Chiefs of Staff"),
        ("A National Intelligence Service (NIS) official told reporters some 250 soldiers had died in March.",
         "some 250", "National Intelligence Service"),
    ],
)
def test_an_abbreviation_in_brackets_stays_inside_the_subject(sentence, quantity, claimant):
    row = one(sentence, quantity)
    assert row["claimant"] == claimant


def test_a_bracket_that_closes_a_clause_ends_the_subject():
    # Not an abbreviation (lower case, or a figure): the words before it are another phrase.
    s = "The report (published in May) analysts said"
    assert s[words_back(s, s.index(" said")):].startswith("analysts")
    s = "Two battalions (about 1,500) officials said"
    assert s[words_back(s, s.index(" said")):].startswith("officials")
