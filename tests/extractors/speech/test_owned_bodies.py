"""The body of a person's office named by a possessive (dossier.extractors.speech.owned_bodies), on sentences written for
the tests."""

import pandas as pd
import pytest

import dossier


def _speakers(text: str, source: str = "Reuters") -> list:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df.speaker]


@pytest.mark.parametrize("text, source, speaker", [
    # The title the article gives the person says which body their office is, in their state.
    ("Foreign Minister Cho Hyun phoned his Japanese counterpart. His ministry said both sides would “coordinate "
     "closely.”", "Yonhap", "South Korean Ministry of Foreign Affairs"),
    ("President Lee Jae-myung chaired a security meeting. His office said Seoul would “respond sternly.”", "Yonhap",
     "South Korean presidential office"),
    ("Unification Minister Chung Dong-young spoke in Paju. His ministry said the offer was “still on the table.”",
     "Yonhap", "South Korean Ministry of Unification"),
    ("President Volodymyr Zelensky met the envoys. The president's office said the talks were “substantive.”",
     "Kyiv Independent", "Office of the President of Ukraine"),
    # A person of the vocabularies given no title: the office every role they hold tells, of the pronoun's gender.
    ("Sergei Lavrov met Choe Son Hui in Moscow. His ministry called the talks “frank and friendly.”", "TASS",
     "Russian Foreign Ministry"),
    ("Choe Son Hui met Sergei Lavrov in Moscow. Her ministry called the talks “fruitful.”", "NK News",
     "DPRK Foreign Ministry"),
    # (A defence minister of data/speaker_roles.csv: his ministry is the state's defence ministry.)
    ("Andrei Belousov visited Pyongyang. His ministry said the visit was “productive.”", "TASS",
     "Russian Ministry of Defence"),
])
def test_a_possessive_office_is_the_body_of_the_person_s_title(text, source, speaker):
    assert _speakers(text, source)[-1] == speaker


@pytest.mark.parametrize("text", [
    # Whose office, or which ministry, cannot be told: no one's, never the person.
    "President Vladimir Putin met Kim Jong Un. His office said the leaders had “a frank exchange.”",
    "Kim Yo Jong issued a statement. Her office called the drills “a provocation.”",
    "Alexander Kozlov visited Pyongyang. His ministry said the visit was “productive.”",
    "Kim Jong Un received the envoy. His ministry said the talks were “warm.”",
])
def test_an_office_whose_body_cannot_be_told_is_no_one_s(text):
    assert _speakers(text)[-1] is None
