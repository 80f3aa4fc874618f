"""An outlet's home read by the form of its name gives way to the outlet's own, in any of its spellings."""

import pytest

from dossier.extractors.mentions.mention_vocab import home_state
from quote_readings import quote_readings


@pytest.mark.parametrize("source", ["Rodong Shinmun", "Nodong Sinmun", "Minju Choson Shinmun"])
def test_a_north_korean_paper_spelt_as_a_southern_one_is_the_norths(source):
    assert home_state("", source) == "dprk"


def test_an_official_in_the_north_korean_party_paper_is_of_the_norths_ministry():
    text = '"The drills are a provocation," a senior Foreign Ministry official said.'
    assert [r[0] for r in quote_readings(text, source="Rodong Shinmun")] == ["DPRK Foreign Ministry"]
