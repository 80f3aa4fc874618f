"""Formulas of Pyongyang's and Moscow's speech the stems of older rows miss: the U.S. "and its followers",
a power that "dictated its will", soldiers who fought "for the sake of justice".

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Washington and its followers staged yet another drill off the coast.",
        "The report was cooked up by the U.S. and a dozen of its followers.",
        "The era when the United States dictated its will to smaller nations is over, Kim said.",
        "Gone is the world where the Americans dictated their will to everyone.",
    ],
)
def test_the_adversarys_followers_and_its_dictated_will_are_anti_hegemony(text, themes_of):
    assert "anti_hegemony" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # Followers online or of a faith, the verb follow, and Moscow's will dictated to Kyiv.
        "The US senator has many followers on X.",
        "An American blogger with a million followers shared the video.",
        "The church gathered its followers in Washington for the vigil.",
        "The U.S. will follow the talks closely, the envoy said.",
        "Moscow wants to dictate its will to Kyiv, the minister said.",
    ],
)
def test_other_followers_and_moscows_will_are_not(text, themes_of):
    assert "anti_hegemony" not in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fallen gave their lives for the sake of justice, the leader said.",
        "“They went to a foreign land for the sake of justice,” Kim told the families.",
    ],
)
def test_fighting_for_the_sake_of_justice_is_a_just_cause(text, themes_of):
    assert "just_cause" in themes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The judge stepped aside for the sake of justice, the court said.",
        "The lawyers asked for a retrial for the sake of justice for the victims.",
        "The new law serves justice for the sake of the victims.",
    ],
)
def test_a_courts_sake_of_justice_is_not(text, themes_of):
    assert "just_cause" not in themes_of(text)
