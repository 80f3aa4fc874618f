"""The plain form of a verb of saying after a plural subject or an auxiliary ("Analysts warn", "did officials
announce") reads as its other forms do (kind plain of data/cue_verbs.csv), but never after "to": on sentences
written for the tests and the reviewer's."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("Only in May did Russian officials announce that “allied units” had joined the fighting.", "Russian government"),
    ("The talks ended late. Russian officials insist that the workers are “students”.", "Russian government"),
    ("Western analysts warn that the shells are “barely usable” after years in storage.", "Western analysts"),
    ("Only in April did Valery Gerasimov confirm that “allied units” had fought.", "Valery Gerasimov"),
    ("The launch came at dawn. Seoul rushed to declare that “dozens” of launchers burned.", "South Korean government"),
])
def test_the_plain_form_of_a_verb_of_saying_attributes_the_quote(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_call_sign_is_no_verb_of_saying():
    text = "A gunner of the brigade, call sign “Hawk”, said the guns “keep firing” all night."
    assert quote_speakers(text)[-1] == "Hawk"  # the name given, not "call" read as the verb of "sign"


@pytest.mark.parametrize("text, speaker", [
    ("The launch came at dawn. Western officials were quick to describe it as “a provocation”.", "Western officials"),
    ("The launch came at dawn. South Korean officials rushed to describe it as “a provocation”.", "South Korean government"),
])
def test_a_verb_of_haste_before_the_verb_of_saying_keeps_the_subject(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # The reviewer's: a thing threatens; after "to" the words are not said, or said by someone else.
    ("The sanctions threaten to “strangle” the economy, analysts said.", None),
    ("Pyongyang’s launches threaten “regional stability”, the G7 said.", "G7"),
    ("The Kremlin declined to confirm reports of “heavy losses”.", None),
    ("Moscow refused to confirm the “deal”, which Seoul had reported.", "South Korean government"),
    ("Washington called on Pyongyang to explain its “reckless” launches.", "Washington"),
    # Ours.
    ("Kyiv failed to explain what the “new brigades” were.", None),
    ("Seoul urged Moscow to denounce the “illegal” transfers.", "South Korean government"),
])
def test_a_plain_form_after_to_or_with_a_thing_as_subject_says_nothing(text, speaker):
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Polish officials call the corridor “a lifeline”.", "Polish officials"),
    ("Western analysts speak of “a new phase” of the war.", "Western analysts"),
])
def test_the_plain_form_of_a_naming_verb_after_a_plural_subject_attributes_the_quote(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_naming_verb_after_to_says_no_words():
    assert quote_speakers("The ministry declined to call the launch “a test”.") == [None]


@pytest.mark.parametrize("text", [
    "The numbers speak for themselves: “at least 11,000” troops in Kursk.",
    "The losses speak volumes about “the partnership”.",
])
def test_speak_without_what_is_spoken_of_says_nothing(text):
    assert quote_speakers(text) == [None]
