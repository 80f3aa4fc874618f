"""dossier.extractors.mentions.mention_forms.person_form: a name a relative "who" follows ("Lukas Brenner, who
teaches in Graz,") is a person's, whatever its given name, so a later "he" may stand for them."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("opening", [
    "For Lukas Brenner, who teaches at the military academy in Graz, the lesson is plain.",
    "Lukas Brenner, who teaches at the military academy in Graz, sees the lesson plainly.",
])
def test_he_after_a_name_a_relative_who_follows_is_that_person(opening):
    text = ("Ukraine's intelligence chief Kyrylo Budanov said on Monday that the missiles had improved.\n\n"
            f"{opening} “Every launch teaches the engineers something,” he told the newspaper.")
    assert quote_speakers(text)[-1] == "Lukas Brenner"


def test_a_body_a_relative_who_follows_is_no_person():
    # "who" after a body's name (a lawmaker of the party) makes no person of the party.
    text = ("Ukraine's intelligence chief Kyrylo Budanov said on Monday that the missiles had improved.\n\n"
            "A member of the Freedom Union Party, who attended the briefing, agreed. “It is worse than we thought,” "
            "he told the newspaper.")
    assert quote_speakers(text)[-1] != "Freedom Union Party"
