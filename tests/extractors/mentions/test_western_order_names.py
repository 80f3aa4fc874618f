"""dossier.extractors.mentions.mention_forms.person_form: a given name before a Korean family name in Western order
("said Sarah Park", "Sarah Park, a nurse, said") is a person of their own wherever it is written, not the Kim the
article is about; a bare family name after them as a speaker is theirs."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("name", ["Grace Kim", "Michelle Park"])
def test_an_inverted_subject_in_western_order_is_a_person_of_their_own(name):
    text = ("Kim Jong Un has sent more troops to Russia.\n\n"
            f"\"We call our cousins every week,\" said {name}, who teaches at a school in Vancouver.")
    assert quote_speakers(text) == [name]


def test_a_title_before_the_family_name_is_still_read_as_the_title():
    text = ("Kim Jong Un has sent more troops to Russia.\n\n"
            "\"The troops fought bravely,\" said Chairman Kim, who spoke at the ceremony.")
    assert quote_speakers(text) == ["Kim Jong Un"]


@pytest.mark.parametrize("text, speakers", [
    # The reviewer's sentences: the name before its verb, and a bare "Kim" after her as a speaker.
    ("Grace Kim, who works with a community group in Toronto, said: \"People here worry.\"", ["Grace Kim"]),
    ("\"People here worry,\" said Grace Kim. \"Nobody knows,\" Kim added.", ["Grace Kim", "Grace Kim"]),
    ("Michelle Park, a nurse in Vancouver, said \"the prices keep rising.\"", ["Michelle Park"]),
    # In an article about Kim Jong Un, the bare "Kim" right after her quote is hers, the last Kim who spoke.
    ("Kim Jong Un oversaw a missile test on Friday. Grace Kim, a teacher in Toronto, said: \"People here worry.\" "
     "Kim said the test was \"a warning to all of us\".", ["Grace Kim", "Grace Kim"]),
])
def test_a_western_order_name_is_a_person_of_their_own_wherever_it_is_written(text, speakers):
    assert quote_speakers(text) == speakers


def test_a_bare_family_name_after_her_as_no_speaker_is_the_leader():
    # Named only as the object of a verb, she is no Kim a later "Kim said" goes back to.
    text = ("Kim Jong Un visited a school run by Grace Kim, a teacher from Seoul. Kim said the pupils were "
            "\"the future\".")
    assert quote_speakers(text) == ["Kim Jong Un"]
