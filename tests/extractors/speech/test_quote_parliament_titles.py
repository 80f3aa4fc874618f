"""data/titles.csv: the letters of a parliament's member before a name ("MSP Fiona Baird", "MEP", "MLA", "TD", "MPP")
are a title, no part of the name; read through dossier.quotes."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    # Party and nation before the letters; the verb after the name, before it; told, called.
    ("Scottish Labour MSP Fiona Baird said the sanctions were 'a sign of resolve at last'.", "Fiona Baird"),
    ('"The Kremlin is buying time," said MEP Anna Kowalska after the vote.', "Anna Kowalska"),
    ('Alliance MLA Niamh Quinn called the vote "a moral duty".', "Niamh Quinn"),
    ('Irish TD Ciaran Walsh told the Dail that the shells were "a disgrace".', "Ciaran Walsh"),
    ('Ontario MPP Daniel Roy said the province would "stand with Kyiv".', "Daniel Roy"),
])
def test_a_parliament_members_letters_are_a_title(text, speaker):
    assert quote_speakers(text)[-1] == speaker


def test_letters_after_the_name_are_no_part_of_it_either():
    # The look-alike: the same letters after the name (data/post_nominals.csv) were read so before.
    assert quote_speakers("Fiona Baird MSP said the sanctions were 'a sign of resolve at last'.")[-1] == "Fiona Baird"
