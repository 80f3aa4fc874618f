"""dossier.estimate_claimants, data/claimants.csv: one state's estimates are its government's claim.

As the labelling conventions read them ("By some Ukrainian estimates": the state's government), a state's
adjective before "estimates" names the government; when "estimates that" reads like a verb after the adjective
("The study cites Ukrainian estimates that ..."), the adjective is no subject of its own.
"""

from __future__ import annotations

from estimate_readings import one

from dossier.extractors.claims.claimant_names import normalise


def test_ukrainian_estimates_are_kyivs_by_the_alias_as_written():
    assert normalise("Ukrainian estimates") == "Ukrainian government"
    assert normalise("Kyiv's estimates") == "Ukrainian government"


def test_estimates_that_after_a_states_adjective_are_the_states():
    row = one("The paper cites Ukrainian estimates that about 4,000 North Korean soldiers were wounded.", "about 4,000")
    assert row.claimant == "Ukrainian government"


def test_estimates_that_after_another_states_adjective_are_that_states():
    row = one("The report quotes Japanese estimates that some 250 ballistic missiles were shipped.", "some 250")
    assert row.claimant == "Japanese government"


def test_by_some_estimates_of_a_state_are_its_governments():
    row = one("By some Ukrainian estimates, roughly 60 North Korean missiles hit Kharkiv.", "roughly 60")
    assert row.claimant == "Ukrainian government"


def test_a_person_who_estimates_stays_the_person_not_unnamed_estimates():
    # "Dawson estimates that": a verb after a surname; the person claims it, never "estimates" as a source.
    row = one("Military analyst Sam Dawson estimates that about 3,000 North Korean soldiers were killed.", "about 3,000")
    assert row.claimant != "unattributed reports"
    assert "Dawson" in row.claimant
