"""dossier.extractors.mention_forms: what a name's form says, on names written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.mention_forms import without_patronymic


@pytest.mark.parametrize("name, short", [
    ("Sergei Viktorovich Lavrov", "Sergei Lavrov"),
    ("Maria Vladimirovna Zakharova", "Maria Zakharova"),
    # No patronymic: as written.
    ("Kim Jong Un", "Kim Jong Un"),
    ("Rachel Minyoung Lee", "Rachel Minyoung Lee"),
])
def test_a_patronymic_is_left_out(name, short):
    assert without_patronymic(name) == short


@pytest.mark.parametrize("text, speaker", [
    # A name before "of" and an institution named by its form is a person of that institution, who speaks.
    ("Dmitri Trenin of the Institute of World Economy said the pact was “a marriage of necessity.”",
     "Dmitri Trenin"),
    ("Samuel Ramani at the Royal United Services Institute called the shells “a lifeline for Moscow.”", "Samuel Ramani"),
    ("Sarah Son of Sheffield University told reporters the soldiers were “bargaining chips.”", "Sarah Son"),
])
def test_a_name_of_an_institution_is_a_person(text, speaker):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert df.speaker.tolist() == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # A name ending in a short word before a full stop ends there: the next sentence's "He" is no part of it.
    ("Sergei Lavrov spoke first. The delegation was led by Vice Minister Pak Myong Ho. He called the talks “fruitful.”",
     ["Pak Myong Ho"]),
    # An abbreviation's dot still joins a title to the name.
    ("Lt. Gen. Kim Yong Bok called the unit “the pride of the nation.”", ["Kim Yong Bok"]),
])
def test_a_short_last_word_before_a_full_stop_ends_the_name(text, speakers):
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    assert df.speaker.tolist() == speakers
