"""A verb that frames something in a speaker's words, "present(s) … as"
(dossier data/cue_verbs.csv, read by dossier.extractors.speech), on sentences written for the tests."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # "present(s) … as “…”": the subject frames the thing in the quoted words.
    ("Pyongyang, for its part, presents the deployment as a “fraternal duty” to Russia.", "North Korean government"),
    ("Moscow presents the new units as “volunteers” rather than troops.", "Russian government"),
    ("Kim Jong Un presented the fallen as “heroes of the motherland” at the ceremony.", "Kim Jong Un"),
    ("Seoul and Tokyo present the launches as “a grave provocation”.", None),
])
def test_a_subject_that_presents_or_calls_something_so_speaks_the_words(text, speaker):
    got = _speakers(text)
    assert got and got[0] is not None
    if speaker is not None:
        assert got[0] == speaker


def test_a_call_sign_is_no_verb_of_naming():
    # The look-alike: "call" as a noun ("call sign") names the speaker; it introduces no words of its own.
    got = _speakers("“They move after each volley,” a gunner with the call sign “Lynx” said.")
    assert got and got[0] == "Lynx"
