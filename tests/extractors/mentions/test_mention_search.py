"""dossier.extractors.mentions.mention_search: the names an article's account finds, read through dossier.quotes on sentences
written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.mentions.discourse import account


def _speakers(text: str) -> list[str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2026-01-05")], "source": ["AP"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [r.speaker if isinstance(r.speaker, str) else None for r in df.itertuples()]


@pytest.mark.parametrize("text, expected", [
    # A known speaker named with his patronymic is the speaker the vocabulary knows, and so is his surname later.
    ("Sergei Viktorovich Lavrov arrived in Pyongyang on Monday. “Our ties are solid,” Lavrov said.", ["Sergei Lavrov"]),
    ("Sergei Kuzhugetovich Shoigu called the Korean sappers “true heroes.”", ["Sergei Shoigu"]),
    # Someone the vocabularies do not know keeps the name as written.
    ("Colonel Oleg Ivanovich Markov said the brigade was “ready.” Markov added it was “rested.”",
     ["Oleg Ivanovich Markov", "Oleg Ivanovich Markov"]),
])
def test_a_known_speaker_is_known_by_his_name_with_a_patronymic(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # A relative clause saying someone unnamed fled the North tells who they are: a defector (charted as a North
    # Korean one), whom "she" is after.
    ("NK News heard the story of a woman who escaped from North Korea in 2023. “We were never told where the "
     "trains went,” she said.", "North Korean defector"),
    ("A woman who had defected by boat said the harvest was “the worst in years.” The woman added that prices had "
     "“doubled.”", "North Korean defector"),
    # An age in decades may stand between the noun and the clause; "left the North" says it as "fled" does.
    ("“Nobody in my village owned a radio,” said a woman in her 70s who escaped from the North in 2011.",
     "North Korean defector"),
])
def test_someone_unnamed_who_fled_the_north_is_a_defector(text, speaker):
    assert set(_speakers(text)) == {speaker}


def test_an_age_before_a_clause_that_says_nothing_of_who_they_are_makes_no_defector():
    assert _speakers("“Nobody in my village owned a radio,” said a woman in her 70s who was injured in 2011.") == ["woman"]


def test_someone_unnamed_whose_clause_says_nothing_of_who_they_are_is_no_source():
    assert _speakers("A woman who was wounded in Sumy said the drones came “every night.”") == ["woman"]


def test_a_capitalised_description_that_a_name_goes_on_after_is_no_back_reference():
    # "The Ministry" of "The Ministry of Public Health" opens a body's own name; alone, it is the ministry named before.
    text = ("The Russian Defence Ministry said the strikes were precise. The Ministry of Public Health said the "
            "wounded were treated. The Ministry said more would follow.")
    back = [(m.start, m.entity.name if m.entity else None) for m in account(text).mentions if m.surface == "The Ministry"]
    assert back == [(text.rindex("The Ministry"), "Russian Ministry of Defence")]


@pytest.mark.parametrize("text, speakers", [
    # A body's name, then a title and a name: the body, and the person after it, whom "he" later stands for.
    ("Kim Jong Un visited a plant. Chinese foreign ministry spokesperson Guo Jiakun said the matter was “internal”. "
     "He told reporters that “all sides should show restraint.”", ["Guo Jiakun", "Guo Jiakun"]),
    ("Kim Jong Un visited a plant. South Korean foreign ministry spokesperson Park Il said Seoul was “concerned”. "
     "He added that Seoul “will respond firmly.”", ["Park Il", "Park Il"]),
])
def test_a_titled_name_after_a_body_s_name_is_a_person(text, speakers):
    assert _speakers(text) == speakers


def test_a_role_a_body_s_name_runs_past_is_part_of_that_name():
    # "General" of "the Korean People's Army General Staff" is no title: the staff issued the statement, not the
    # general named before.
    text = ("General Jacob Whitlock said the drills had gone to plan. In reply, the Korean People's Army General Staff "
            "called them a “prelude to invasion.”")
    assert _speakers(text) == ["KPA General Staff"]


def test_a_role_with_no_longer_name_over_it_is_still_the_role():
    text = ("General Jacob Whitlock toured the base on Monday. “The drills went to plan,” the American general said.")
    assert _speakers(text) == ["Jacob Whitlock"]


MINISTER_FIRST = "Foreign Minister Choe Son Hui met Sergei Lavrov in Pyongyang on Monday.\n\n"


@pytest.mark.parametrize("text, speaker", [
    # "official" before a medium's or a body's name is a word of its description, not an official whom the minister
    # named before (an official too) could be: the medium carries the General Staff's words.
    ("Later, the official KCNA news agency carried a statement by the KPA General Staff calling the drills “a "
     "rehearsal for invasion”.", "KPA General Staff"),
    ("Later, the official Korean Central News Agency published a commentary by the KPA General Staff calling the "
     "drills “a rehearsal for invasion”.", "KPA General Staff"),
    ("In Moscow, the official TASS agency released a statement by the Kremlin describing the visit as “historic”.",
     "Kremlin"),
])
def test_official_before_a_medium_s_name_is_no_official(text, speaker):
    assert _speakers(MINISTER_FIRST + text) == [speaker]


def test_the_official_alone_is_still_an_official():
    assert _speakers(MINISTER_FIRST + "“We will stand together,” the official said.") == ["Choe Son Hui"]


def test_the_dprk_ministry_of_defense_written_so_is_the_ministry():
    text = "KCNA carried a statement by the DPRK Ministry of Defense calling the drills “a rehearsal for invasion”."
    assert _speakers(text) == ["DPRK Defence Ministry"]
