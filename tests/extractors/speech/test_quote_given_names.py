"""Women named by a known given name: as a person "she" can stand for, however the sentence opens."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


QUOTE = "“They ate everything I cooked and thanked me every time,” she says."
MAN = "Major Brovko Zhyvotko ran the checkpoint at the edge of the village.\n\n"


def test_a_common_noun_opening_the_sentence_is_no_part_of_the_woman_s_name():
    text = MAN + "Widow Olga Sergeyevna, 71, cooked for the soldiers all winter.\n\n" + QUOTE
    assert _speakers(text) == ["Olga Sergeyevna"]


def test_a_known_given_name_alone_with_an_age_is_a_person():
    text = MAN + "Olga, 71, cooked for the soldiers all winter.\n\n" + QUOTE
    assert _speakers(text) == ["Olga"]


def test_a_given_name_without_an_age_stays_no_one_by_itself():
    # "Olga" alone could be a ship, a storm or a shop: without an age beside it, no person is read.
    text = "The trawler Olga docked at dawn, and the crew went ashore.\n\n“We are home,” the skipper said."
    assert "Olga" not in _speakers(text)


def test_a_capitalised_word_inside_a_sentence_stays_with_the_name():
    text = "On Monday, Deputy Olga Sergeyevna Lind spoke.\n\n“We will vote against it,” Lind said."
    assert _speakers(text) == ["Olga Sergeyevna Lind"]
