"""dossier.extractors.mentions.says_after: a verb of saying right after a name, past an auxiliary or adverb."""

import pytest

from dossier.extractors.mentions.says_after import says_after, word_after


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe said the port was open.", True),
    ("Jane Roe has said the port was open.", True),
    ("Jane Roe later told reporters the port was open.", True),
    ("Jane Roe visited the port.", False),
    ("Jane Roe, who said the port was open, left.", False),
])
def test_a_verb_of_saying_right_after_a_name(text, expected):
    assert says_after(text, len("Jane Roe")) is expected


@pytest.mark.parametrize("text, expected", [
    ("The Harbour Authority press service said the port was open.", True),
    ("The Harbour Authority and the navy said the port was open.", False),
])
def test_words_naming_a_part_of_a_body_may_stand_before_its_verb(text, expected):
    assert says_after(text, len("The Harbour Authority"), part_words=2) is expected


@pytest.mark.parametrize("text, word", [
    ("Jane Roe also visited the port.", "visited"),
    ("Jane Roe had warned of delays.", "warned"),
    ("Jane Roe, the mayor, spoke.", None),
])
def test_the_word_after_a_name_past_an_auxiliary(text, word):
    assert word_after(text, len("Jane Roe")) == word
