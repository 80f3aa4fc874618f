"""A known person's family name after another given name is their kin's, not theirs: "Adam Kadyrov" is not Ramzan
Kadyrov, whose family name alone the vocabulary reads as his."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("“Every volunteer is welcome,” Adam Kadyrov told the gathering.", "Adam Kadyrov"),
    ("“Grozny stands with the front,” Kadyrov wrote.", "Ramzan Kadyrov"),
    ("“Grozny stands with the front,” Ramzan Kadyrov wrote.", "Ramzan Kadyrov"),
])
def test_a_family_name_after_another_given_name_is_anothers(text, speaker):
    assert quote_speakers(text) == [speaker]
