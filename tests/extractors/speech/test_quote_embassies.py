"""Russia's embassy in a capital beyond the peninsula (data/speakers.csv) is the Russian Embassy, as its embassies in
Seoul and Pyongyang are. Sentences written for the tests."""

import pytest

from dossier.extractors.mentions.speaker_vocab import canonical
from quote_readings import quote_speakers


@pytest.mark.parametrize("text", [
    "Russia's embassy in Tallinn called the report “a provocation”.",
    "The Russian Embassy in London dismissed the listings as “theatre”.",
    "In a statement, the embassy of Russia in Washington called the hearing “a farce”.",
])
def test_russias_embassy_in_a_capital(text):
    assert quote_speakers(text, "Reuters") == ["Russian Embassy"]


@pytest.mark.parametrize("words", ["Russian Embassy in London", "Russia’s embassy in Tallinn", "embassy of Russia in Washington"])
def test_the_embassys_name_with_its_capital_is_an_alias(words):
    assert canonical(words, "name") == "Russian Embassy"
