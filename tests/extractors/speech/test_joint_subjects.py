"""Two speakers joined by "and" as the subject speak together, as written
(dossier.extractors.speech.joint_subjects), on sentences written for the tests."""

from quote_readings import quote_speakers


def test_two_capitals_as_subject_speak_together():
    assert quote_speakers('Last year, Seoul and Tokyo dismissed the reports as "plainly fabricated".') == [
        "Seoul and Tokyo"]


def test_two_adjectives_of_one_noun_speak_together():
    assert quote_speakers('Russian and Chinese diplomats called the resolution "one-sided".') == [
        "Russian and Chinese diplomats"]


def test_two_people_are_no_pair():
    # Each leader is read as before: the joined names do not become one speaker.
    speakers = quote_speakers('Kim Jong Un and Vladimir Putin signed the pact, pledging "mutual assistance".')
    assert " and " not in (speakers[0] or "")


def test_a_pair_after_a_preposition_is_no_subject():
    text = ('The deal was described as "fully in line" with the Charter and the treaty, whose Article 4 obliges each '
            'side to act "without delay".')
    assert quote_speakers(text)[1] == "Treaty on Comprehensive Strategic Partnership"


def test_a_clause_after_a_comma_and_has_its_own_subject():
    assert quote_speakers('Washington said the drills would go on, and Seoul called them "purely defensive".') == [
        "South Korean government"]


def test_a_pair_as_object_leaves_the_subject_speaking():
    assert quote_speakers('The foreign ministry praised Seoul and Tokyo for their "firm stance".') == ["foreign ministry"]


def test_and_inside_a_body_name_is_no_pair():
    assert quote_speakers('The Ministry of Economy and Finance called the figures "unverified".') == [
        "South Korean Ministry of Economy and Finance"]


def test_a_pair_that_signed_a_treaty_leaves_the_treaty_its_words():
    text = 'Russia and North Korea signed a treaty in June that obliges each side to help "without delay".'
    assert quote_speakers(text) == ["Treaty on Comprehensive Strategic Partnership"]


def test_names_inside_the_quote_are_no_pair():
    assert quote_speakers('"Seoul and Tokyo are wrong," Lavrov said.') == ["Sergei Lavrov"]


def test_two_peoples_in_the_plural_speak_together():
    assert quote_speakers('The Poles and Lithuanians call the pact a "dangerous precedent".') == [
        "Poles and Lithuanians"]


def test_two_people_by_family_name_are_no_pair():
    speakers = quote_speakers('Sergei Lavrov met Choe Son Hui. Lavrov and Choe called the talks "productive".')
    assert " and " not in (speakers[0] or "")


def test_both_before_the_pair_is_not_written_with_it():
    assert quote_speakers('Both Seoul and Tokyo called the launch "a grave provocation".') == ["Seoul and Tokyo"]


def test_an_opening_phrase_is_no_item_of_the_pair():
    assert quote_speakers('On Tuesday, Seoul and Tokyo called the launch "a grave provocation".') == ["Seoul and Tokyo"]


def test_a_pair_closing_a_longer_list_is_not_the_subject():
    # "Japan and South Korea" alone would drop the list's first member.
    for text in ('The United States, Japan and South Korea called for "complete denuclearization".',
                 'Kim Jong Un, Japan and South Korea called for "complete denuclearization".'):
        assert quote_speakers(text) != ["Japan and South Korea"]


def test_and_inside_a_title_before_a_name_is_no_pair():
    assert quote_speakers('Research and Development Director Jane Roe called the shells "obsolete".') == ["Jane Roe"]


def test_and_inside_an_institute_name_is_no_pair():
    speakers = quote_speakers('The Institute for Defense and Security Studies called the deployment "a turning point".')
    assert speakers == ["Institute for Defense and Security Studies"]
