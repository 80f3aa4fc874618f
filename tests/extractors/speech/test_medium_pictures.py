"""dossier.extractors.speech.medium_pictures: the words between a medium and its verb, and the joiners of clauses."""

import re

import pytest

from dossier.extractors.speech.medium_pictures import joiner, medium_auxiliaries


@pytest.mark.parametrize("between", ["", "have ", "has been ", "had also ", "on Sunday ", "last week have ",
                                     "have on Friday evening "])
def test_auxiliaries_and_times_stand_between_a_medium_and_its_verb(between):
    assert re.fullmatch(medium_auxiliaries(), between, re.IGNORECASE) is not None


@pytest.mark.parametrize("between", ["reportedly ", "has been seen "])
def test_other_words_are_no_auxiliary(between):
    assert re.fullmatch(medium_auxiliaries(), between, re.IGNORECASE) is None


def test_a_joiner_is_a_whole_word():
    assert [m.group() for m in joiner().finditer("Kim spoke, and state media showed him, while Seoul andante")] == [
        "and", "while"]
