"""dossier.extractors.mention_forms: what a name's form says, on names written for the tests."""

import pytest

from dossier.extractors.mention_forms import without_patronymic


@pytest.mark.parametrize("name, short", [
    ("Sergei Viktorovich Lavrov", "Sergei Lavrov"),
    ("Maria Vladimirovna Zakharova", "Maria Zakharova"),
    # No patronymic: as written.
    ("Kim Jong Un", "Kim Jong Un"),
    ("Rachel Minyoung Lee", "Rachel Minyoung Lee"),
])
def test_a_patronymic_is_left_out(name, short):
    assert without_patronymic(name) == short
