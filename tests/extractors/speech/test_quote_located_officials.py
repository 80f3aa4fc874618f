"""Unnamed officials located by a capital: the body of that capital's state, not the one the article named first."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str, source=None) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


LEAD = "Russia's defence ministry said on Monday that its air defences had downed twelve drones overnight.\n\n"


def test_a_ministry_official_in_kyiv_speaks_for_ukraine_s_ministry():
    text = LEAD + "A defence ministry official in Kyiv called the claim “pure invention” on Tuesday."
    assert _speakers(text) == ["Ukrainian Ministry of Defence"]


def test_without_a_place_the_ministry_is_the_one_named_before():
    text = LEAD + "A defence ministry official later called the figure “a conservative count.”"
    assert _speakers(text) == ["Russian Ministry of Defence"]


def test_an_official_in_a_capital_speaks_for_its_government():
    text = LEAD + "An official in Seoul said the government was “watching closely.”"
    assert _speakers(text) == ["South Korean government"]
