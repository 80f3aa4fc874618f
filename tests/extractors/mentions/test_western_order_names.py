"""dossier.extractors.mentions.mention_forms.person_form: a given name before a Korean family name in Western order
("said Grace Kim") after an inverted verb of saying is a person of their own, not the Kim the article is about."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("name", ["Grace Kim", "Michelle Park"])
def test_an_inverted_subject_in_western_order_is_a_person_of_their_own(name):
    text = ("Kim Jong Un has sent more troops to Russia.\n\n"
            f"\"People here worry about their relatives,\" said {name}, who works with a community group in Toronto.")
    assert quote_speakers(text) == [name]


def test_a_title_before_the_family_name_is_still_read_as_the_title():
    text = ("Kim Jong Un has sent more troops to Russia.\n\n"
            "\"The troops fought bravely,\" said Chairman Kim, who spoke at the ceremony.")
    assert quote_speakers(text) == ["Kim Jong Un"]
