"""dossier.extractors.speech.captive_members: one picked out of soldiers the article says are held speaks as a prisoner
of war; a soldier brought in by his own noun is read as written."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text", [
    "Since March the two North Korean soldiers have been kept at a guarded site outside Lviv, and they are now more "
    "than prisoners of war to both capitals.\n\n“I would rather go to Seoul,” one of them, a 21-year-old gunner, "
    "told a visiting lawmaker. “Nobody will change my mind.”",
    "Let me turn to the prisoners, Senator Hale said. Kyiv has kept two North Korean soldiers since the winter. One of "
    "them told a visiting lawmaker, “I would rather go to Seoul.”",
])
def test_one_picked_out_of_soldiers_held_is_a_prisoner_of_war(text):
    # (data/speakers.csv writes a North Korean prisoner of war so.)
    speakers = quote_speakers(text)
    assert speakers and set(speakers) == {"captured North Korean soldier"}


def test_one_picked_out_of_soldiers_no_one_holds_stays_a_soldier():
    text = ("Two North Korean soldiers were seen at a railway station in the Kursk region in January.\n\n"
            "One of them told a passer-by: “We are going to the front.”")
    assert quote_speakers(text) == ["North Korean soldier"]


def test_a_soldier_brought_in_by_his_own_noun_is_read_as_written():
    text = ("Two North Korean soldiers were captured by Ukrainian paratroopers in the Kursk region in January.\n\n"
            "“We held the line for three days,” a Ukrainian soldier said.")
    assert quote_speakers(text) == ["Ukrainian soldier"]


@pytest.mark.parametrize("text, speaker", [
    ("Russian forces have captured the village. Many North Korean soldiers fought there in January.\n\n"
     "“We took it at night,” one of them said.", "North Korean soldier"),
    ("Ukrainian paratroopers captured the two North Korean soldiers in January.\n\n"
     "“I want to go to Seoul,” one of them said.", "captured North Korean soldier"),
])
def test_captured_tells_of_soldiers_held_only_when_soldiers_are_what_was_captured(text, speaker):
    # A village captured holds no soldier captive.
    assert quote_speakers(text) == [speaker]
