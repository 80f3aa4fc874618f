""""One of them" after a group named by a role of charted_roles.csv ("the Korean fighters", "the soldiers") is one
of that group (dossier.extractors.speech.unnamed_people), on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text", [
    # A role noun in the plural, its nationality by the setting of the Kursk front.
    "The fighting near Sudzha went on all week. The Korean fighters kept to themselves. Here is what one of them "
    "told a war correspondent: “We came to pay a debt.”",
    # The group by its role alone, its nationality given sentences before.
    "Seoul says 11,000 North Korean troops were sent to Kursk. According to the lawmaker, the soldiers said they had "
    "never seen a drone. “We were told the enemy would run,” one of them was quoted as saying.",
])
def test_one_of_them_is_one_of_the_soldiers_named_before(text):
    assert quote_speakers(text) == ["North Korean soldier"]
