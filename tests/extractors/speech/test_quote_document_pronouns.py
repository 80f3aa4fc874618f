"""The pronoun of a relative clause on a document ("a message to Kim, in which he said") is the document's author:
the one it came from, else the sender who is its sentence's subject; never the addressee named last."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


def test_the_sender_of_a_message_to_someone_is_he():
    text = "Vladimir Putin sent a telegram to Kim Jong Un on Sunday, in which he wrote: “Our peoples are bound by blood.”"
    assert _speakers(text) == ["Vladimir Putin"]


def test_the_sender_of_a_letter_with_no_comma():
    text = "Kim Jong Un addressed a letter to Vladimir Putin in which he said that the friendship was “invincible.”"
    assert _speakers(text) == ["Kim Jong Un"]


def test_the_one_a_letter_came_from_is_he():
    text = "Kim Jong Un received a letter from Vladimir Putin, in which he promised “every support” to Pyongyang."
    assert _speakers(text) == ["Vladimir Putin"]


def test_she_in_a_statement_sent_to_a_man():
    text = ("Kim Yo Jong released a statement addressed to Yoon Suk Yeol, in which she warned of a “very "
            "dangerous” course.")
    assert _speakers(text) == ["Kim Yo Jong"]


def test_a_name_in_the_relative_clause_speaks_for_itself():
    # (Look-alike: a name, not a pronoun, after "in which": the sender of the document is not read for it.)
    text = ("Vladimir Putin sent a delegation to a ceremony in Pyongyang, in which Kim Jong Un said: “Our friendship "
            "was sealed in battle.”")
    assert _speakers(text) == ["Kim Jong Un"]
