"""The last word of an office's name written before a person's name is no part of the name
(dossier.extractors.mentions: data/name_stops.csv), on sentences written for the tests."""

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
    ("Dublin backed the listing. Minister for Foreign Affairs Aoife Brennan said the move was “overdue”.", "Aoife Brennan"),
    ("Tánaiste and Minister for Foreign Affairs Ciaran Doyle said on Monday that the launch was “reckless”.",
     "Ciaran Doyle"),
    ("“The region is less safe,” Minister for Foreign Affairs Tomas Lind told reporters.", "Tomas Lind"),
    ("Secretary for Home Affairs Lydia Grant told reporters the checks would be “tightened”.", "Lydia Grant"),
])
def test_affairs_closing_an_office_before_a_name_is_not_the_persons(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_body_ending_in_affairs_still_speaks_as_a_body():
    # The look-alike: no person's name follows the office; the department itself speaks.
    assert _speakers("The Department of Foreign Affairs said the listing was “overdue”.") == ["Department of Foreign Affairs"]


def test_the_irish_foreign_minister_is_known_and_he_is_him():
    # A public person named in passing, whose pronoun "he" is his, not that of a man named before him.
    text = ("Kim Jong Un met the envoy.\n\nSimon Harris said the listing was “overdue”. “It is a grave step,” he said.")
    assert _speakers(text) == ["Simon Harris", "Simon Harris"]
