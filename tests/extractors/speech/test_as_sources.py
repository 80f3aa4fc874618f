"""A trailing "as" clause names whose wording a quote is; an "as" aside naming a medium relays the subject."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    # The sentence's subject gives the gist; the clause right after the quote says whose words they are.
    ("The Kremlin maintains that the pact is “aimed at no one,” as spokesman Dmitry Peskov put it.", "Dmitry Peskov"),
    ("The ministry argued that the deal was “purely defensive,” as Sergei Lavrov said in June.", "Sergei Lavrov"),
    ("Seoul regards the shipments as “a grave threat,” as Lee Jae-myung put it last week.", "Lee Jae-myung"),
])
def test_a_trailing_as_clause_names_the_words_speaker(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_quote_later_in_the_sentence_keeps_its_own_subject():
    text = ("The Kremlin maintains that the pact is “aimed at no one,” as Peskov put it, and Kim Jong Un has vowed "
            "to “never waver”.")
    assert quote_speakers(text) == ["Dmitry Peskov", "Kim Jong Un"]


@pytest.mark.parametrize("text", [
    # A pronoun stands for the sentence's own subject: the clause adds no one.
    "Many say the treaty is “purely defensive,” as he told reporters.",
])
def test_an_as_clause_whose_subject_is_a_pronoun_adds_no_one(text):
    assert quote_speakers(text) == [None]


def test_an_as_clause_reporting_something_else_leaves_the_speaker():
    # "as officials said that …": the clause reports other words, not whose these are.
    text = "Kim Jong Un said the pact was “sacred,” as officials said that more talks would follow."
    assert quote_speakers(text) == ["Kim Jong Un"]


def test_a_court_named_in_full_speaks_through_a_fronted_as_clause():
    text = "As the International Court of Justice put it in one ruling, a state must be “the victim of an armed attack”."
    assert quote_speakers(text) == ["International Court of Justice"]


def test_an_as_aside_naming_a_medium_relays_the_subject():
    text = ("The talks ended on Friday. Kim Jong Un, as the Korean Central News Agency reported, called the mission a "
            "“holy task”.")
    assert quote_speakers(text) == ["Kim Jong Un"]
