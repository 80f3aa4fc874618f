"""Someone unnamed charted by a word whose state the setting tells ("a Korean officer" on the Kursk front) and by the
unit they command or head ("the commander of the engineering unit") (dossier.extractors.speech.charted_people); on
sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes
from quote_readings import quote_speakers


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # In coverage of the troops in Russia, "Korean" soldiers and officers are North Korean ones.
    ("Pyongyang's sappers are still at work near Kursk.\n\n“We leave when the fields are clean,” one of the Korean "
     "officers told the crew.", "North Korean officer"),
    ("The brigade moved to the Kursk border in spring.\n\n“Nobody goes past the tape,” a Korean captain told us at "
     "the checkpoint.", "North Korean army captain"),
    ("Reporters toured the trenches outside Sudzha.\n\n“My men are tired but ready,” said a Korean sergeant.",
     "North Korean sergeant"),
    ("We spent a week in the Kursk region.\n\n“The winter here is softer than ours,” a Korean soldier "
     "said.", "North Korean soldier"),
])
def test_a_korean_soldier_in_coverage_of_the_war_in_russia_is_north_korean(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # South Korea is what the paragraph speaks of: a Korean officer there is not one of Pyongyang's.
    "Troops from the North fought near Kursk.\n\nAt a briefing in Seoul, a Korean officer took questions. "
    "“We watch the border closely,” the officer said.",
    # No setting of the war in Russia: the word tells no state.
    "The parade was held on Sunday. “We marched for six hours,” a Korean officer said.",
])
def test_korean_where_south_korea_is_spoken_of_or_no_war_in_russia_tells_no_state(text):
    assert _speakers(text)[-1] != "North Korean officer"


@pytest.mark.parametrize("text, speaker", [
    # The one who commands or heads a unit speaks, not the unit; charted by the unit's state, words and the role.
    ("Korean sappers arrived in Kursk in June.\n\n“We are not leaving soon,” the commander of the Korean "
     "engineering unit told me.", "North Korean engineering unit commander"),
    ("“Every road will be open by autumn,” said the commander of a Russian pontoon battalion.",
     "Russian pontoon battalion commander"),
    ("Cranes stood over a new district in Pyongyang. “We pour concrete day and night,” said a section chief of a "
     "shock brigade.", "North Korean shock brigade section chief"),
    ("The towers rise a floor a week in Moscow. A foreman of a roofing crew said: “They never take a day off.”",
     "Russian roofing crew foreman"),
])
def test_the_holder_of_a_unit_speaks_not_the_unit(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_unit_whose_state_nothing_tells_is_not_charted():
    # No nationality, no group before, no place: nothing tells whose unit it is.
    speaker = _speakers("“We hold,” the commander of the engineering unit said.")[-1]
    assert speaker is None or "unit commander" not in speaker


def test_a_member_of_a_unit_keeps_their_own_role():
    # A sergeant serves in a crew, heading none: charted by their own role, not the crew's words.
    text = ("Pyongyang's gunners fired all night near Kursk. “We slept an hour,” said a Korean sergeant of a "
            "howitzer crew.")
    assert _speakers(text)[-1] == "North Korean sergeant"


@pytest.mark.parametrize("text, speaker", [
    # A local's place is where they are, not a place of what they said after "that".
    ("Our group spent a day in Pyongyang. At the museum a guide said that the heroes who fell in Kursk “live on”.",
     "North Korean guide"),
    ("The minders in Wonsan were polite. Once a minder told us that his cousin in Moscow “loves the metro”.",
     "North Korean guide"),
    ("We drove on to the coast. “Nobody here forgets the war,” a guide said in Wonsan, adding that Kursk is far.",
     "North Korean guide"),
    ("We toured the port of Rason. A guide in Rason said that ships from Vladivostok come “every week”.",
     "North Korean guide"),
])
def test_a_local_is_of_where_they_are_not_of_a_place_in_what_they_said(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # One who commands is charted by the arm of service written before the role, as by a unit.
    ("Kyiv (Ukrinform) - Shells keep arriving. One of our artillery commanders said the rounds were “mostly duds”.",
     "Ukrainian artillery commander"),
    # "One" picks the commander out, as "a" does: it is no word of the unit.
    ("Kyiv (Ukrinform) - Shells keep arriving. “We fire less now,” one company commander said.",
     "Ukrainian company commander"),
    ("Kyiv (Reuters) - Shells keep arriving. As one battery commander near Kupiansk put it, “Every crate is a gamble.”",
     "Ukrainian battery commander"),
    # No arm before the role: the role alone.
    ("Kyiv (Ukrinform) - Shells keep arriving. One of our commanders said the rounds were “mostly duds”.",
     "Ukrainian commander"),
])
def test_a_commander_keeps_the_arm_or_unit_written_before_the_role(text, speaker):
    assert quote_speakers(text, "Ukrinform")[-1] == speaker


def test_a_soldier_of_an_arm_who_heads_nothing_keeps_their_own_role():
    # An infantry soldier commands nothing: charted by their role, not by the arm.
    text = "Kyiv (Ukrinform) - Shells keep arriving. One of our infantry soldiers said the rounds were “mostly duds”."
    assert quote_speakers(text, "Ukrinform")[-1] == "Ukrainian soldier"
