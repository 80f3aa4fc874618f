"""data/speakers.csv: Japan's defence minister in Japanese order ("Koizumi Shinjiro", as NHK writes him) or in
Western order, or by family name alone, is one speaker; read through dossier.quotes."""

from __future__ import annotations

import pytest
from quote_readings import quote_speakers


@pytest.mark.parametrize("text", [
    'Defense Minister Koizumi Shinjiro told reporters the naval drills were "a grave concern".',
    'Japan\'s defence minister, Shinjiro Koizumi, said the naval drills were "a grave concern".',
    'Koizumi Shinjiro spoke in Tokyo on Friday.\n\n"We are watching closely," Koizumi said.',
])
def test_both_orders_of_a_japanese_name_are_one_speaker(text):
    assert quote_speakers(text)[-1] == "Shinjiro Koizumi"


@pytest.mark.parametrize("name", ["Hayashi Yoshimasa", "Yoshimasa Hayashi"])
def test_a_title_after_a_sentence_ending_in_a_name_opens_its_own_mention(name):
    # The dot of "Peninsula." ends a sentence: "the Korean Peninsula. Chief" is no description of a chief.
    text = (f"The treaty could draw Moscow into a crisis on the Korean Peninsula. Chief Cabinet Secretary {name} said "
            "Tokyo would \"stay in step\" with Seoul.")
    assert quote_speakers(text, "Nishinippon Shimbun") == ["Yoshimasa Hayashi"]

