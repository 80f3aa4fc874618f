"""A bare quote after one sentence of narration: it resumes the paragraph's last speaker unless that sentence hands
the floor to someone else."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


def test_a_bare_quote_after_a_paraphrase_resumes_the_speaker():
    text = ("For the regime, the sum is simple, says Ilse Marquardt, a historian who teaches in Bergen. "
            "\"The generals must explain why the conscripts died abroad,\" she said in an interview. "
            "At the same time, the new monuments bind the capital. "
            "\"Every statue in the square is also an invoice sent to the ally.\"")
    assert quote_speakers(text) == ["Ilse Marquardt", "Ilse Marquardt"]


def test_a_bare_quote_after_a_sentence_about_the_speaker_resumes_them():
    text = ("\"If they stay, fine,\" a farmer from the valley told me. She has lived with her cousins for a year. "
            "\"We do not care where the builders come from.\"")
    speakers = quote_speakers(text)
    assert speakers[1] is not None and speakers[1] == speakers[0]


def test_a_sentence_naming_another_person_hands_the_floor_on():
    text = ("Ilse Marquardt, a historian who teaches in Bergen, said: \"The bridge will hold.\" "
            "Tomas Lindqvist, an engineer, has doubts about that. "
            "\"The steel was never meant for tanks.\"")
    assert quote_speakers(text)[1] != "Ilse Marquardt"


def test_a_bare_quote_in_the_next_paragraph_does_not_resume_across_narration():
    text = ("Ilse Marquardt, a historian who teaches in Bergen, said: \"The bridge will hold.\" "
            "The ministry has not commented.\n\n"
            "\"The steel was never meant for tanks.\"")
    assert quote_speakers(text)[1] is None


def test_a_sentence_that_has_someone_say_something_hands_the_floor_on():
    text = ("Ilse Marquardt, a historian who teaches in Bergen, said: \"The bridge will hold.\" "
            "The ministry said the steel had been tested twice. "
            "\"The steel was never meant for tanks.\"")
    assert quote_speakers(text)[1] != "Ilse Marquardt"


@pytest.mark.parametrize("between", [
    "His commander interrupted.",
    "His colleague was more cautious.",
    "Asked about the convoy, a Ukrainian officer shrugged.",
    "Some analysts are sceptical.",
    "Russian military bloggers mocked the claim.",
    "Others disagree.",
    "Military intelligence, known as HUR, reported similar numbers.",  # someone says something, unnamed
])
def test_a_sentence_opening_on_someone_new_by_role_hands_the_floor_on(between):
    text = f"\"We will keep fighting,\" the soldier said. {between} \"Enough.\""
    assert quote_speakers(text)[1] != "soldier"


@pytest.mark.parametrize("between", ["He thanked the soldiers for their service.", "His troops retook two villages."])
def test_a_sentence_about_the_speaker_and_others_keeps_the_floor(between):
    text = f"\"We will keep fighting,\" General Syrskyi said. {between} \"It was planned for months.\""
    speakers = quote_speakers(text)
    assert speakers[1] is not None and speakers[1] == speakers[0]
