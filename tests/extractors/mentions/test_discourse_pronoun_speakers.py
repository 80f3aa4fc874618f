"""What "he" stands for when the sentence before names a speaker and someone they speak of or meet
(dossier.extractors.mentions.discourse_antecedents, mention_forms.oblique); with sentences written for the tests."""

import re

import pytest

from dossier.extractors.mentions.discourse import account
from dossier.extractors.mentions.mention_forms import oblique


def _resolve(text, phrase, nth=0):
    a = account(text)
    start = [m.start() for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)][nth]
    return a.resolve(start, start + len(phrase))


@pytest.mark.parametrize("text", [
    # The one who speaks, not the one they speak of, though that one is named first.
    "Vladimir Putin, Sergei Lavrov told reporters, had agreed to the visit. The talks, he added, were frank.",
    # The object of a participle opening the sentence is met, not the subject.
    "After meeting Vladimir Putin, Sergei Lavrov told reporters the visit was agreed. Later he said the talks were frank.",
    "Receiving Vladimir Putin in Wonsan, Sergei Lavrov spoke of a new era. Then he said the talks were frank.",
])
def test_he_is_the_speaker_not_the_one_spoken_of_or_met(text):
    assert _resolve(text, "he").name == "Sergei Lavrov"


def test_with_no_speaker_the_first_subject_stays():
    text = "Vladimir Putin met Sergei Lavrov in the Kremlin. Later he signed the decree."
    assert _resolve(text, "he").name == "Vladimir Putin"


@pytest.mark.parametrize("text, name, expected", [
    ("After meeting Kim Jong Un, Shoigu left.", "Kim Jong Un", True),
    ("Receiving Shoigu, Kim smiled.", "Shoigu", True),
    ("On Tuesday morning Kim Jong Un spoke.", "Kim Jong Un", False),  # a time, no participle
    ("At the meeting Kim Jong Un spoke.", "Kim Jong Un", False),  # a noun after "the"
])
def test_the_object_of_a_participle_opening_a_clause_is_oblique(text, name, expected):
    lo = text.index(name)
    assert oblique(text, lo, lo + len(name)) is expected
