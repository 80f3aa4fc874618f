"""Someone unnamed named as an analyst names them (dossier.extractors.speech.charted_people): the nationality the
article gives people of their role, and their role without words of renown or age; on sentences written for the
tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # Someone brought in ("a", "one") whose role's people the article later gives one nationality.
    ("The film opens on a frozen field. “We came to finish the job,” a soldier says to the camera.\n\n"
     "The film does not say how many North Korean soldiers were wounded.", "North Korean soldier"),
    ("“Nobody told us the name of the town,” one conscript told the crew.\n\nRussian troops have held the town "
     "since March.", "Russian soldier"),
    ("Footage from the trench was posted on Monday. “They shoot at anything that moves,” said a serviceman, "
     "filmed at night.\n\nUkrainian soldiers have held the line there for a year.", "Ukrainian soldier"),
])
def test_one_brought_in_takes_the_one_nationality_the_article_gives_their_role(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text", [
    # Two sides named: never a guess between them.
    "“The shelling never stops,” a soldier said.\n\nRussian soldiers and Ukrainian soldiers face each other there.",
    # "The soldiers" were told of before, in other words than a nationality: the article's other soldiers are not them.
    "A video from a trench circulated on Sunday. Under it the soldiers wrote that “the shells were duds.”\n\n"
    "North Korean troops fought in the region last winter.",
])
def test_no_one_nationality_or_someone_told_of_before_keeps_the_role(text):
    assert _speakers(text)[0] in ("soldier", "soldiers")


@pytest.mark.parametrize("text, speaker", [
    # Words of renown and ages say nothing of who someone is.
    ("A prominent Russian milblogger wrote that “the line held.”", "Russian milblogger"),
    ("“The drones come every night,” said an influential Russian war blogger.", "Russian milblogger"),
    ("A 24-year-old North Korean soldier told the interviewer: “I wanted to see my mother.”", "North Korean soldier"),
    ("“We were not told where we were going,” said a well-known North Korean defector.", "North Korean defector"),
])
def test_words_of_renown_or_age_are_left_out(text, speaker):
    assert _speakers(text)[0] == speaker


def test_a_word_that_says_who_someone_is_is_kept():
    # "retired" is no word of renown: the phrase is no charted role, and stays as read.
    assert _speakers("A retired Russian milblogger wrote that “the line held.”")[0] != "Russian milblogger"


@pytest.mark.parametrize("text, speaker", [
    # One picked out of a pair told of before is charted as the pair's members are.
    ("Two Russian soldiers captured near Vovchansk were shown to reporters on Friday. They sat behind a desk.\n\n"
     "“I signed a contract for money,” the older man said.", "Russian prisoner of war"),
    ("Three Ukrainian soldiers held the bridge for a week.\n\nThe younger woman, a medic, spoke first. “We slept in "
     "turns,” she said.", "Ukrainian soldier"),
    # Soldiers the text goes on to call "the prisoners" are prisoners of war, and so is one picked out of them.
    ("Two North Korean soldiers sat in a bare room in Kyiv. Reporters were allowed to question the prisoners for an "
     "hour.\n\n“Nobody told us it was Ukraine,” the younger prisoner said.", "captured North Korean soldier"),
    ("Two North Korean soldiers sat in a bare room in Kyiv. Officials let journalists meet both captives.\n\n"
     "The taller man said: “I want to see Seoul.”", "captured North Korean soldier"),
])
def test_one_picked_out_of_a_pair_is_charted_as_its_members(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # No group told of before with a nationality: nothing to chart the one picked out by.
    "Two men waited at the gate.\n\n“We came for the papers,” the older man said.",
    # A pick word that is part of no comparison of a pair is still no nationality.
    "“The market is closed on Sundays,” the older man said.",
])
def test_one_picked_out_of_no_group_with_a_nationality_is_not_charted(text):
    assert _speakers(text)[-1] in ("older man", None)


def test_sappers_are_soldiers_of_their_kin():
    text = ("Russian sappers have cleared the roads around the village since spring.\n\n"
            "“Every field is mined,” a sapper said.")
    assert _speakers(text)[-1] == "Russian sapper"


@pytest.mark.parametrize("text, speaker", [
    # One of a group of soldiers the article calls "the prisoners", before or after, described by trade and wound.
    ("Two North Korean soldiers are kept in a cell near Kyiv. One of them, a 19-year-old rifleman wounded in the "
     "leg, said: “I did not choose to come.”\n\nSeoul has asked to receive the prisoners.",
     "captured North Korean soldier"),
    ("Officials let reporters meet both captives on Tuesday. Two Russian soldiers sat across the table.\n\n"
     "One of the men, an infantryman injured in the arm, said that “the orders came by radio.”",
     "Russian prisoner of war"),
])
def test_one_of_soldiers_called_prisoners_is_a_prisoner_of_war(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_one_of_soldiers_with_no_prisoners_told_of_stays_a_soldier():
    text = ("Two North Korean soldiers walked into the village at dawn. One of them, a 19-year-old rifleman, said: "
            "“We are lost.”")
    assert _speakers(text)[-1] == "North Korean soldier"
