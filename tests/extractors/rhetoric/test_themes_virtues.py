"""The steadfastness of soldiers in battle, listed with their courage or skill, is a soldier's virtue: it does not say
the alliance is unbreakable (invincible_alliance); the steadfast alliance or friendship still does."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier import schema
from dossier.extractors.rhetoric.themes import themes


def _themes(text: str) -> set[str]:
    sentences = schema.conform(
        pd.DataFrame({"article_id": ["a1"], "paragraph": [0], "sentence": [0], "start": [0], "end": [len(text)], "text": [text]}),
        "sentences",
    )
    return set(themes(sentences, schema.empty("quotes"))["theme"])


@pytest.mark.parametrize("text", [
    "The general praised the sappers' courage and steadfastness under fire.",
    "Their steadfastness, bravery and skill in combat won the respect of the whole front, the colonel said.",
    "The marshal said the Korean fighters had shown steadfastness and heroism in the battles for Sudzha.",
    "According to the minister, the crews fought with professionalism and steadfastness.",
])
def test_soldiers_steadfast_in_battle_are_no_invincible_alliance(text):
    assert "invincible_alliance" not in _themes(text)


@pytest.mark.parametrize("text", [
    "The two leaders pledged that their steadfast alliance would withstand any pressure.",
    "Pyongyang called the friendship with Moscow steadfast and unbreakable.",
])
def test_a_steadfast_alliance_still_is(text):
    assert "invincible_alliance" in _themes(text)
