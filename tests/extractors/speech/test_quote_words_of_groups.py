""""In the words of one Russian official cited in closed talks": someone unnamed, without the participle that says
where or by whom they are cited (attributions.group_head, quote_speakers); on sentences written for the tests."""

import pytest

from dossier.extractors.speech.attributions import group_head
from quote_readings import quote_speakers


@pytest.mark.parametrize("words, head", [
    ("one Russian official cited in closed", "one Russian official"),
    ("a Ukrainian commander quoted by the", "a Ukrainian commander"),
    ("one North Korean defector living in Seoul", "one North Korean defector"),
    ("a senior diplomat", "a senior diplomat"),  # nothing after the noun: as written
])
def test_a_group_ends_before_its_participle(words, head):
    assert group_head(words) == head


@pytest.mark.parametrize("text, as_subject, speaker", [
    ("In the words of a Ukrainian commander quoted by the paper, “they keep coming”.",
     "“They keep coming,” a Ukrainian commander said.", "Ukrainian commander"),
    ("In the words of one North Korean defector living in Seoul, “nobody asks the soldiers”.",
     "“Nobody asks the soldiers,” one North Korean defector said.", "North Korean defector"),
])
def test_the_words_of_someone_unnamed_are_theirs_as_a_subjects_would_be(text, as_subject, speaker):
    assert quote_speakers(text, "Reuters") == quote_speakers(as_subject, "Reuters") == [speaker]
