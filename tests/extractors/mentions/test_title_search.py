"""dossier.extractors.mentions.title_search: the state a body named without its own is of, on phrases written for the tests."""

import pytest

from dossier.extractors.mentions.title_search import state_word_after
from quote_readings import quote_readings


@pytest.mark.parametrize("after, word", [
    (" of the DPRK said", "dprk"),
    (" in Moscow said", "moscow"),
    # after an unnamed official of the body: the place the official is in
    (" official in Moscow said", "moscow"),
    (" officials in Kyiv told", "kyiv"),
    # a place no state is known by, or none at all
    (" in April said", None),
    (" official said", None),
])
def test_a_body_is_of_the_state_named_or_the_capital_it_is_in(after, word):
    text = "the defence ministry" + after
    assert state_word_after(text, len("the defence ministry")) == word


@pytest.mark.parametrize("text, speaker", [
    ('"Troops are in Kursk," said an officer serving near Pokrovsk.', "officer"),
    ('"Troops are in Kursk," said a Ukrainian artillery officer serving near Pokrovsk.', "Ukrainian artillery officer"),
])
def test_a_participle_and_the_words_after_it_are_no_part_of_a_role(text, speaker):
    assert [r[0] for r in quote_readings(text)] == [speaker]
