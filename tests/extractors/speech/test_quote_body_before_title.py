"""Someone unnamed whose body's name stands before their title ("a Bank of Korea official", "a KIDA researcher")
speaks for that body, as "an official of the Bank of Korea" does."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


def test_a_researcher_of_an_institute_by_its_letters_speaks_for_it():
    text = "“Shell output in the North has roughly doubled since last spring,” a KIDA researcher said on Tuesday."
    assert _speakers(text) == ["Korea Institute for Defense Analyses"]


def test_an_official_of_a_bank_named_before_the_title_speaks_for_it():
    text = ("A Bank of Korea official who spoke to reporters said exports of shells had “lifted factory output” in "
            "the North.")
    assert _speakers(text) == ["Bank of Korea"]


def test_a_senior_official_of_a_known_agency_inverted_speaks_for_it():
    text = "“The units rotate every four months,” said a senior NIS official."
    assert _speakers(text) == ["National Intelligence Service"]


def test_an_analyst_of_a_medium_does_not_speak_for_the_medium():
    text = "“The trains ran all night,” a Yonhap analyst said."
    assert _speakers(text) != ["Yonhap"]


def test_an_official_by_nationality_speaks_for_the_government_still():
    text = "“The units rotate every four months,” a South Korean official said."
    assert _speakers(text) == ["South Korean government"]
