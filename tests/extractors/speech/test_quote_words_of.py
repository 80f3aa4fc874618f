""""The words of X:" before a quote: X's words, passed on by whoever conveys them."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


def test_the_words_of_a_person_conveyed_by_another_are_that_person_s():
    text = ("Envoy Olga Marchenko handed the delegates the words of President Ivan Petrenko: “We will not forget who "
            "stood with us.”")
    assert _speakers(text) == ["Ivan Petrenko"]


def test_the_message_of_a_leader_passed_on_is_the_leader_s():
    text = "At the dinner, Marchenko passed on the message of Vladimir Putin: “Our friendship is tested by fire.”"
    assert _speakers(text) == ["Vladimir Putin"]


def test_a_report_of_events_is_no_one_s_words_but_the_reporter_s():
    # ("of the fighting": no name after "of", no author: the clause's subject still introduces the words.)
    text = "Ivan Petrenko gave a short report of the fighting: “We held the line for three days.”"
    assert _speakers(text) == ["Ivan Petrenko"]
