"""Words written with a speaker's name that are no part of it: a form of address ("Comrade"), the place of a title
("Governor of Amur Yuri Petrov"), a field of expertise ("Korea specialist"); read through dossier.quotes."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text", [
    "The respected Comrade Kim Jong Un, General Secretary of the Workers' Party of Korea, visited the new hospital on "
    "Monday and praised the doctors, saying that \"the people's health is the first duty of the state.\"",
    # Met again by the title the apposition gave him.
    "The respected Comrade Kim Jong Un, General Secretary of the Workers' Party of Korea, visited the new hospital on "
    "Monday.\n\nThe respected General Secretary called the doctors \"the guardians of the people's health.\"",
])
def test_a_form_of_address_before_a_full_name_is_no_part_of_it(text):
    assert quote_speakers(text) == ["Kim Jong Un"]


def test_the_place_of_a_title_before_a_given_name_is_no_part_of_the_name():
    text = ("The delegation was met at the airport by Governor of Amur Yuri Petrov.\n\n"
            "Petrov told reporters that the region wanted more trade. \"The bridge will carry twice the cargo by "
            "spring,\" the governor said.")
    assert quote_speakers(text) == ["Yuri Petrov"]


def test_a_specialist_named_with_the_field_is_a_person_a_pronoun_may_stand_for():
    text = ("Kyiv welcomed the capture. Volodymyr Zelensky said the two men would be questioned.\n\n"
            "The army said on Sunday that the fighting had eased. Reporters were kept away from the front.\n\n"
            "For security specialist Marcel Dupuis, of the Paris Institute of Defence Studies, the capture changes "
            "little. \"The soldiers know almost nothing of the plans,\" he says.")
    assert quote_speakers(text)[-1] == "Marcel Dupuis"
