"""Someone unnamed, mentioned again by their role or a pronoun, keeps what their first mention said of them
(dossier.extractors.speech.first_descriptions); on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text", [
    # The role again, a pronoun, another verb, the attribution before the words.
    "A reporting partner in North Hamgyong Province says the markets are quiet.\n\n"
    "“Prices of corn went up in March,” the partner said.",
    "A reporting partner of the agency in Ryanggang Province described the arrests.\n\n"
    "“Three families were moved out of town,” she said.",
    "One reporting partner, who lives in Chagang Province, called the agency last week.\n\n"
    "The partner added: “Nobody talks about the soldiers.”",
    "A reporting partner in South Pyongan Province spoke by telephone. “The trains run at night,” "
    "the reporting partner told us.",
])
def test_a_partner_mentioned_again_is_the_one_the_first_mention_places(text):
    assert _speakers(text)[-1] == "North Korean reporting partner"


@pytest.mark.parametrize("text, speaker", [
    ("A construction manager in Irkutsk, who asked not to be named, described the crews. "
     "“They never take a day off,” he said.", "construction manager in Irkutsk"),
    ("“The border will be open all year,” worries a diplomat in Tokyo.", "diplomat in Tokyo"),
    ("A logistics manager in Nakhodka spoke on condition of anonymity.\n\n"
     "“The ships leave empty and come back full,” the logistics manager said.", "logistics manager in Nakhodka"),
    ("“We pay them through an agent,” said a site manager in Khabarovsk. “Nobody else will do it.”",
     "site manager in Khabarovsk"),
])
def test_a_bare_role_keeps_the_place_its_first_mention_puts_it_in(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text", [
    # A word of origin already says whose the diplomat is: the place is not kept.
    "“The sanctions leak at every port,” said a western diplomat in Tokyo.",
    "A foreign diplomat in Tokyo, who asked not to be named, doubted the figures. “They leak,” he said.",
])
def test_a_role_told_whose_drops_the_place(text):
    assert "Tokyo" not in (_speakers(text)[-1] or "")


def test_a_partner_never_brought_in_keeps_the_bare_role():
    # "a day before the partner": no mention brings a partner in; nothing to keep.
    speakers = _speakers("A day before the partner left Seoul, talks stalled. “We will wait,” the partner said.")
    assert speakers[-1] != "North Korean reporting partner"


def test_a_named_person_stays_as_named():
    text = ("A reporting partner in Ryanggang Province, Ri Chol Su, spoke to the agency.\n\n"
            "“The rice came from Russia,” Ri Chol Su said.")
    assert _speakers(text)[-1] == "Ri Chol Su"
