"""Speakers named by a role, a description or an unnamed form, read as a careful analyst reads them: a description that
stands for an office the article gave a person ("the head of the region" for its governor), a state's "side" in talks
(its government), and what follows an unnamed person's noun that is no part of who they are; on sentences written for
the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text", [
    # The description after the governor's name and title, as its subject.
    "Amur Governor Pavel Ostrikov visited the port on Friday.\n\n“The ferry line will run all year,” the head of the "
    "region said.",
    # Before the verb, the verb first, another verb.
    "Governor Pavel Ostrikov met the builders in Blagoveshchensk. The head of the region promised that the crossing "
    "would be “finished before the frost.”",
    "“We will not wait for Moscow,” declared the head of the region, Governor Pavel Ostrikov, on Tuesday.",
    # Other words for the same description.
    "Governor Pavel Ostrikov chaired the meeting. “Trade has doubled,” the regional head told reporters.",
    "Pavel Ostrikov, the governor of the Amur region, spoke at the forum. “We are ready,” the head of the oblast added.",
])
def test_the_head_of_the_region_is_its_governor(text):
    assert _speakers(text)[0] == "Pavel Ostrikov"


def test_the_head_of_the_region_is_no_one_but_a_governor():
    # A mayor named before is not the head of the region.
    text = "Mayor Pavel Ostrikov opened the bridge. “Trade has doubled,” the head of the region said."
    assert _speakers(text)[0] != "Pavel Ostrikov"


@pytest.mark.parametrize("text, speaker", [
    ("The Russian side has repeatedly called such reports “provocations.”", "Russian government"),
    ("“We see no grounds for talks,” the Ukrainian side said after the meeting.", "Ukrainian government"),
    ("At the talks, the North Korean side insisted the workers were “students.”", "North Korean government"),
    ("According to the minutes, the South Korean side described the transfers as “a grave threat.”",
     "South Korean government"),
])
def test_a_states_side_in_talks_is_its_government(text, speaker):
    assert _speakers(text)[0] == speaker


def test_a_side_of_no_state_is_not_a_government():
    # "the other side": no state's.
    assert _speakers("The other side called the offer “a trap.”")[0] not in (
        "Russian government", "Ukrainian government", "North Korean government", "South Korean government")


@pytest.mark.parametrize("text, speaker", [
    ("“They had never seen a drone,” said a Ukrainian officer involved in the questioning, who asked not to be named.",
     "Ukrainian officer"),
    ("A Ukrainian officer involved in the exchange said the men were “calm and polite.”", "Ukrainian officer"),
    ("“Nobody was hurt,” a Russian officer involved in the handover told reporters.", "Russian officer"),
    ("“The lists were checked twice,” said one South Korean diplomat involved in the talks.", "South Korean Ministry of Foreign Affairs"),
])
def test_what_an_unnamed_person_takes_part_in_is_not_their_role(text, speaker):
    assert _speakers(text)[0] == speaker


def test_a_participle_that_changes_the_role_stays():
    # "captured" says who they are (a prisoner), not what they take part in.
    speaker = _speakers("“I want to go to Seoul,” said a captured North Korean soldier.")[0]
    assert speaker is not None and "involved" not in speaker and speaker != "North Korean officer"


@pytest.mark.parametrize("text, speaker", [
    # A habit, not one statement: the state's own words, never those of whom the article quotes next.
    ("Kyiv spoke of the guns on Monday. The Russian side traditionally calls such claims “fakes”. At the same time, "
     "Russian Foreign Minister Sergei Lavrov said the ties were “our own business”.", "Russian government"),
    ("Pyongyang routinely describes the drills as “a rehearsal for invasion.” Its foreign ministry said on Sunday "
     "that they were “reckless.”", "North Korean government"),
    ("Moscow usually dismisses such reports as “Western propaganda”. Dmitry Peskov told reporters the report was "
     "“not worth a comment”.", "Russian government"),
    ("Seoul has long complained. The Ukrainian side invariably calls the shells “junk”. Ukrainian Foreign Minister "
     "Andrii Sybiha said on Friday that they “still kill”.", "Ukrainian government"),
])
def test_a_state_naming_a_thing_as_a_habit_speaks_itself(text, speaker):
    assert _speakers(text)[0] == speaker


def test_a_state_naming_a_thing_once_speaks_through_whom_the_article_quotes_next():
    # One statement, summed up in the lead: its issuer, the ministry quoted next, speaks.
    text = ("Pyongyang described the drills as “a rehearsal for invasion.” In a statement, its foreign ministry said "
            "they were “reckless.”")
    assert _speakers(text)[0] != "North Korean government"


@pytest.mark.parametrize("text, speaker", [
    # Brought in with "the" and one name, then called by the noun alone.
    ("According to the battalion commander with the call sign “Ash”, the assaults come at dawn.\n\n“They never stop "
     "coming,” the commander said.", "Ash"),
    ("The company commander, call sign “Birch”, spoke by radio. “We held the line,” the commander told us.", "Birch"),
    ("The platoon sergeant with the call sign “Oak” showed us the trench. Later the sergeant said that the shells were "
     "“mostly duds.”", "Oak"),
    # Among soldiers of a state named in full: the name, never charted by their role.
    ("Soldiers of the army of the DPRK attacked the village. The drone operator with the call sign “Elm” filmed it.\n\n"
     "“They walk straight into the fire,” the operator said.", "Elm"),
])
def test_the_noun_after_someone_brought_in_with_the_and_a_name_is_that_name(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_the_noun_after_someone_brought_in_with_the_and_no_name_is_no_name():
    text = "The battalion commander spoke to reporters on Monday.\n\n“They never stop coming,” the commander said."
    assert _speakers(text)[0] not in ("Ash", "Monday")
