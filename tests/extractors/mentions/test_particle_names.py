"""Family names holding a lower-case particle kept whole (dossier.extractors.mentions.particle_names), and as quote
speakers; on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.mentions.particle_names import full_particle_name
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    ("Retired general Pieter van der Linde told the paper: “The shells are old.”", "Pieter van der Linde"),
    ("“They will not last the winter,” said analyst Marie de La Tour.", "Marie de La Tour"),
    ("Commission chief Helga von Almen called the shipments “a direct threat.”", "Helga von Almen"),
    ("Colonel Tomas de Souza-Reed, a former adviser, said the men were “brave but badly led.”", "Tomas de Souza-Reed"),
])
def test_a_name_with_a_particle_is_read_whole(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text", [
    "Analyst Pieter van der Linde spoke first. Later, van der Linde said the shells were “old.”",
    "Analyst Pieter van der Linde spoke first.\n\nVan der Linde added that the shells were “old.”",
])
def test_the_family_name_alone_later_is_the_person_named_before(text):
    assert _speakers(text)[-1] == "Pieter van der Linde"


def test_no_particle_before_a_name_leaves_it_as_read():
    assert full_particle_name("Analyst Pieter Linde said", 16, "Linde") is None
    # A title before the particles is no given name: the family name whole, as written.
    text = "President von Almen said"
    assert full_particle_name(text, text.index("Almen"), "Almen") == "von Almen"
    # A capitalised particle opening a name no one was given before: as read.
    assert full_particle_name("Del Monte said", 0, "Del Monte") is None
    # A word ending in a particle's letters is no particle ("minister", "leader").
    text = "the acting minister Lee Dong-soo told lawmakers"
    assert full_particle_name(text, text.index("Lee"), "Lee Dong-soo") is None
    text = "party leader Park Ji-won said"
    assert full_particle_name(text, text.index("Park"), "Park Ji-won") is None


def test_a_place_with_a_particle_is_no_speakers_name():
    # "Rio de Janeiro": no one speaks; the speaker is the one named after it.
    assert _speakers("In Rio de Janeiro, Lula said the deal was “a mistake.”")[0] == "Lula"
