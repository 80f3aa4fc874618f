"""Verbs of how words were said ("sighed", "shrugged", "quipped") after their subject, next to the quote
(dossier.extractors.speech.manner_verbs), on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers

LEAD = "Sergei Lavrov met reporters in Vladivostok on Friday. "


@pytest.mark.parametrize("text", [
    "“The ports are full,” he sighed.",
    "“The ports are full,” Lavrov quipped, before leaving the hall.",
    "“The ports are full,” the minister joked.",
])
def test_a_manner_verb_closing_the_clause_after_the_quote_attributes_it(text):
    assert quote_speakers(LEAD + text) == ["Sergei Lavrov"]


@pytest.mark.parametrize("text", [
    "Lavrov shrugged: “The ports are full.”",
    "Lavrov sums up the mood: “The ports are full.”",
    "Lavrov, asked whether more ships would come, dodged: “That is for the two governments.”",
    "On the pier, Lavrov sighed: “The ports are full.”",
])
def test_a_manner_verb_before_a_colon_introduces_the_quote(text):
    assert quote_speakers(LEAD + text) == ["Sergei Lavrov"]


@pytest.mark.parametrize("text", [
    # The verb has an object of its own: it says nothing of the words.
    "“The ports are full,” he sighed about the queues of ships.",
    # A deed before the colon, no manner of saying.
    "Lavrov visited the harbour: “The ports are full.”",
])
def test_a_manner_verb_away_from_the_quote_says_nothing(text):
    assert quote_speakers(LEAD + text) == [None]
