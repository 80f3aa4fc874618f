"""Words in marks that are part of a name, not a quote (dossier.extractors.speech.quoted_names), on sentences written for the
tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _quotes(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [(t, s if isinstance(s, str) else None) for t, s in zip(df["text"], df["speaker"])]


@pytest.mark.parametrize("text, kept", [
    # A head noun before the marks, after them, or as their last word: a name.
    ("Kim hailed Operation “Northern Star” as “a glorious feat.”", [("a glorious feat", "Kim Jong Un")]),
    ("Soldiers of the “Iron Corps” were seen near Sudzha.", []),
    ("Analysts said the “Vostok” battalion had been “bled white.”", [("bled white", "Analysts")]),
    # A name's apposition reads across the marked part of the name.
    ("The spokesman of Operational Command “North”, Pavlo Hrytsenko, said the Koreans were “retreating.”",
     [("retreating", "Pavlo Hrytsenko")]),
    ("The frigate “Admiral Volkov” docked in Wonsan.", []),
])
def test_marked_words_of_a_name_are_no_quote(text, kept):
    assert _quotes(text) == kept


@pytest.mark.parametrize("text, quoted", [
    # A verb of naming gives the words as someone's name for the unit: their words.
    ("Kim called the unit “Heroes of the Fatherland” at the ceremony.", "Heroes of the Fatherland"),
    # Words with a stop, or more words than a name has, are speech beside the same nouns.
    ("The brigade commander said: “We Hold.”", "We Hold"),
    ("The unit's motto read “Never Retreat, Never Surrender, Never Forget Our Homeland”.",
     "Never Retreat, Never Surrender, Never Forget Our Homeland"),
])
def test_words_someone_gives_are_still_quoted(text, quoted):
    assert [t for t, _ in _quotes(text)] == [quoted]
