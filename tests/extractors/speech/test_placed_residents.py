"""Someone unnamed known by where they live is labelled by nationality, role and place ("Russian resident of
Glushkovo"; dossier.extractors.speech.placed_residents); on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, source, speaker", [
    # The place's state (data/claimant_places.csv), whatever outlet reports it.
    ("“The fields are mined still,” a resident of Sudzha told the paper. “Nobody goes there,” he said.",
     "Reuters", "Russian resident of Sudzha"),
    ("“We hear the trucks at night,” one woman from Lgov said.", "BBC", "Russian resident of Lgov"),
    # A capital: its state's.
    ("“The shops close early now,” a resident of Pyongyang told the station.", "RFA", "North Korean resident of Pyongyang"),
    # A village no vocabulary knows: the state the outlet writes from.
    ("“They come at dawn and leave at dusk,” a resident of Zapolnoye told us.", "Mediazona",
     "Russian resident of Zapolnoye"),
])
def test_a_resident_is_labelled_by_nationality_and_place(text, source, speaker):
    assert set(quote_speakers(text, source)) == {speaker}


def test_a_resident_of_a_place_no_state_is_told_for_keeps_the_accounts_label():
    assert quote_speakers("“The road is closed,” a resident of Zapolnoye told reporters.", "Reuters") == [
        "anonymous resident in Zapolnoye"]


def test_a_source_in_a_province_is_no_resident():
    got = quote_speakers("“Rice is dear,” a source in Ryanggang province told the agency.", "Daily NK")
    assert got == ["anonymous source in Ryanggang province"]


@pytest.mark.parametrize("text, speaker", [
    # A district or an oblast after the place's name is part of where they live (data/place_units.csv).
    ("“The school has no roof,” a woman from Lgov district told me.", "Russian resident of Lgov district"),
    ("“We sleep in the cellar,” a resident of Sudzha raion said.", "Russian resident of Sudzha raion"),
])
def test_a_resident_s_place_takes_the_unit_written_after_its_name(text, speaker):
    assert quote_speakers(text, "Reuters") == [speaker]
