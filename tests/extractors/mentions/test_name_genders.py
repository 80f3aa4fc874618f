"""A person's gender by the form of their name (data/name_genders.csv), and "he" and "she" read by it."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.mentions.name_genders import is_patronymic, name_gender
from dossier.extractors.speech.quotes import quotes


@pytest.mark.parametrize("name, gender", [
    ("Irina Petrovna", "f"),
    ("Olga Sergeyevna Ivanova", "f"),
    ("Pavel Andreyevich", "m"),
    ("Ivan Ilyich Petrov", "m"),  # "-ich" in the middle of three words is a patronymic
    ("Anna Sokolova", "f"),
    ("Yulia Zhukovskaya", "f"),
    ("Oleksandr Kovalenko", "m"),
    # Endings that are a family name's too, and names the vocabulary cannot tell, say nothing.
    ("Sandra Ulrich", "f"),  # her given name says it, though "-ich" alone would not
    ("Jordan Ulrich", ""),
    ("Jordan Casey", ""),
    ("Kim Yong Bok", ""),
])
def test_the_form_of_a_name_tells_its_gender_only_where_it_is_sure(name, gender):
    assert name_gender(name) == gender


def test_a_patronymic_is_read_by_its_ending_but_not_in_a_short_word():
    assert is_patronymic("Stepanovna") and is_patronymic("Yevgenyevich")
    assert not is_patronymic("Evna") and not is_patronymic("Ulrich")


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


def test_she_after_a_woman_named_by_her_patronymic_is_not_the_last_man():
    text = ("Grigory Matveyevich Orlov, a retired engineer, watched the trains pass. Vera Nikolayevna keeps the "
            "station's ledger.\n\n“The flatcars carried shells every night in October,” she recalls.")
    assert _speakers(text) == ["Vera Nikolayevna"]


def test_he_after_a_man_named_by_his_patronymic_is_not_the_last_woman():
    text = ("Vera Nikolayevna Orlova keeps the station's ledger. Grigory Matveyevich, her neighbour, drove a truck "
            "for the army.\n\n“Nobody asked what was in the crates,” he said.")
    assert _speakers(text) == ["Grigory Matveyevich"]


def test_a_name_opened_by_a_known_given_name_is_a_person_and_she_finds_her():
    text = ("Oksana Melnyk, a nurse in Sumy, treated the wounded. Dmytro Hrytsenko, a surgeon, worked beside her.\n\n"
            "“They were barely twenty,” she said.")
    assert _speakers(text) == ["Oksana Melnyk"]


def test_a_given_name_before_a_place_word_is_no_person():
    # "Vladimir" is a city too: "Vladimir Oblast" holds a word no person's name does.
    text = "Factories in Vladimir Oblast make the shells, officials say.\n\n“Output has doubled,” he said."
    assert _speakers(text) == [None]


@pytest.mark.parametrize("name", ["Robert Halvorsen", "Peter Lindqvist", "Thomas Verbeke"])
def test_a_common_given_name_makes_an_unknown_name_a_man_whom_he_resolves_to(name):
    # No vocabulary knows him and no title or apposition marks him: his given name alone says a person is named.
    text = (f"Vladimir Putin welcomed the delegation in Moscow on Monday. {name} flew home on Tuesday. "
            "“Nobody will tell me whom I may meet,” he told reporters at the airport.")
    assert _speakers(text) == [name]


@pytest.mark.parametrize("name", ["Henry Jackson Society", "Charles Darwin Foundation", "Charles de Gaulle Airport",
                                  "Peter Paul Fortress", "Alexander Nevsky Cathedral"])
def test_a_given_name_opening_an_institutions_name_is_no_person(name):
    # The institution's head noun (name_stops.csv) says the run is no person's name, whatever word opens it.
    text = (f"“The deal is done,” Vladimir Putin said on Monday. {name} suspended its work in Russia. "
            "“We will meet again,” he said.")
    assert _speakers(text) == ["Vladimir Putin", "Vladimir Putin"]
