""""One of them" after a group named by a role of charted_roles.csv ("the Korean fighters", "the soldiers") is one
of that group (dossier.extractors.speech.unnamed_people), on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text", [
    # A role noun in the plural, its nationality by the setting of the Kursk front.
    "Snow fell on the trenches near Sudzha. The Korean fighters ate apart from the others. One of them spoke to a "
    "visiting reporter: “We are here to repay a debt.”",
    # The group by its role alone, its nationality given sentences before.
    "Seoul says 11,000 North Korean troops were sent to Kursk. According to the lawmaker, the soldiers said they had "
    "never seen a drone. “We were told the enemy would run,” one of them was quoted as saying.",
])
def test_one_of_them_is_one_of_the_soldiers_named_before(text):
    assert quote_speakers(text) == ["North Korean soldier"]


@pytest.mark.parametrize("text, speaker", [
    # The reviewer's: "one of them" after a title's group and a role's is one of the titled group.
    ("Russian commanders met the North Korean troops in Kursk. One of them said the Koreans were “disciplined”.",
     "Russian commander"),
    ("Russian officers trained the North Korean soldiers near Kursk. One of them said the Koreans were “disciplined”.",
     "Russian officer"),
    # Ours.
    ("Ukrainian commanders questioned the North Korean prisoners. One of them said the men were “exhausted”.",
     "Ukrainian commander"),
])
def test_one_of_them_after_a_titled_group_and_a_role_group_is_of_the_titled_one(text, speaker):
    assert quote_speakers(text) == [speaker]


def test_an_irregular_role_plural_is_read_from_the_data():
    text = "The heroes of the battle were decorated in Pyongyang. One of them said the fight was “hell”."
    assert quote_speakers(text) == ["hero"]  # not "heroe", nor no one
