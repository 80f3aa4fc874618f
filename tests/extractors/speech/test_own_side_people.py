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


@pytest.mark.parametrize("text, source, speakers", [
    # A Russian writer's enemy is the Ukrainian side, even when a Ukrainian body is quoted next.
    ("The enemy writes about “thousands of dead Koreans”. The General Staff of the AFU claimed “great victories”.",
     "Rybar", ["Ukrainian government", "General Staff of the Armed Forces of Ukraine"]),
    # A Ukrainian writer's is the Russian side.
    ("The enemy again claims to have taken “full control” of the village.", "Ukrainska Pravda", ["Russian government"]),
    ("The launch came at dawn. The enemy has already rushed to declare that “dozens” of launchers burned.", "Rybar",
     ["Ukrainian government"]),
    # North Korean soldiers fight on a Russian writer's own side: the enemy is still Ukraine.
    ("North Korean soldiers held the village. The enemy claims it is “fully liberated”.", "Rybar", ["Ukrainian government"]),
])
def test_the_enemy_of_a_writer_at_war_is_the_other_side(text, source, speakers):
    assert quote_speakers(text, source) == speakers


@pytest.mark.parametrize("text, source", [
    # The reviewer's: a deed on the battlefield, or words beside troops of a third state, are no government's.
    ("North Korean units attacked near Sudzha overnight. The enemy shouted “hurrah” in Korean as it advanced, our "
     "scouts said.", "Ukrainska Pravda"),
    ("The enemy says the Korean units are “elite”.", "Kyiv Independent"),
    # Ours: a claim beside a third state's troops may be theirs.
    ("North Korean soldiers attacked near Sudzha. The enemy claims the village is “fully liberated”.", "Ukrainska Pravda"),
    ("Our drone operators listened in. The enemy commander ordered his men to “hold at any cost”.", "Ukrainska Pravda"),
])
def test_the_enemy_on_the_battlefield_or_beside_a_third_states_troops_is_no_government(text, source):
    assert not any(s and s.endswith("government") for s in quote_speakers(text, source))


def test_the_adversary_is_no_side():
    # The reviewer's: to Russian state media the adversary is most often the West.
    text = "Lavrov spoke in Pyongyang. The adversary says it wants “strategic defeat” for Russia."
    assert quote_speakers(text, "TASS") == ["adversary"]


def test_the_enemy_of_a_writer_at_no_war_stays_as_read():
    assert quote_speakers("The enemy again claims to have taken “full control” of the village.", "Reuters") == ["enemy"]
