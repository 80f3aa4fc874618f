"""dossier.claimant_times: a time phrase that opens a claimant's words."""

from __future__ import annotations

import pytest

from dossier.extractors.claimant_times import after_time


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
