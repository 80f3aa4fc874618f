"""dossier.extractors.mentions.patronymics: a Russian official named by first name and patronymic ("Vladimir
Vladimirovich said"), or by all three names, is the person of the vocabulary; read through dossier.quotes."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers

from dossier.extractors.mentions.patronymics import patronymic_aliases


@pytest.mark.parametrize("text, speaker", [
    # The verb after the name, before it, a verb of calling, a transliteration of the first name, all three names.
    ('Vladimir Vladimirovich said the troops on the border were "true heroes".', "Vladimir Putin"),
    ('"We thank our comrades for their courage," said Sergei Kuzhugetovich at the airport.', "Sergei Shoigu"),
    ("Maria Vladimirovna called the latest sanctions 'a theatre of the absurd'.", "Maria Zakharova"),
    ('In Minsk, Sergey Viktorovich Lavrov described the new treaty as "a shield for both peoples".', "Sergei Lavrov"),
    ('"The talks went well," Dmitry Sergeyevich told journalists in the Kremlin.', "Dmitry Peskov"),
])
def test_a_first_name_and_patronymic_is_the_person(text, speaker):
    assert quote_speakers(text)[-1] == speaker


def test_he_after_a_patronymic_is_the_person():
    text = ('Sergei Kuzhugetovich landed in Pyongyang on Tuesday evening.\n\n'
            '"Our friendship has been tested by fire," he said after the talks.')
    assert quote_speakers(text)[-1] == "Sergei Shoigu"


def test_a_first_name_and_patronymic_many_share_is_no_official_alone():
    # The look-alike: "Valentina Ivanovna" may be any pensioner; only the three names are Matviyenko.
    text = 'Pensioner Valentina Ivanovna says the soldiers were "polite and very young".'
    assert quote_speakers(text)[-1] != "Valentina Matviyenko"
    text = 'Valentina Ivanovna Matviyenko called the treaty "a historic step".'
    assert quote_speakers(text)[-1] == "Valentina Matviyenko"


def test_another_patronymic_names_no_one_the_vocabulary_knows():
    # The first name alone does not make the person: "Vladimir Petrovich" is someone else.
    assert quote_speakers('Vladimir Petrovich said the troops on the border were "true heroes".')[-1] != "Vladimir Putin"


def test_only_a_first_name_and_family_name_take_the_patronymic():
    added = patronymic_aliases({"sergey lavrov": "Sergei Lavrov", "lavrov": "Sergei Lavrov",
                                "russian foreign minister": "Sergei Lavrov"})
    assert set(added) == {"sergey viktorovich", "sergey viktorovich lavrov"}
    assert set(added.values()) == {"Sergei Lavrov"}
