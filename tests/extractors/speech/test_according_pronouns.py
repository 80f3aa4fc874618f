""""According to him", "according to her": the person the pronoun stands for, as for "he said"
(dossier.extractors.speech.according_pronouns); on sentences written for the tests."""

import pytest

from dossier.extractors.speech.according_pronouns import is_person_pronoun
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, source, speakers", [
    # In the quote's own sentence.
    ("A foreman at a depot in the Belgorod region spoke to the paper on Monday. According to him, the men "
     "“never rest”.", "Meduza", ["Russian foreman"]),
    # A quote after it that names no one is theirs too.
    ("A foreman at a depot in the Belgorod region told the paper that the crews are new. According to him, they "
     "arrived in May. “They sleep in the cabins.”", "Meduza", ["Russian foreman"]),
])
def test_according_to_a_pronoun_is_the_person_it_stands_for(text, source, speakers):
    assert quote_speakers(text, source) == speakers


def test_no_speaker_is_a_pronoun():
    text = "The lights went out at nine. According to her, the shelling was “the worst in a month”."
    assert quote_speakers(text, "Meduza") != ["her"]


@pytest.mark.parametrize("who, person", [("him", True), ("Her", True), ("the ministry", False), ("it", False)])
def test_pronouns_for_a_person(who, person):
    assert is_person_pronoun(who) is person
