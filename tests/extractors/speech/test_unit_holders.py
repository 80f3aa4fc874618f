"""Someone unnamed named by the unit they serve in is charted by the unit's state, its words and their role
(dossier.extractors.speech.unit_holders, through charted_people); on sentences written for the tests."""

import pytest

from dossier.extractors.speech.unit_holders import unit_holder, writer_state
from quote_readings import quote_speakers


@pytest.mark.parametrize("text, source, speaker", [
    # An officer of a unit: the unit's words, as a commander's.
    ("“The shelling never stops,” an officer of a Ukrainian mechanized brigade told the paper.", "Reuters",
     "Ukrainian mechanized brigade officer"),
    # One of several units: a member serves in one of them, in the singular.
    ("“We hold the bridge,” the commander of one of the Russian pontoon battalions said.", "Reuters",
     "Russian pontoon battalion commander"),
    # "our" units: the side the outlet writes from.
    ("North Korean troops attacked at dawn. The commander of one of our mortar batteries told us: “They came in waves.”",
     "Ukrainska Pravda", "Ukrainian mortar battery commander"),
    # A work unit's head.
    ("“Nobody here speaks Korean,” the head of a roofing company told Meduza.", "Meduza", "Russian roofing company head"),
])
def test_the_one_of_a_unit_is_charted_by_the_units_state_and_words(text, source, speaker):
    assert quote_speakers(text, source)[-1] == speaker


def test_a_writer_at_war_tells_of_their_own_sides_units():
    # A unit with no nationality in a post from a state at war is that state's, not the enemy's told of before.
    text = ("The North Korean troops attacked near the river for a week. The commander of one of the battalions "
            "reported: “They did not stop at the wire.”")
    assert quote_speakers(text, "Oleksandr Syrskyi's Telegram")[-1] == "Ukrainian battalion commander"
    assert writer_state("Today I met the troops.", "Oleksandr Syrskyi's Telegram") == "ukraine"
    assert writer_state("Today I met the troops.", "Someone Unknown's Telegram") == ""


def test_the_unit_named_before_keeps_its_words():
    text = ("The sapper regiment came home in May after a year in the Kursk region. A commander of the regiment said: "
            "“Every field is clear now.”")
    assert quote_speakers(text, "KCNA")[-1] == "North Korean sapper regiment commander"


def test_someone_met_again_by_a_pronoun_is_charted_as_first_mentioned():
    text = ("The head of a plastering company in Tver told Meduza that the workers are cheap. “They sleep on the "
            "site,” he said.")
    assert quote_speakers(text, "Meduza") == ["Russian plastering company head"]


@pytest.mark.parametrize("text, speaker_text, role, unit, ours", [
    ("The commander of one of our drone units said", "our drone units", "commander", "drone unit", True),
    ("an officer of a Ukrainian assault brigade told", "an officer", "an officer", "Ukrainian assault brigade", False),
    ("The head of a construction company in Omsk told", "The head of a construction company", "The head",
     "construction company", False),
])
def test_the_phrase_is_read_whichever_part_is_the_subject(text, speaker_text, role, unit, ours):
    got = unit_holder(text, speaker_text, text.index(speaker_text))
    assert (got.role, got.unit, got.ours) == (role, unit, ours)


def test_a_unit_of_another_unit_is_not_read_as_the_first():
    text = "the commander of an artillery battery of one of the brigades said"
    assert unit_holder(text, "the commander", 0) is None
