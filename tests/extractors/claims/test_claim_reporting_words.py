"""data/claimant_cues.csv: verbs that report a claim in any person, reflexive words between a subject and its verb,
and the impersonal "it is understood that"."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize("text, quantity, claimant", [
    # A body that informs an audience that ... gives the figure, as one that tells it does.
    ("Japan's Defense Ministry informed the upper house defence panel on May 9 that about 500 soldiers had died.",
     "about 500", "Japanese Ministry of Defense"),
    # The plural forms of verbs whose singular reports already.
    ("British newspapers write every week that some 9,000 more soldiers are on their way.", "some 9,000", "British media"),
    ("The Americans admit that they have shipped Kyiv more than 2 million rounds.", "more than 2 million", "Americans"),
])
def test_a_reporting_verb_in_any_person_credits_its_subject(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


@pytest.mark.parametrize("text, quantity, claimant", [
    # "themselves", "itself" stress the subject; they do not part it from its verb.
    ("The Americans themselves admit that they have shipped Kyiv more than 2 million rounds.", "more than 2 million",
     "Americans"),
    ("The Ukrainian side itself claimed in March that about 2,500 soldiers had been wounded.", "about 2,500",
     "Ukrainian government"),
])
def test_a_reflexive_word_after_the_subject_keeps_its_verb(text, quantity, claimant):
    assert one(text, quantity).claimant == claimant


def test_it_is_understood_that_credits_unnamed_reports():
    row = one("It is understood that Pyongyang moved around 8,000 workers to the Far East in the spring.", "around 8,000")
    assert row.claimant == "unattributed reports"


def test_informed_sources_stay_no_one_named():
    # "informed" before a noun is an adjective, no verb whose subject gives the figure.
    row = one("According to informed sources, some 3,000 troops left the port.", "some 3,000")
    assert row.claimant == "unattributed reports"
