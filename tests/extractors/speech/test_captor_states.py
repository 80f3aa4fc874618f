"""A prisoner of war is never of the state holding him (dossier.extractors.speech.captor_states, read by
charted_people), on sentences written for the tests."""

import pytest

from dossier.extractors.speech.captor_states import captor_states
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, states", [
    ("Both men are kept in a Ukrainian detention facility near Lviv.", {"ukraine"}),
    ("Ukraine has managed to capture two of them alive.", {"ukraine"}),
    ("Their families wait for sons in Russian captivity.", {"russia"}),
    # A state's name that does nothing to prisoners holds none.
    ("Ukraine has asked Seoul for more shells.", set()),
    # Soldiers of a state who were captured, or its nationals taken: prisoners, not captors.
    ("Three nationals of the DPRK who were captured last week are in hospital.", set()),
    ("North Korean soldiers captured in the forest were moved to Kyiv.", set()),
])
def test_captor_states(text, states):
    assert captor_states(text) == states


@pytest.mark.parametrize("text", [
    # The soldiers nearest before "the younger prisoner" are his captors, who approached him; he is of the others.
    ("Two North Korean soldiers sent to the Kursk front are the only ones Ukraine captured there. One was hurt when "
     "Ukrainian troops reached his trench.\n\n“I want to see my mother,” the younger prisoner said."),
    # Soldiers of the holding state held elsewhere are other prisoners, not his side.
    ("Ukraine wants to swap the two North Korean soldiers for Ukrainian soldiers held prisoner in Russia. Seoul says "
     "it would take the prisoners.\n\n"
     "A lawmaker met one of them in a Ukrainian detention centre, where the 21-year-old soldier said: “I will not "
     "go home.”"),
])
def test_prisoner_not_of_the_state_holding_him(text):
    speakers = quote_speakers(text)
    assert speakers and "Ukrainian" not in (speakers[-1] or "")
    assert speakers[-1] in ("captured North Korean soldier", "North Korean prisoner of war")


@pytest.mark.parametrize("text, states", [
    # A verb of taking takes people: a town, a line, talks or a parade are no prisoners.
    ("Russia captured the village of Nikolaevo-Darino after a week of fighting.", set()),
    ("Ukraine holds the line east of Pokrovsk despite the losses.", set()),
    ("North Korea holds a torchlight parade every autumn.", set()),
    ("Russia holds talks with Pyongyang on Tuesday.", set()),
    ("Ukraine captured the assault on a helmet camera.", set()),
    ("Russia holds hundreds of Ukrainian prisoners of war.", {"russia"}),
    ("Russia holds 1,300 Ukrainian servicemen in its camps.", {"russia"}),
    ("Ukraine has captured a third North Korean soldier, Kyiv says.", {"ukraine"}),
    # A state's prisons hold its own convicts: no captor of prisoners of war.
    ("Defectors say a man sent home would end in a North Korean prison camp.", set()),
])
def test_a_state_holds_prisoners_only_of_people_it_takes(text, states):
    assert captor_states(text) == states


@pytest.mark.parametrize("aside", [
    "North Korea holds a torchlight parade every autumn.",
    "Defectors say a man sent home would end in a North Korean prison camp.",
])
def test_a_prisoner_is_of_his_own_side_when_his_state_holds_no_one(aside):
    text = ("Two North Korean soldiers were captured in Kursk in January and are held by Ukraine. Russian troops had "
            f"fought beside them. {aside}\n\n“I want to go to Seoul,” the younger prisoner said.")
    assert quote_speakers(text) == ["captured North Korean soldier"]
