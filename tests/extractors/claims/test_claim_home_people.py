"""People of a body named by the body's name alone ("Ministry of Defence officials") in an article written from the
body's state speak for that state's body (dossier.extractors.claims.claim_resolve, data/home_bodies.csv)."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("source, text, claimant", [
    ("The Guardian", "Ministry of Defence officials said more than 2,100 North Korean troops had been killed.",
     "UK Ministry of Defence"),
    ("Sky News", "Defence ministry officials estimate that more than 2,100 North Korean troops have been killed.",
     "UK Ministry of Defence"),
    ("Yonhap", "Defense ministry officials believe more than 2,100 North Korean troops have been killed.",
     "South Korean Ministry of National Defense"),
    # After "with", the participle's own subject.
    ("Evening Standard", "Healey said the losses were staggering, with Ministry of Defence officials putting the toll "
     "at more than 2,100.", "UK Ministry of Defence"),
])
def test_a_home_bodys_people_speak_for_it(source, text, claimant):
    assert claim_in(source, "more than 2,100", text) == claimant


@pytest.mark.parametrize("source, text, claimant", [
    # Look-alikes: a state's officials keep the group as written; no home state, no body to read.
    ("The Guardian", "Ukrainian officials said more than 2,100 North Korean troops had been killed.",
     "Ukrainian officials"),
    ("Reuters", "Defence ministry officials said more than 2,100 North Korean troops had been killed.",
     "Defence ministry officials"),
])
def test_people_of_no_home_body_stay_as_written(source, text, claimant):
    assert claim_in(source, "more than 2,100", text) == claimant
