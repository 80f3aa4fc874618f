"""A bare plural group naming a thing in the present simple ("Japanese officials speak of “…”") speaks as written,
as a habit of the group, not as one statement its government issued (kind plural_present of data/habit_words.csv):
on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("Japanese officials speak of a “grave threat” to the region.", "Japanese officials"),
    ("The new port, which Belarusian diplomats describe as a “lifeline”, opened in May.", "Belarusian diplomats"),
    ("Kremlin officials call the talks “constructive”.", "Kremlin officials"),
    ("Western commentators were quick to speak of a “new cold war”.", "Western commentators"),
])
def test_a_group_naming_a_thing_as_its_habit_speaks_as_written(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_one_statement_of_state_officials_is_their_governments():
    assert quote_speakers("Japanese officials said the launch was “deeply regrettable”.") == ["Government of Japan"]


def test_a_document_that_refers_to_words_is_its_authors():
    # ("refer" is no verb of saying: the possessor of the speeches is who the words are of.)
    assert quote_speakers("Putin’s speeches refer to “historic ties” with the region.") == ["Vladimir Putin"]


@pytest.mark.parametrize("text, speaker", [
    ("Japanese officials routinely describe the launches as “provocations”.", "Japanese officials"),
    ("Japanese officials rushed to describe the launch as “a provocation”.", "Government of Japan"),
])
def test_only_adverbs_of_habit_stand_between_the_group_and_its_verb(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_group_after_what_speaks_without_it():
    assert quote_speakers("What Russian officials call a “special operation” has cost a generation.") == [
        "Russian officials"]


@pytest.mark.parametrize("text", [
    "Russian officials call for “urgent talks” with Seoul.",
    "Russian officials call on Seoul to “stop the leaflets”.",
])
def test_call_with_a_particle_is_no_naming_but_a_statement(text):
    # (A demand, as a headline tells one occasion: the group's government, as "Russian officials called for".)
    assert quote_speakers(text) == ["Russian government"]


@pytest.mark.parametrize("habit, once", [
    ("North Korean defectors describe the border guards as “hungry”.", "North Korean defectors said the border guards were “hungry”."),
    ("Ukrainian soldiers call the drones “moths”.", "Ukrainian soldiers said the drones were “moths”."),
])
def test_a_group_naming_as_its_habit_is_charted_by_its_role_as_when_it_says_once(habit, once):
    # (The chart is no promotion to a government or body: the same people carry the same label.)
    assert quote_speakers(habit) == quote_speakers(once) != [None]
    assert quote_speakers(habit)[0].endswith(("defector", "soldier"))
