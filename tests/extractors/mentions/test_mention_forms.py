"""dossier.extractors.mentions.mention_forms: what a name's form says, on names written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.mentions.mention_forms import without_patronymic


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


def _speakers(text: str, source=None) -> list:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # An institution's possessive before a name: a person of it, whom "he" later goes back to, not a minister named
    # before.
    ("Defence Minister Richard Marles called the threat “real”. The Lowy Institute's Colm Dunne said guidance was "
     "the “real prize”. Dr Dunne said accuracy had improved.\n\n“Every launch is a test,” he said.", "Colm Dunne"),
    ("Foreign Minister Penny Wong said the sanctions were “overdue”. Monash University’s Tarik Brenner said the "
     "missiles were “getting better”.\n\n“They learn from every strike,” he added.", "Tarik Brenner"),
    ("Sergei Lavrov praised the “fraternal” ties. The Carnegie Endowment's rival, the Wilson Center's Aiden Farrow, "
     "disagreed.\n\n“It is a marriage of convenience,” he said.", "Aiden Farrow"),
])
def test_an_institutions_own_name_is_a_person(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_an_institutions_school_is_no_person():
    # "Tufts University's Fletcher School": a part of the institution, not a person "he" could stand for.
    text = ("“The war changed them,” said Jin-ho Park, a professor at Tufts University's Fletcher School who studies "
            "Korea.\n\n“They came back different,” he said.")
    assert _speakers(text) == ["Jin-ho Park", "Jin-ho Park"]
