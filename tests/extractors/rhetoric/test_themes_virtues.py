"""The steadfastness of soldiers in battle, listed with their courage or skill, is a soldier's virtue: it does not say
the alliance is unbreakable (invincible_alliance); the steadfast alliance or friendship still does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The general praised the sappers' courage and steadfastness under fire.",
    "Their steadfastness, bravery and skill in combat won the respect of the whole front, the colonel said.",
    "The marshal said the Korean fighters had shown steadfastness and heroism in the battles for Sudzha.",
    "According to the minister, the crews fought with professionalism and steadfastness.",
])
def test_soldiers_steadfast_in_battle_are_no_invincible_alliance(text, themes_of):
    assert "invincible_alliance" not in themes_of(text)


@pytest.mark.parametrize("text", [
    "The two leaders pledged that their steadfast alliance would withstand any pressure.",
    "Pyongyang called the friendship with Moscow steadfast and unbreakable.",
])
def test_a_steadfast_alliance_still_is(text, themes_of):
    assert "invincible_alliance" in themes_of(text)
