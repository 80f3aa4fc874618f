"""A rank or title written with a hyphen ("Lieutenant-General", "Director-General") is no part of the name after it
(data/titles.csv), and a name's syllable that is also a piece of an English contraction ("Ma", "O", "Won") stays in
the name (data/contraction_pieces.csv), on sentences written for the tests."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("Rear-Admiral Ian Fold said the fleet was “ready for anything at all”.", "Ian Fold"),
    ("“The unit held its ground,” Lieutenant-Colonel Olena Marchenko told reporters.", "Olena Marchenko"),
    ("Coast Guard Director-General Lin Pei-shan said the patrols were “stepped up at once”.", "Lin Pei-shan"),
    ("Retired Major-General Tomas Vidal said the offensive had “run out of men”.", "Tomas Vidal"),
])
def test_a_hyphenated_rank_before_a_name_is_not_the_persons(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_hyphenated_rank_alone_is_no_ones_name():
    # No name follows the title: the title itself must not come out as a person's name.
    assert quote_speakers("The Director-General said the bureau was “watching the border closely”.") != ["Director-General"]


@pytest.mark.parametrize("text, speaker", [
    ("Kuomintang Legislator Ma Wen-chun said the island must “learn quickly from this war”.", "Ma Wen-chun"),
    ("Vice Marshal O Su Yong said the enemy would be “crushed in an instant”.", "O Su Yong"),
    ("Minister Won Sei-hoon said the troops were “a grave threat to the region”.", "Won Sei-hoon"),
    ("Shan Wei, a researcher, said the deal was “a marriage of convenience”.", "Shan Wei"),
])
def test_a_syllable_that_is_a_contraction_piece_stays_in_the_name(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_capitalised_verb_opening_a_sentence_is_still_no_name():
    # "Won" here is the verb, before a comma: the speaker is the name after it.
    assert quote_speakers("Won over by the offer, Park Ji-hoon said the deal was “fair to both sides”.") == ["Park Ji-hoon"]
