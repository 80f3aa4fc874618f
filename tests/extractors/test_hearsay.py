"""Words a speaker passes on from another source (dossier.extractors.hearsay, and the verbs of judging of
data/cue_verbs.csv), on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.quotes import quotes


def _read(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [(s if isinstance(s, str) else None, c if isinstance(c, str) else None)
            for s, c in zip(df["speaker"], df["channel"])]


@pytest.mark.parametrize("text, speaker", [
    # The body a speaker says believes or estimates something speaks the words of its judgement.
    ("The National Intelligence Service briefed lawmakers. Rep. Yoon Hae-jin said the agency believed that "
     "“no fewer than 400” had been wounded.", "National Intelligence Service"),
    ("Rep. Yoon Hae-jin told reporters the NIS estimated that “roughly 700” had died.",
     "National Intelligence Service"),
    # A clause of content of reports of a kind: the reports' words.
    ("Rep. Yoon Hae-jin noted local reports that Pyongyang had shipped “dozens of” launchers.", "local reports"),
    ("Senator Alan Hill cited unconfirmed reports that a second brigade was “already in Kursk.”", "unconfirmed reports"),
])
def test_the_inner_source_speaks(text, speaker):
    assert _read(text)[-1][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # Bare "reports", or "the reports": whose they are is not told here; the speaker keeps them.
    ("Rep. Yoon Hae-jin dismissed reports that Pyongyang had shipped “dozens of” launchers.", "Yoon Hae-jin"),
    ("Rep. Yoon Hae-jin dismissed the reports that Pyongyang had shipped “dozens of” launchers.", "Yoon Hae-jin"),
    # "that" of a verb, no noun of hearsay.
    ("Rep. Yoon Hae-jin said that Pyongyang had shipped “dozens of” launchers.", "Yoon Hae-jin"),
])
def test_reports_of_no_kind_are_left_to_the_speaker(text, speaker):
    assert _read(text)[-1][0] == speaker


def test_a_participle_after_a_medium_clause_goes_with_the_medium():
    text = "A lawmaker said the Rodong Sinmun had published a poem on the dead, calling them “eternal flowers”."
    assert _read(text) == [("Rodong Sinmun", "Rodong Sinmun")]


@pytest.mark.parametrize("text, speaker", [
    # What a medium's report is said to be: the one who says it speaks, calling it so.
    ("Rep. Yoon Hae-jin said KCNA's report was staged, calling it “pure theatre”.", "Yoon Hae-jin"),
    # No medium in the clause: the participle goes with the sentence's speaker.
    ("Rep. Yoon Hae-jin said the soldiers had come home, calling them “lucky men”.", "Yoon Hae-jin"),
])
def test_a_participle_without_a_medium_clause_keeps_the_speaker(text, speaker):
    assert _read(text)[-1][0] == speaker
