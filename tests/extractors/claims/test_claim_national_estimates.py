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


def test_western_estimates_are_the_western_governments():
    # "Western" is the adjective of no one state; its estimates are the Western governments', as "British estimates"
    # are the British government's.
    row = one("Western estimates suggest that some 7,000 vehicles were lost by the spring.", "some 7,000")
    assert row.claimant == "Western governments"
    row = one("According to Western estimates, about 250 launchers have been delivered.", "about 250")
    assert row.claimant == "Western governments"


def test_two_states_estimates_together_are_their_governments_as_written():
    row = one("Western and Japanese estimates converge on roughly 9,000 soldiers in the first wave.", "roughly 9,000")
    assert row.claimant == "Western and Japanese governments"
    row = one("Some 400 launchers have crossed by rail, according to Ukrainian and South Korean assessments.", "Some 400")
    assert row.claimant == "Ukrainian and South Korean governments"


def test_a_joint_claim_of_bodies_keeps_its_noun():
    # Only states' adjectives become their governments: an agency's words stay as written.
    assert normalise("Ukrainian and Western intelligence") == "Ukrainian and Western intelligence"
    assert normalise("Seoul and Kyiv") == "Seoul and Kyiv"


def test_most_western_estimates_survey_many_sources():
    # A determiner before a bloc's estimates surveys many states' sources; before one state's it does not.
    assert one("Most Western estimates now put the first wave at about 9,000 soldiers.", "about 9,000").claimant == "unattributed reports"
    assert one("By some British estimates, about 900 soldiers were killed.", "about 900").claimant == "British government"


def test_based_on_a_states_assessments_reads_as_by_them():
    # "Based on" opens the phrase as "By" or "On" does: never part of the claimant's words.
    row = one("Based on Japanese and Ukrainian assessments, some 800 launchers have been delivered.", "some 800")
    assert row.claimant == "Japanese and Ukrainian governments"
