"""dossier.extractors.mentions.mention_vocab.unnamed_sources: where a source is, never a state's adjective before a
noun of its own ("a source in Ukrainian military intelligence" is in a body, not in a place "Ukrainian")."""

from quote_readings import quote_speakers


def test_a_source_in_a_body_named_with_its_states_adjective_is_no_source_in_a_place():
    text = ("Kyiv says the guidance of the missiles has changed. A source in Ukrainian military intelligence told "
            "reporters the missiles had \"become far more accurate\".")
    assert quote_speakers(text) == ["Ukrainian military intelligence (HUR)"]


def test_a_source_in_a_province_keeps_the_place():
    text = "A source in Ryanggang Province said that the families were \"told nothing at all\"."
    assert quote_speakers(text) == ["anonymous source in Ryanggang Province"]


def test_a_source_in_a_body_named_with_its_states_adjective_is_still_a_source():
    text = "A source in Russian military counterintelligence said the convoys were \"moving every night\"."
    assert quote_speakers(text) == ["anonymous source"]
