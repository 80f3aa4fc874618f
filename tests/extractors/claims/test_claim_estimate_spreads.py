"""Estimates named by a quantifier ("most", "some") are a spread of sources, none in particular."""

from __future__ import annotations

from test_estimate_claimants import claim


def test_most_western_estimates_are_no_one_s_in_particular():
    got = claim("9,000 to 11,000", "Most Western estimates now put the contingent at 9,000 to 11,000 troops.")
    assert got[0] == "unattributed reports"


def test_western_estimates_alone_are_the_western_governments():
    got = claim("9,000 to 11,000", "Western estimates now put the contingent at 9,000 to 11,000 troops.")
    assert got[0] == "Western governments"
