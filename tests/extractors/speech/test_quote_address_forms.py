"""Someone introduced by one name with the form of address they gave ("who introduced himself as Comrade Ri"): that
name as written is who speaks (dossier.extractors.mentions.back_references); on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # Someone who introduces themselves by one name keeps it, with the form of address they gave.
    ("Korean sappers work near Kursk. A Korean officer, who introduced himself as Comrade Ri, spoke to the crew. "
     "“We came to build,” he said.", "Comrade Ri"),
    ("A nurse, who introduced herself as Comrade Jang, spoke to us. “The wounded are doing well,” she said.",
     "Comrade Jang"),
    ("A Russian driver who introduced himself only as Sasha waved at us. “They never complain,” he said.", "Sasha"),
    ("“We begin at dawn,” said an engineer who introduced himself as Comrade Han.", "Comrade Han"),
])
def test_one_introduced_by_one_name_and_a_form_of_address_keeps_it(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_full_name_after_a_form_of_address_is_no_single_name():
    # "Comrade Kim Chol Su": a full name after the form of address, never the one name "Comrade Kim".
    text = "An officer who introduced himself as Comrade Kim Chol Su said: “We are ready.”"
    assert _speakers(text)[-1] != "Comrade Kim"
