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


@pytest.mark.parametrize("text, speaker", [
    # The kin of someone told of by role: charted by the role's state, the kin's noun last.
    ("North Korean soldiers fought near Sudzha in the winter.\n\n“He wrote to me every month,” said the mother of "
     "one of the soldiers.", "North Korean soldier's mother"),
    ("North Korean troops returned to Pyongyang in August. A father of a fallen hero laid flowers. "
     "“He did his duty,” he said.", "North Korean soldier's father"),
    ("Russian soldiers have held the village since May.\n\nThe widow of a soldier said: “Nobody came to tell me.”",
     "Russian soldier's widow"),
    ("The ceremony honoured North Korean soldiers who died in Kursk. “My son is a hero,” the mother of a fallen "
     "soldier told the crowd.", "North Korean soldier's mother"),
])
def test_the_kin_of_someone_told_of_by_role_speaks(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_kin_of_a_named_person_is_not_charted():
    # "the mother of Kim Chol" is of a named man: no role to chart her by.
    speakers = _speakers("North Korean soldiers fought in Kursk. “He was brave,” said the mother of Kim Chol.")
    assert "soldier's mother" not in (speakers[-1] or "")


def _channels(text: str, source: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [c if isinstance(c, str) else None for c in df["channel"]]


@pytest.mark.parametrize("text", [
    "The soldiers of the engineer regiment came home on Friday. “I waited every day,” said the mother of one of "
    "the soldiers.",
    "The widow of a fallen hero said: “He did not die in vain.”",
])
def test_a_dprk_paper_carries_the_words_of_its_own_people_charted_by_their_state(text):
    assert _channels(text, "Rodong Sinmun")[-1] == "Rodong Sinmun"


def test_a_dprk_paper_does_not_carry_words_of_another_states_people_as_its_own():
    text = "“The war will end soon,” said a South Korean defector quoted by a Seoul radio station."
    assert _channels(text, "Rodong Sinmun")[-1] != "Rodong Sinmun"


@pytest.mark.parametrize("text, source, speaker", [
    # A former holder of a post is a person, labelled with the state the report is written from.
    ("A former defense ministry official spoke to reporters. “The numbers never add up,” he said.", "Yonhap",
     "former South Korean defense ministry official"),
    ("“We saw the same in 2019,” said a former intelligence officer who still advises lawmakers.", "Yonhap",
     "former South Korean intelligence officer"),
    ("A former unification ministry official spoke at the forum.\n\n“They want to come south,” she said.", "Yonhap",
     "former South Korean unification ministry official"),
    ("One former foreign ministry spokesman was blunt: “The treaty changes nothing,” he told the paper.", "TASS",
     "former Russian foreign ministry spokesman"),
    # "Retired" says the same, and stays in the label; "ex-" and "onetime" are "former".
    ("A retired intelligence officer who covered the North Korea desk said the count was “a guess.”", "Yonhap",
     "retired South Korean intelligence officer"),
    ("An ex-defense ministry official called the plan “a gamble.”", "Yonhap",
     "former South Korean defense ministry official"),
    ("A onetime foreign ministry spokesman said the visit was “overdue.”", "TASS",
     "former Russian foreign ministry spokesman"),
])
def test_a_former_holder_of_a_post_speaks_as_a_person(text, source, speaker):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    assert df["speaker"].iloc[-1] == speaker


def test_a_serving_official_still_speaks_for_the_body():
    articles = pd.DataFrame({"article_id": ["a1"], "text": [
        "A unification ministry official said the two men “will be received if they ask.”"], "source": ["Yonhap"]})
    df = quotes(dossier.sentences(articles), articles)
    assert not str(df["speaker"].iloc[-1]).startswith("former")
