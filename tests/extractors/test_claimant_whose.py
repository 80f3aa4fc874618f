"""A body "whose report ... put" a figure claims it; a time between the subject and its verb is never a claimant."""

from __future__ import annotations

import pytest

from dossier.extractors.claimant_times import before_time
from test_estimate_claimants import claim


@pytest.mark.parametrize("text, subject", [
    ("The board, whose survey in October put", "The board, whose survey"),
    ("The agency on Monday said", "The agency"),
    ("Officials earlier this month said", "Officials"),
    ("The Monday Club said", "The Monday Club"),  # a day inside a name, no word of time before it
    ("The ministry said", "The ministry"),
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
