"""The plain form of a verb of saying after a plural subject or an auxiliary ("Analysts warn", "did Lavrov announce")
reads as its other forms do (data/cue_verbs.csv), on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("Only in May did Sergei Lavrov announce that “allied units” had joined the fighting.", "Sergei Lavrov"),
    ("The talks ended late. Russian officials insist that the workers are “students”.", "Russian government"),
    ("Western analysts warn that the shells are “barely usable” after years in storage.", "Western analysts"),
])
def test_the_plain_form_of_a_verb_of_saying_attributes_the_quote(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_a_call_sign_is_no_verb_of_saying():
    text = "A gunner of the brigade, call sign “Hawk”, said the guns “keep firing” all night."
    assert quote_speakers(text)[-1] == "Hawk"  # the name given, not "call" read as the verb of "sign"


@pytest.mark.parametrize("text, speaker", [
    ("The launch came at dawn. Western officials were quick to describe it as “a provocation”.", "Western officials"),
    ("The launch came at dawn. The enemy has already rushed to declare that “dozens” of launchers burned.", "enemy"),
])
def test_a_verb_of_haste_before_the_verb_of_saying_keeps_the_subject(text, speaker):
    assert quote_speakers(text) == [speaker]
