"""dossier.text.apostrophes: single marks that stand for left-out letters, and the shape of a plural's apostrophe."""

from __future__ import annotations

import pytest

from dossier.text.apostrophes import elided, plural_possessive_shape


@pytest.mark.parametrize("text, marks", [
    ("rock 'n' roll", [5, 7]),
    ("rock ’n’ roll", [5, 7]),
    ("back in the '70s", [12]),
    ("the ’60s, and 'Tis the season", [4, 14]),
    ("tell 'em", [5]),
])
def test_marks_of_elided_words_are_found(text, marks):
    assert sorted(elided(text)) == marks


@pytest.mark.parametrize("text", [
    "the 'final phase'",       # a word opening a quote
    "a 'cause of freedom'",    # "'cause" is not listed: a writer may quote it
    "the '7th' corps",         # one digit: no year
    "the '1990s' debate",      # four digits: no elided year
    "'10,000 men are ready'",  # a quote opening on a number
    "in '05 the",              # a year cut to two digits: not read, as a quote may open on a number
    "don't 'n",                # "'n" without its closing mark
])
def test_other_single_marks_are_not_elisions(text):
    assert elided(text) == set()


def test_a_plural_s_apostrophe_shape_needs_a_lower_case_word_after():
    text = "the soldiers’ families, the soldiers’ Families, the soldier’ x, the soldiers’."
    assert [plural_possessive_shape(text, i) for i, c in enumerate(text) if c == "’"] == [True, False, False, False]
