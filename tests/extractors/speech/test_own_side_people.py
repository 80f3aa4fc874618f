"""A bare soldier's role in a report by a writer at war is of the writer's side ("soldiers" in a Ukrainian outlet:
Ukrainian soldiers; dossier.extractors.speech.own_side_people); on sentences written for the tests."""

import pytest

from quote_readings import quote_speakers


@pytest.mark.parametrize("text, source, speaker", [
    ("The guns fired all night. In a video the soldiers wrote that the shells were a “Korean gift”.", "Ukrainska Pravda",
     "Ukrainian soldiers"),
    ("The fields are still mined. “We clear a hectare a day,” the sappers said.", "Rossiya 24", "Russian sappers"),
])
def test_a_bare_soldiers_role_is_the_writers_side(text, source, speaker):
    assert quote_speakers(text, source) == [speaker]


@pytest.mark.parametrize("text, source", [
    # A writer at no war tells no side by a role alone.
    ("The guns fired all night. In a video the soldiers wrote that the shells were a “Korean gift”.", "Reuters"),
    # Nor is a role that is no soldier's charted so.
    ("The museum opened in May. “It is a temple of memory,” the guides said.", "Ukrainska Pravda"),
])
def test_no_side_without_a_writer_at_war_or_a_soldiers_role(text, source):
    assert not any(s and s.startswith("Ukrainian") for s in quote_speakers(text, source))


@pytest.mark.parametrize("text, source, speaker", [
    # A Russian writer's enemy is the Ukrainian side, even when a Ukrainian body is quoted next.
    ("The enemy writes about “thousands of dead Koreans”. The General Staff of the AFU claimed “great victories”.",
     "Rybar", "Ukrainian government"),
    # A Ukrainian writer's is the Russian side.
    ("The enemy again claims to have taken “full control” of the village.", "Ukrainska Pravda", "Russian government"),
])
def test_the_enemy_of_a_writer_at_war_is_the_other_side(text, source, speaker):
    assert quote_speakers(text, source)[0] == speaker


def test_the_enemy_of_a_writer_at_no_war_stays_as_read():
    assert quote_speakers("The enemy again claims to have taken “full control” of the village.", "Reuters") == ["enemy"]
