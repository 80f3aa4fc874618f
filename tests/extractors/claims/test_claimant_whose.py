"""A body "whose report ... put" a figure claims it; a time between the subject and its verb is never a claimant."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claimant_times import before_time, opens_with_time
from test_estimate_claimants import claim


@pytest.mark.parametrize("text, subject", [
    ("The board, whose survey in October put", "The board, whose survey"),
    ("The agency on Monday said", "The agency"),
    ("Officials earlier this month said", "Officials"),
    ("The Monday Club said", "The Monday Club"),  # a day inside a name, no word of time before it
    ("The ministry said", "The ministry"),
    ("Figures from the spring put", "Figures"),
])
def test_a_time_before_the_verb_closes_no_subject(text, subject):
    verb = text.rfind(" ")
    assert text[:before_time(text, verb)].rstrip() == subject


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    ("2 million", ["The Royal United Services Institute, whose study in June put North Korean shell deliveries at "
                   "2 million rounds, urged tougher controls."],
     "Royal United Services Institute (RUSI)"),
    ("roughly 6 million", ["The Multilateral Sanctions Monitoring Team was set up by eleven states.",
                           "The monitoring team, whose report on Tuesday put North Korean shell deliveries at roughly 6 million "
                           "rounds, called for tighter sanctions."],
     "Multilateral Sanctions Monitoring Team"),
    # A claim noun as well as a document: "whose figures", "whose estimate".
    ("about 5 million", ["The Multilateral Sanctions Monitoring Team met in Seoul on Friday.",
                         "The monitoring team, whose figures in May put North Korean shell deliveries at about 5 million "
                         "rounds, called for tighter sanctions."],
     "Multilateral Sanctions Monitoring Team"),
])
def test_the_body_whose_document_puts_a_figure_claims_it(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


def test_a_month_is_never_the_claimant():
    got = claim("3 million", "The group of experts, whose report in March put North Korean shell deliveries at 3 million "
                             "rounds, met again.")
    assert got[0] != "March"


def test_whose_over_people_is_no_document():
    # "whose relatives said": the relatives speak, not the soldiers the clause hangs on.
    got = claim("about 40", "The conscripts, whose relatives said about 40 North Korean soldiers had died, were never seen again.")
    assert got[0] != "conscripts"


@pytest.mark.parametrize("who, expected", [
    ("last October put the losses", True),
    ("the summer", True),
    ("March", True),
    ("the Monday Club", False),  # a day inside a name: capitalised words after it
    ("May Chen", False),
    ("the defence ministry", False),
])
def test_a_cue_object_that_is_a_time(who, expected):
    assert opens_with_time(who) is expected


@pytest.mark.parametrize("quantity, text", [
    ("4,600", "Figures from last October put North Korean losses at 4,600."),
    ("2 million", "Data from the summer put North Korean shell deliveries at 2 million rounds."),
])
def test_a_time_after_a_claim_noun_is_no_claimant(quantity, text):
    got = claim(quantity, text)[0]
    assert got is None or not any(w in got for w in ("October", "summer"))
