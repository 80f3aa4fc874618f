"""Another spelling of a known person's name is that person; another person's name a letter off is not."""

import pytest

from dossier.extractors.mentions.spellings import spelled_otherwise
from quote_readings import quote_readings


@pytest.mark.parametrize("written, canonical", [
    ("Dmytro Peskov", "Dmitry Peskov"),
    ("Serhiy Lavrov", "Sergei Lavrov"),
    ("Alexandr Kozlov", "Alexander Kozlov"),
    ("Kirill Budanov", "Kyrylo Budanov"),
    ("Georgy Tykhyi", "Heorhii Tykhyi"),
    ("Vladimir Zelenski", "Volodymyr Zelensky"),
])
def test_a_given_name_transliterated_otherwise_is_the_person(written, canonical):
    assert spelled_otherwise(written).name == canonical


@pytest.mark.parametrize("written", ["Jane Sullivan", "Marina Zakharova", "Aleksandra Kozlova"])
def test_a_given_name_a_consonant_or_a_womans_ending_off_is_another_person(written):
    # "Jane" is not "Jake", "Marina" not "Maria", "Aleksandra" not "Aleksandr": transliterations trade vowels.
    assert spelled_otherwise(written) is None


def test_a_lawmaker_a_letter_off_a_known_name_keeps_her_own():
    text = '"We will keep up the pressure," said Jane Sullivan, a lawmaker.'
    assert [r[0] for r in quote_readings(text)] == ["Jane Sullivan"]
