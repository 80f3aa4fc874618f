"""A state's body its own speaker calls "our" (dossier.extractors.claims.claim_our_bodies): "our intelligence" and
"our military" in the words of a speaker of a state are that state's, on sentences written for the tests."""

import pytest

from dossier.extractors.claims.claim_our_bodies import our_noun, our_start, state_body_not_turn
from estimate_readings import signed_claimant

GOVERNOR = "Mykolaiv governor Vitaliy Kim's Telegram"  # a Ukrainian governor's own channel
HUR = "Ukrainian military intelligence (HUR)"


@pytest.mark.parametrize("words, noun", [
    ("our intelligence", "intelligence"),
    ("Our own intelligence services", "intelligence services"),
    ("our military", "military"),
    ("our analysis", None),  # the writer's own evidence, read elsewhere
    ("their intelligence", None),
    ("our military equipment", None),
])
def test_our_noun_is_a_state_bodys_noun_after_a_first_person_possessive(words, noun):
    assert our_noun(words) == noun


def test_our_start_reaches_back_to_a_lower_case_possessive_only_before_such_a_noun():
    sentence = "Hundreds of drones, our military says."
    at = sentence.index("military")
    assert our_start(sentence, at, at + len("military")) == sentence.index("our")
    other = "Hundreds of drones, our Mykolaiv says."
    at = other.index("Mykolaiv")
    assert our_start(other, at, at + len("Mykolaiv")) == at


@pytest.mark.parametrize("paragraph, quantity, body", [
    ("According to our intelligence, about 7,000 North Korean troops have reached the Bryansk region.", "about 7,000", HUR),
    ("Our intelligence services estimate that 40 trains of shells crossed the border in May.", "40", HUR),
    ("Tens of thousands of shells, our military says.", "Tens of thousands", "Ukrainian military"),
    ("According to our military, 150 North Korean soldiers were wounded near Sudzha.", "150", "Ukrainian military"),
])
def test_our_body_in_a_ukrainian_governors_post_is_ukraines(paragraph, quantity, body):
    assert signed_claimant(GOVERNOR, "Vitaliy Kim", quantity, "Good evening to everyone.", paragraph) == body


def test_our_intelligence_of_no_known_state_names_no_body():
    found = signed_claimant(None, None, "about 7,000",
                            "According to our intelligence, about 7,000 North Korean troops have reached the Bryansk region.")
    assert found != HUR


@pytest.mark.parametrize("paragraph, quantity, speaker", [
    # another's "our", reported by a verb or set inside quotation marks, is not the governor's state's
    ("Putin said that, according to our intelligence, 10,000 Ukrainian soldiers were encircled near Kursk.", "10,000",
     "Vladimir Putin"),
    ("\u201cAccording to our intelligence, 300 Polish soldiers have arrived,\u201d the Russian spokesman said.", "300",
     "Russian spokesman"),
])
def test_anothers_our_intelligence_in_a_post_stays_the_speakers(paragraph, quantity, speaker):
    assert signed_claimant(GOVERNOR, "Vitaliy Kim", quantity, paragraph) == speaker


def test_our_intelligence_closed_by_anothers_name_is_not_read_as_written():
    found = signed_claimant("Yonhap", None, "About 3,000", "About 3,000 soldiers arrived, our intelligence says \u2014 Budanov.")
    assert found not in ("our intelligence", "National Intelligence Service")


def test_our_intelligence_as_an_object_claims_nothing():
    found = signed_claimant(GOVERNOR, "Vitaliy Kim", "40", "The enemy underestimates our intelligence: 40 drones were shot down overnight.")
    assert found != HUR


def test_a_presidential_advisers_our_intelligence_authorities_are_the_states_service():
    found = signed_claimant(
        "South Korean presidential office briefing", None, "about 2,000",
        "Deputy National Security Adviser Park Min-jun: Good morning. I will brief you on today's meeting.",
        "According to our intelligence authorities, about 2,000 North Korean engineers have been moved to Russia.")
    assert found == "National Intelligence Service"


@pytest.mark.parametrize("turn, states", [
    ("South Korean Ministry of National Defense", False),  # a defence minister's "our military" is his ministry's
    ("South Korean government", True),  # an adviser to the president names by it the state's forces
    (None, True),  # a speaker who stands for no body
])
def test_our_military_in_a_turn_is_the_states_unless_the_speaker_briefs_for_a_body(turn, states):
    sentence = "Our military assesses that about 9,000 North Korean personnel are now in Russia."
    assert state_body_not_turn("Our military", turn, "SEOUL, May 2 (Yonhap) -- " + sentence, "Yonhap", sentence) is states


def test_reports_our_intelligence_has_not_confirmed_are_not_its_figure():
    found = signed_claimant(GOVERNOR, "Vitaliy Kim", "20,000",
                            "Our intelligence has not confirmed reports of 20,000 North Korean soldiers.")
    assert found != HUR


def test_the_head_of_our_intelligence_named_after_his_title_speaks_as_himself():
    found = signed_claimant(GOVERNOR, "Vitaliy Kim", "11,000",
                            "The head of our intelligence, Kyrylo Budanov, said 11,000 soldiers had arrived.")
    assert found == "Kyrylo Budanov"


def test_our_intelligence_answering_anothers_figure_claims_only_its_own():
    sentence = "Russian media claim that 10,000 soldiers arrived, but our intelligence says the figure is 3,000."
    assert signed_claimant(GOVERNOR, "Vitaliy Kim", "3,000", sentence) == HUR
    assert signed_claimant(GOVERNOR, "Vitaliy Kim", "10,000", sentence) == "Russian media"
