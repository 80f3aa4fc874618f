"""dossier.claim_issuers: "according to the report" is the report's issuer's, introduced by a possessive or by "X said
in a report", the verb nearest the report being the one that issued it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

LATER = "According to the report, Pyongyang has also shipped about 150 multiple rocket launchers to Russia."


@pytest.mark.parametrize("first, claimant", [
    # The owner in a possessive, with a modifier between it and the report.
    ("The war goes on, according to the defense ministry's annual report to the National Assembly on Monday.",
     "South Korean Ministry of National Defense"),
    # "said in a report": the one who said it issued it.
    ("North Korea keeps arming Moscow, the Joint Chiefs of Staff said in a report to lawmakers on Monday.",
     "Joint Chiefs of Staff"),
    # An earlier verb of sending is not the issuing one: the verb nearest the report is.
    ("SEOUL, May 5 (Yonhap) -- North Korea has sent more shells to Russia, the defense ministry said in a report on Monday.",
     "South Korean Ministry of National Defense"),
])
def test_the_report_is_its_issuers(first, claimant):
    assert claim_in("Yonhap News Agency", "about 150", first, LATER) == claimant


def test_a_report_no_one_is_named_to_own_names_no_issuer():
    got = claim_in("Yonhap News Agency", "about 150", "A report on the arms trade was leaked to the press on Monday.", LATER)
    assert got not in ("South Korean Ministry of National Defense", "Joint Chiefs of Staff")


@pytest.mark.parametrize("first, claimant", [
    # An aside between commas naming states parts the subject from its verb: the subject issued the report.
    ("The Multilateral Sanctions Monitoring Team (MSMT), whose members include Britain, Canada and Japan, "
     "published its second report on Friday.", "Multilateral Sanctions Monitoring Team"),
    ("The National Intelligence Service, briefing a committee where lawmakers questioned the Defense Ministry, "
     "released a report on Tuesday.", "National Intelligence Service"),
])
def test_the_subject_before_an_aside_issued_the_report(first, claimant):
    assert claim_in("Reuters", "about 150", first, LATER) == claimant


def test_a_state_named_before_its_verb_with_no_aside_issued_the_report():
    # No comma before the verb: the body named last before it, as before.
    first = "After talks with the Multilateral Sanctions Monitoring Team, Japan published a report on Friday."
    assert claim_in("Reuters", "about 150", first, LATER) == "Japanese government"


def test_in_a_report_the_subject_after_the_comma_issued_it():
    first = ("In a report submitted to parliament's defence committee, the Joint Chiefs of Staff said the shipments "
             "went on by rail.")
    filler = ["Officials gave no further detail.", "The shipments were first noticed in the spring.",
              "Lawmakers asked for a closed session."]
    assert claim_in("Reuters", "about 150", first, *filler, LATER) == "Joint Chiefs of Staff"


def test_in_a_report_a_body_after_the_comma_that_does_not_speak_issued_nothing():
    first = "In a report published in the spring, shipments watched by the Joint Chiefs of Staff were found to have doubled."
    assert claim_in("Reuters", "about 150", first, LATER) != "Joint Chiefs of Staff"
