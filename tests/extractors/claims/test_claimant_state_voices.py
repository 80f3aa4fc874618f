"""A state's propaganda or leadership that claims a figure is that state's government; a defence ministry written
"Ministry of Defence" after its state's adjective is that state's ministry under its canonical name."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity,text,expected", [
    ("150", "Kremlin propaganda insists that just 150 North Korean soldiers were sent to Russia.",
     "Russian government"),
    ("nearly 800", "Russian propaganda claimed that nearly 800 Ukrainian soldiers had given themselves up near Sudzha.",
     "Russian government"),
    ("about 2,500", "Pyongyang's propaganda maintains that about 2,500 enemy soldiers were wiped out in a single week.",
     "North Korean government"),
    ("some 600", "The North Korean leadership claimed that some 600 of its fighters had shown heroism in Kursk.",
     "North Korean government"),
    ("90", "The Kremlin's propaganda machine maintains that just 90 North Korean soldiers were ever sent to Russia.",
     "Russian government"),
])
def test_a_states_propaganda_or_leadership_speaks_for_its_government(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_propaganda_about_a_state_is_not_its_claim():
    # The outlet's own sentence about propaganda: no one claims the figure, least of all the state.
    got = claim("11,000", "Russian propaganda has ignored the 11,000 North Korean soldiers sent to Kursk.")
    assert got[0] is None


@pytest.mark.parametrize("quantity,text,expected", [
    ("around 9,000", "The South Korean Ministry of Defence said around 9,000 North Korean soldiers had reached the front.",
     "South Korean Ministry of National Defense"),
    ("about 70", "South Korea's Ministry of Defense estimated that about 70 North Korean soldiers had been captured.",
     "South Korean Ministry of National Defense"),
    ("some 4,000", "The Ukrainian Ministry of Defence reported some 4,000 North Korean casualties by spring.",
     "Ukrainian Ministry of Defence"),
    ("about 20", "The Japanese Ministry of Defence said about 20 North Korean missiles had been fired this year.",
     "Japanese Ministry of Defense"),
])
def test_a_ministry_of_defence_after_its_states_adjective_is_that_states(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


@pytest.mark.parametrize("quantity,text", [
    ("about 250", "Kremlin-controlled media claimed that about 250 Ukrainian soldiers had surrendered to North Korean troops."),
    ("about 250", "Russian state television claimed that about 250 Ukrainian soldiers had surrendered to North Korean troops."),
])
def test_a_states_controlled_media_are_its_state_media_not_its_government(quantity, text):
    assert claim(quantity, text)[0] == "Russian state media"
