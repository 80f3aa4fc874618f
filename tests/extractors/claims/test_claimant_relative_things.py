"""dossier.claimant_name_end: "data from the deployment that X say ..." — the cue's object is a thing, and the
relative clause's subject X claims the figure."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, sentence, expected", [
    ("about 3,000", "Pyongyang draws lessons from the deployment that Ukrainian officials say cost it about 3,000 dead.",
     "Ukrainian officials"),
    ("some 2,000", "Seoul worries about data from a campaign that Western officials believe cost the North some 2,000 soldiers.",
     "Western officials"),
    ("nearly 1,500", "Moscow gained little from the mission that South Korea's spy agency says took nearly 1,500 North Korean lives.",
     "National Intelligence Service"),
    ("around 600", "Kyiv cited figures from the assault that Ukrainian officials estimated killed around 600 North Korean troops.",
     "Ukrainian officials"),
])
def test_the_relative_clauses_subject_claims(quantity, sentence, expected):
    assert claim(quantity, sentence)[0] == expected


def test_a_described_body_before_that_is_still_the_object():
    # "according to the agency that ..." keeps the agency as the cue's object: a body, not a thing.
    got = claim("About 4,000", "The NIS briefed lawmakers on Monday.",
                "About 4,000 North Korean soldiers were hurt, according to the agency that Seoul relies on.")
    assert got[0] == "National Intelligence Service"
