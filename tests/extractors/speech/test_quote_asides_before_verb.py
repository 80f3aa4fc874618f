"""dossier.extractors.speech.subject_forms: what may stand between a subject and its verb of saying and tells only
where or when the words were said ("Zelensky in one of his evening addresses said", "at some point claimed"); read
through dossier.quotes."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text", [
    "The agency reported \"over 4,000\" losses in January, and Jane Roe in one of her evening addresses said that "
    "the enemy had lost \"up to 3,000\" in a week.",
    "The agency reported \"over 4,000\" losses in January, and Jane Roe in her weekly video message said that the "
    "enemy had lost \"up to 3,000\" in a week.",
    "The agency reported \"over 4,000\" losses in January, and Jane Roe at some point claimed that the enemy had "
    "lost \"up to 3,000\" in a week.",
])
def test_the_speaker_s_own_address_between_subject_and_verb_is_no_subject(text):
    assert quote_speakers(text)[-1] == "Jane Roe"


@pytest.mark.parametrize("text, speaker", [
    # Capitalised words naming the speaker's own speech are no subject either (the reviewer's sentence).
    ("Kim Jong Un in his New Year speech said the country would build “more powerful” weapons.", "Kim Jong Un"),
    ("Jane Roe in her Sunday Night Address said the strikes were “only the start”.", "Jane Roe"),
])
def test_a_capitalised_name_of_the_speaker_s_own_speech_is_no_subject(text, speaker):
    assert quote_speakers(text) == [speaker]
