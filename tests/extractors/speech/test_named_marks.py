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


def test_a_member_given_a_call_sign_is_the_call_sign():
    text = ("Our sources in the units say the Koreans fought in several rotations.\n\n"
            "One of our platoon commanders, call sign \"Taiga\", told us: \"In March I saw twenty of theirs cross the "
            "field at once.\"")
    # (In a Russian war correspondent's post, "our" commanders are charted as Russian ones but for the call sign.)
    assert quote_speakers(text, source="Two Majors")[-1] == "Taiga"


def test_a_member_given_a_surname_alone_is_charted_by_the_group():
    # A surname alone ("Ri") is too common to name him: the group's role charts him, as before.
    text = ("Two North Korean soldiers captured in Kursk are held by Ukraine's security service.\n\n"
            "One of the prisoners, a rifleman identified only by his surname Ri, told a visiting lawmaker that he "
            "\"wants to go to South Korea.\"")
    assert quote_speakers(text)[-1] != "Ri"


def test_a_call_sign_told_of_in_the_clause_is_no_name_for_the_member():
    # "told us the call sign … was theirs": no apposition gives the commander a call sign; he is charted by his group.
    text = ("Our sources in the units say the Koreans fought in several rotations.\n\n"
            "One of our platoon commanders told us the call sign \"Taiga\" was theirs: \"In March I saw twenty of "
            "theirs cross the field at once.\"")
    assert quote_speakers(text)[-1] == "platoon commander"


@pytest.mark.parametrize("intro", [
    "The battalion, call sign “Grom,” attacked at dawn.",
    "The battalion, call sign Grom, attacked at dawn.",
])
def test_a_units_call_sign_names_no_one_a_later_he_could_be(intro):
    text = ("General Petro Marchenko praised the brigade on Monday.\n\n"
            f"{intro} “We held the ridge until noon,” he said.")
    assert quote_speakers(text)[-1] == "Petro Marchenko"


def test_a_call_sign_after_the_unit_a_person_is_of_is_the_persons():
    text = ("General Petro Marchenko praised the brigade on Monday.\n\n"
            "A sergeant of the battalion, call sign “Grom,” took part in the battle. He describes the prisoner as "
            "young. “He kept pointing at his mouth.”")
    assert quote_speakers(text)[-1] == "Grom"
