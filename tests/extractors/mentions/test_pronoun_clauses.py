"""dossier.extractors.mentions.discourse_antecedents and mention_forms.oblique: which person a "he" stands for when the
sentence before it names two, read through the account of an article with sentences written for the tests."""

import re

import pytest

from dossier.extractors.mentions.discourse import account


def _resolve(text, phrase, nth=0):
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    e = account(text).resolve(start, start + len(phrase))
    return e.name if e is not None else None


@pytest.mark.parametrize("text, nth, expected", [
    # An aside set in right after a name: the pronoun is the one who speaks of that person, named before.
    ("Sergei Shoigu spoke in Pyongyang on Tuesday. Kim Jong Un, he said, had kept every promise.", 0, "Sergei Shoigu"),
    ("Vladimir Putin met the envoys at the Kremlin. Kim Jong Un, he told them, was a reliable friend.", 0, "Vladimir Putin"),
    # Not an aside: the pronoun after the clause the name opens.
    ("Kim Jong Un toured the plant, and he said the work was good.", 0, "Kim Jong Un"),
])
def test_a_pronoun_in_an_aside_after_a_name_is_not_that_person(text, nth, expected):
    assert _resolve(text, "he", nth) == expected


@pytest.mark.parametrize("text, expected", [
    # A clause of its own after ", and": its subject is who the pronoun of the next sentence stands for.
    ("The army confirmed the losses in May, and Vladimir Putin thanked Kim Jong Un for the troops. He said it twice.",
     "Vladimir Putin"),
    ("The talks ran late into the night, and Sergei Lavrov praised Kim Jong Un warmly. He called the talks useful.",
     "Sergei Lavrov"),
    # A list of names after the comma is still a list: the subject before it.
    ("Sergei Shoigu met Kim Jong Un, Choe Son Hui, and Pak Jong Chon. He said the talks went well.", "Sergei Shoigu"),
])
def test_the_subject_of_a_clause_after_comma_and_is_no_object(text, expected):
    assert _resolve(text, "He") == expected


@pytest.mark.parametrize("text", [
    "MARTA KOVAL, NBC CHIEF FOREIGN CORRESPONDENT: Well, it is a remarkable statement.\n\nKOVAL: On Sunday, Russia's "
    "top general, Valery Gerasimov, thanked the soldiers, who he said had fought bravely.",
    "VLADIMIR KOVAL, NBC CHIEF CORRESPONDENT: Well, it is a remarkable statement.\n\nKOVAL, NBC: On Sunday, "
    "Russia's top general, Valery Gerasimov, thanked the soldiers, who he said had fought bravely.",
])
def test_a_transcript_s_label_of_the_turn_is_not_who_he_is(text):
    assert _resolve(text, "he") == "Valery Gerasimov"


@pytest.mark.parametrize("text, expected", [
    # The one a call or talks were held with is not who speaks in them: the subject who held them.
    ("Foreign Minister Andrii Sybiha held a call with Foreign Minister Cho Tae-yul, during which he urged Seoul to act.",
     "Andrii Sybiha"),
    ("Sergei Shoigu held talks with his counterpart Kim Jong Un, in which he praised the troops.", "Sergei Shoigu"),
    # The author of a thing is still who speaks in it.
    ("The crowd heard a speech by Kim Jong Un, in which he praised the troops.", "Kim Jong Un"),
])
def test_a_pronoun_in_which_a_call_was_held_is_its_holder(text, expected):
    assert _resolve(text, "he") == expected
