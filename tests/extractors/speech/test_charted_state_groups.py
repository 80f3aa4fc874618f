"""Someone unnamed charted by state and role (dossier.extractors.speech.charted_people, .state_members): a group named
by its state's full name after its noun ("servicemen of the armed forces of the DPRK who were captured"), a teacher
as one of the place she is from, and an unnamed ministry official in an outlet of a known state; on sentences written
for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes
from dossier.extractors.speech.state_members import state_group_before


def _speakers(text: str, source: str | None = None) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


_NK_POW = ("captured North Korean soldier", "North Korean prisoner of war")


@pytest.mark.parametrize("text", [
    "Investigators questioned two servicemen of the armed forces of the Democratic People's Republic of Korea who were "
    "captured near Kursk. One of the prisoners said his company was told it was going to “an exercise.”",
    "I met three citizens of the DPRK who were captured in January.\n\nOne of the prisoners told me he wanted “to go "
    "home one day.”",
    "The two soldiers of the army of North Korea, captured in the forest, were moved to Kyiv. “We were never told the "
    "name of the town,” one of the prisoners said.",
    "Both nationals of the DPRK taken prisoner last month are in hospital. Asked about home, one of the prisoners "
    "answered that he missed “the rice of his mother.”",
])
def test_a_member_of_a_group_named_by_its_states_name_is_of_that_state(text):
    assert _speakers(text)[0] in _NK_POW


def test_a_group_of_another_states_name_is_not_borrowed():
    # Citizens not captured are no prisoners; the prisoner's state is left untold.
    text = ("Two citizens of the DPRK work at the port. One of the prisoners said the guards were “fair.”")
    assert _speakers(text)[0] not in _NK_POW


def test_state_group_before_reads_the_state_and_the_capture():
    text = "He visited the citizens of Ukraine who were captured in 2022. Later, soldiers of the Russian Federation"
    g = state_group_before(text, frozenset({"soldier"}), len(text))
    assert (g.noun, g.state, g.captured) == ("soldier", "russia", False)
    g = state_group_before(text, frozenset({"soldier"}), 60)
    assert (g.noun, g.state, g.captured) == ("citizen", "ukraine", True)
    assert state_group_before("Officials of the ministry met.", frozenset({"official"}), 30) is None


@pytest.mark.parametrize("text, speaker", [
    ("The school reopened in May. A teacher from Rylsk who runs a chat for parents told us the children were afraid. "
     "“They hear the drones every night,” she said.", "Russian teacher"),
    ("“Half of my class has left,” said a teacher from Sudzha.", "Russian teacher"),
    ("A teacher in Glushkovo described the shelling as “constant.”", "Russian teacher"),
    ("“We teach in the basement now,” a teacher in Kursk told the newspaper.", "Russian teacher"),
])
def test_a_teacher_is_of_the_place_she_is_from(text, speaker):
    assert _speakers(text)[0] == speaker


def test_a_teacher_of_no_known_place_stays_a_teacher():
    assert _speakers("“We teach in the basement now,” a teacher told the newspaper.")[0] == "teacher"


@pytest.mark.parametrize("source", ["Pressian", "Newspim", "Nocut News"])
def test_a_ministry_named_without_its_state_in_a_korean_outlet_is_south_koreas(source):
    text = ("The Ministry of Foreign Affairs has kept its line.\n\nA ministry official told reporters on Monday that the "
            "men were “our citizens.”")
    assert _speakers(text, source)[0] == "South Korean Ministry of Foreign Affairs"


def test_a_ministry_named_without_its_state_in_an_outlet_of_no_known_state_keeps_its_words():
    text = ("The Ministry of Foreign Affairs has kept its line.\n\nA ministry official told reporters on Monday that the "
            "men were “our citizens.”")
    assert _speakers(text, "Some Blog")[0] != "South Korean Ministry of Foreign Affairs"


@pytest.mark.parametrize("text, speaker", [
    # A group named by a nationality and a possessive before its noun: the possessor's state is theirs.
    ("The North Korean leader's soldiers carry grenades, with one soldier reportedly shouting “For the General!” as "
     "Ukrainian troops closed in.", "North Korean soldier"),
    ("Ukrainian soldiers crossed the river at night. Later the Russian commander's soldiers counterattacked, one "
     "soldier shouting “Forward!”", "Russian soldier"),
    ("Ukrainian soldiers hit the column. The Russian governor's conscripts were sent to dig trenches; “Nobody asked "
     "us,” one conscript said.", "Russian soldier"),
    ("Ukrainian soldiers hit the column. The Russian governor’s conscripts were sent to dig trenches; “Nobody asked "
     "us,” one conscript said.", "Russian soldier"),
])
def test_a_group_named_with_a_possessive_gives_its_members_state(text, speaker):
    assert _speakers(text)[0] == speaker


def test_a_possessor_of_one_state_does_not_give_another_states_group_its_own():
    # "The Ukrainian army's North Korean prisoners": the prisoners are North Korean, not Ukrainian.
    text = ("The Ukrainian army's North Korean prisoners were moved to Kyiv, Russian troops said. “We were hungry,” one "
            "prisoner said.")
    assert _speakers(text)[0] in _NK_POW


@pytest.mark.parametrize("text, speaker", [
    # "a man", "a woman" say nothing of who someone is; the apposition right after them does.
    ("“They took my brother,” said one woman, a defector living in Seoul who asked not to be named.",
     "North Korean defector"),
    ("One man, a defector who fled in 2019, said the border was “sealed.”", "North Korean defector"),
    ("Russian tourists have flocked to Wonsan. “The beach was empty,” said one woman, a tourist from Omsk.",
     "Russian tourist"),
    ("A woman, a defector now in Seoul, described the notices as “a lie.”", "North Korean defector"),
])
def test_a_man_or_woman_is_charted_by_the_role_their_apposition_gives(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text", [
    "“They took my son,” said one woman, a mother of three.",
    "“We heard nothing,” a woman told us in Wonsan.",
])
def test_an_apposition_of_no_role_leaves_a_man_or_woman_as_read(text):
    assert _speakers(text)[0] == "woman"
