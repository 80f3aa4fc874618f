"""Plural nouns spelled as verbs of saying ("one or more states", "both states"): no clause's verb
(dossier.extractors.speech.counted_nouns), on sentences written for the tests."""

import pytest

from dossier.extractors.speech.counted_nouns import counted_noun
from quote_readings import quote_speakers

TREATY = "Treaty on Comprehensive Strategic Partnership"


@pytest.mark.parametrize("text, word, noun", [
    ("if either party is invaded by one or more states", "states", True),
    ("the two states signed it", "states", True),
    ("Lisbon was among the first EU member states to react", "states", True),
    ("The treaty states that", "states", False),
    ("Article 4 states", "states", False),
    ("It states that", "states", False),
    ("The other claims he is tired", "claims", False),  # one of two who speaks, not a counter
    # The reviewer's: the number of a part of a text counts nothing.
    ("Article Four states that", "states", False),
    ("Paragraph two states that", "states", False),
    ("the twelve states of the bloc", "states", True),
    ("if drawn into a war by other states", "states", True),  # a number word of data/number_words.csv counts
])
def test_a_counter_before_the_word_makes_it_a_noun(text, word, noun):
    assert counted_noun(text, text.rindex(word)) is noun


def test_a_treaty_s_wording_runs_past_states_counted_in_its_clause():
    text = ("Negotiators kept the old wording. The treaty states that if either party is invaded by one or more "
            "states, the other must give help “at once and by every means”.")
    assert quote_speakers(text) == [TREATY]


def test_a_treaty_s_second_quote_in_its_clause_is_the_treaty_s_too():
    text = ("The pact was signed in June. The treaty states that if one party is “drawn into a war” by other "
            "states, the other party “shall act without delay”.")
    assert quote_speakers(text) == [TREATY, TREATY]


def test_the_other_of_two_who_claims_speaks():
    # The reviewer's: "other" is no counter, so "claims" stays the verb.
    text = "Two analysts read the treaty. One sees a trap. The other claims its wording is “vague”."
    assert quote_speakers(text) == ["unnamed analyst"]
