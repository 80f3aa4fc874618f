"""dossier.claimant_times: a time phrase that opens a claimant's words."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claimant_times import after_time, strip_times


@pytest.mark.parametrize("words, rest", [
    ("On Tuesday the ministry", "the ministry"),
    ("Last week he", "he"),
    ("Earlier this month, the agency", "the agency"),
    ("In March 12 Budanov", "Budanov"),
    ("The ministry", "The ministry"),
    ("On Tuesday", "On Tuesday"),  # nothing after it: left as it is
    ("May Chen", "May Chen"),  # a month's name with no word of time before it may be a given name
])
def test_after_time(words, rest):
    assert words[after_time(words, 0, len(words)):] == rest


@pytest.mark.parametrize("text, rest", [
    ("Tuesday's briefing", "briefing"),
    ("last week’s figures", "figures"),
    ("figures from last week", "figures"),
    ("the spy agency on Wednesday", "the spy agency"),
    ("the NIS in April 12", "the NIS"),
    ("the Monday Club", "the Monday Club"),  # a day inside a name, no time word before it
])
def test_strip_times(text, rest):
    assert strip_times(text) == rest
