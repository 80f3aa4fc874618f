"""dossier.extractors.speech.attributions.object_of_occasion: the object of "during", "amid", "following" right before
a verb of saying is no speaker ("Colonel Petrov, during the parade said"); read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _speakers(text: str) -> list[str | None]:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-09")], "source": ["X"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df.speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The head of the garrison, Major General Oleg Sazonov, during the parade said that the brigade had \"fought "
     "without a step back\".", "Oleg Sazonov"),
    ("Oleg Sazonov during the memorial service told the families their sons were \"heroes of two nations\".",
     "Oleg Sazonov"),
    ("Marina Kostenko, amid the shelling told reporters that the town was \"still standing\".", "Marina Kostenko"),
    ("The governor, Pavel Dronov, following the inspection stated that the bridge would be \"open by autumn\".",
     "Pavel Dronov"),
    ("Pavel Dronov throughout the hearing insisted that the figures were \"grossly inflated\".", "Pavel Dronov"),
])
def test_the_object_of_a_preposition_of_occasion_is_no_speaker(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_body_after_a_preposition_that_names_the_speaker_still_speaks():
    # "of" ties the body to the speaker: the head of the directorate, not an occasion.
    text = "The head of the border directorate said the crossing was \"closed until further notice\"."
    assert _speakers(text)[-1] not in (None, "Pavel Dronov")
    assert "directorate" in _speakers(text)[-1].lower() or "head" in _speakers(text)[-1].lower()
