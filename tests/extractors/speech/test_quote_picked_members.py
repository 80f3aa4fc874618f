""""He" after one picked out of a group ("One of them, a gunner, told reporters …. “…,” he said"), and a group
whose participle follows a comma ("North Korean soldiers, captured near Sudzha"): who speaks."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


GROUP = ("Two young men wait in a locked room near Kyiv. They are North Korean soldiers, captured near Sudzha in "
         "March, and among the few of Kim Jong Un's troops taken alive.\n\n")


def test_he_after_one_of_them_with_an_apposition_is_that_one():
    text = GROUP + ("One of them, a 22-year-old gunner, told reporters he had never seen a drone before.\n\n"
                    "“We had no cover at all,” he said through an interpreter.")
    assert _speakers(text) == ["captured North Korean soldier"]


def test_he_after_one_of_them_alone_is_that_one():
    text = GROUP + ("One of them told reporters that he had never seen a drone before.\n\n"
                    "“We had no cover at all,” he said.")
    assert _speakers(text) == ["captured North Korean soldier"]


def test_a_soldier_of_a_group_captured_after_a_comma_is_charted_as_captured():
    text = GROUP + "“We had no cover at all,” one of them said."
    assert _speakers(text) == ["captured North Korean soldier"]


def test_he_after_a_named_person_who_speaks_since_is_that_person():
    # One of them spoke first, but the minister named after him is who "he" is.
    text = GROUP + ("One of them told reporters that he had never seen a drone before. Later, Defence Minister "
                    "Ivan Petrenko visited the camp and spoke to the guards.\n\n“They will be treated well,” he said.")
    assert _speakers(text) == ["Ivan Petrenko"]
