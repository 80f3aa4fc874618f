"""A collective named by a common noun ("the bloc", "the Korean side", "the regime") is a body, never a person a later
"he" or "she" may stand for; read through dossier.quotes."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, speaker", [
    ("EU foreign policy chief Jane Roe said the bloc was responding to \"a direct threat.\" \"The shells fall on our "
     "cities,\" she said.", "Jane Roe"),
    ("Particular attention was paid to tourism.\n\nSergei Lavrov also noted that the Korean side expressed support "
     "for the positions of Russia at the UN. \"Our countries stand together,\" he said.", "Sergei Lavrov"),
    ("Andrei Lankov said the regime had told its people little. \"The families know nothing,\" he said in an "
     "interview.", "Andrei Lankov"),
])
def test_a_pronoun_after_a_collective_subject_is_the_person_named(text, speaker):
    assert quote_speakers(text)[-1] == speaker
