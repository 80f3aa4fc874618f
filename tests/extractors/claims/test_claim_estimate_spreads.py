"""Estimates named by a quantifier ("most", "some") are a spread of sources, none in particular."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


def test_most_western_estimates_are_no_one_s_in_particular():
    got = claim("9,000 to 11,000", "Most Western estimates now put the contingent at 9,000 to 11,000 troops.")
    assert got[0] == "unattributed reports"


def test_western_estimates_alone_are_the_western_governments():
    got = claim("9,000 to 11,000", "Western estimates now put the contingent at 9,000 to 11,000 troops.")
    assert got[0] == "Western governments"


@pytest.mark.parametrize("text", [
    # The reviewer's sentences.
    "Independent Western estimates put the number at about 12,000 soldiers.",
    "Other Western estimates put the number at about 12,000 soldiers.",
    "A few Western estimates put the number at about 12,000 soldiers.",
    # Our own: a quantifier listed nowhere, a premodifier opening the sentence, one inside it.
    "Several Western estimates put the number at about 12,000 soldiers.",
    "Newer Western estimates put the number at about 12,000 soldiers.",
    "The convoy, by various Western estimates, carried about 12,000 soldiers.",
])
def test_a_word_before_western_estimates_picks_some_of_them(text):
    assert claim("about 12,000", text)[0] == "unattributed reports"


def test_western_estimates_after_a_preposition_are_the_western_governments():
    assert claim("about 12,000", "According to Western estimates, about 12,000 soldiers were sent.")[0] == "Western governments"
