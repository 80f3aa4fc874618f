"""A body named without its state in an outlet of a known state (data/home_states.csv), and the person a title's body
comes before (dossier.extractors.speech.quote_article), on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("source, text, speaker", [
    # A British outlet's "Ministry of Defence" and "MoD" are Britain's.
    ("GB News", "The Ministry of Defence said in its weekly update that the brigade had taken “severe losses”.",
     "UK Ministry of Defence"),
    ("The Scotsman", "A spokeswoman for the MoD said: “We are watching the exercise closely.”", "UK Ministry of Defence"),
    # A German outlet's defence ministry is Germany's.
    ("Bild", "The Defence Ministry called the flights “a deliberate provocation”.", "German Ministry of Defence"),
    # A Russian outlet's General Staff is Russia's.
    ("Readovka", "The General Staff said the bridgehead had been “fully cleared”.",
     "General Staff of the Russian Armed Forces"),
])
def test_a_body_without_its_state_is_that_of_the_outlets_state(source, text, speaker):
    assert quote_speakers(text, source) == [speaker]


@pytest.mark.parametrize("source", ["Readovka", "Reuters"])
def test_according_to_a_title_and_name_the_person_speaks(source):
    text = ("According to the Chief of the General Staff Valery Gerasimov, the engineers “worked without rest” "
            "through the winter.")
    assert quote_speakers(text, source) == ["Valery Gerasimov"]
