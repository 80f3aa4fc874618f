"""Verbs of how words were said ("sighed", "shrugged", "quipped") after their subject, next to the quote
(dossier.extractors.speech.manner_verbs), on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers

LEAD = "Sergei Lavrov met reporters in Vladivostok on Friday. "


@pytest.mark.parametrize("text", [
    "“The ports are full,” he sighed.",
    "“The ports are full,” Lavrov quipped, before leaving the hall.",
    "“The ports are full,” the minister joked.",
    "“Are the ports full?” the minister laughed.",
])
def test_a_manner_verb_closing_the_clause_after_the_quote_attributes_it(text):
    assert quote_speakers(LEAD + text) == ["Sergei Lavrov"]


@pytest.mark.parametrize("text", [
    "Lavrov shrugged: “The ports are full.”",
    "Lavrov sums up the mood: “The ports are full.”",
    "Lavrov summarises the mood: “The ports are full.”",
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


@pytest.mark.parametrize("text, speaker", [
    # The reviewer's: the quote is the words of the clause before, or no one's; the manner verb reads no speaker
    # over them.
    ("Pyongyang calls the troops “volunteers”, Seoul notes.", "North Korean government"),
    ("Kim called the drills “a rehearsal”; Lavrov smiled.", "Kim Jong Un"),
    ("At the screening of “The Enemy Within”, Shoigu laughed.", None),
    ("Beside a portrait captioned “Eternal Leader”, the delegates sighed.", None),
    (LEAD + "Asked about “Korean troops”, Lavrov shrugged.", None),
    # Ours: a quote inside its clause closes no clause of its own.
    (LEAD + "The ministry denied the “rumours” and Lavrov laughed.", None),
    (LEAD + "“The ports are full” is a line Lavrov repeats; the minister smiled.", None),
])
def test_a_manner_verb_after_a_quote_it_does_not_close_reads_no_speaker(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    # The reviewer's: a preposition's object before the colon is what the quote is.
    "Lavrov laughed at the headline: “Russia isolated”.",
    "Visitors smiled at the sign: “Welcome, comrades”.",
    # Ours: an intransitive manner verb takes no object.
    "The delegates sighed over the slogan: “Forward to victory”.",
])
def test_a_manner_verb_with_a_prepositional_object_before_a_colon_reads_no_speaker(text):
    assert quote_speakers(text) == [None]
