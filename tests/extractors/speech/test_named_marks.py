"""dossier.extractors.speech.named_marks: a call sign in marks that introduces someone is their name for the account,
so a later "he" stands for them, not for the last person the article named in full."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("intro", [
    "A sergeant from one of the assault brigades, call sign “Volk,” took part in the battle in January.",
    "A sergeant who gives his call sign as \"Volk\" took part in the battle in January.",
])
def test_he_after_a_call_sign_in_marks_is_its_holder(intro):
    text = ("General Petro Marchenko praised the brigade on Monday.\n\n"
            f"{intro} He describes the prisoner as young and frightened. “He kept pointing at his mouth. We thought he "
            "wanted water.”")
    assert quote_speakers(text)[-1] == "Volk"


def test_a_one_word_quote_after_no_introduction_stays_masked():
    # "Brothers" in marks is words someone said, not a name: the account does not read it as a person.
    text = ("General Petro Marchenko praised the brigade on Monday. He called the enemy's allies “Brothers” in jest. "
            "“They will not stay long,” he said.")
    assert quote_speakers(text)[-1] == "Petro Marchenko"
