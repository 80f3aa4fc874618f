""""The head of Polish diplomacy" is a role phrase (the foreign minister), standing for the foreign minister the
article named last, as "the minister" does."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


def test_the_head_of_a_state_s_diplomacy_after_its_foreign_minister():
    text = ("Foreign Minister Jan Kowalczyk spoke to the Sejm on Thursday. “Distance protects no one,” the head of "
            "Polish diplomacy said.")
    assert _speakers(text) == ["Jan Kowalczyk"]


def test_the_head_of_diplomacy_of_another_state():
    text = ("The French foreign minister, Claire Dubois, travelled to Seoul. “Europe is watching Kursk closely,” the "
            "head of French diplomacy told reporters there.")
    assert _speakers(text) == ["Claire Dubois"]


def test_no_foreign_minister_named_gives_no_one():
    # (Look-alike: with no foreign minister in the article, the phrase stands for no one named.)
    text = "Defence Minister Jan Kowalczyk spoke on Thursday. “We are ready,” the head of Polish diplomacy said."
    assert _speakers(text) != ["Jan Kowalczyk"]
