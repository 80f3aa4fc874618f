"""States beyond the five the vocabularies chart by group (data/states.csv, data/home_states.csv): an article from one of
them finds its home by its outlet or its parliament's own name, and reads an unnamed ministry, official or "our"
body as that state's, on sentences written for the tests."""

import pytest

from dossier.extractors.mentions.mention_vocab import home_state
from estimate_readings import signed_claimant
from quote_readings import quote_readings


@pytest.mark.parametrize("source, state", [
    # A parliament's own name anywhere in a record's source, in brackets or after a comma.
    ("Parliament of Latvia (Saeima), sitting transcript", "latvia"),
    ("Minutes of the Eduskunta, written questions", "finland"),
    ("Stortinget – referat", "norway"),
    ("Houses of the Oireachtas, Seanad and Dáil record", "ireland"),
    # A national paper, and a site by its country code.
    ("Helsingin Sanomat", "finland"),
    ("nrk.no", "norway"),
])
def test_a_record_or_a_national_paper_is_written_from_its_state(source, state):
    assert home_state("", source) == state


@pytest.mark.parametrize("source", [
    "Sejmik of the Masovian Voivodeship",  # a word that only holds a parliament's name is not it
    "Parliamentary Review of Europe",  # a legislature's word that names no state
    "Riddle",
])
def test_a_name_that_holds_no_parliaments_own_name_tells_no_state(source):
    assert home_state("", source) == ""


def test_a_ministry_named_without_its_state_in_a_national_paper_is_its_states():
    text = "“The deployment breaks three resolutions,” the Ministry of Foreign Affairs said in a written comment."
    assert [r[0] for r in quote_readings(text, source="Aftenposten")] == ["Norwegian Ministry of Foreign Affairs"]


def test_a_ministry_whose_state_is_named_keeps_the_name_as_written():
    text = "“The deployment breaks three resolutions,” the Norwegian Ministry of Foreign Affairs said in a comment."
    assert [r[0] for r in quote_readings(text, source="Aftenposten")] == ["Norwegian Ministry of Foreign Affairs"]


def test_a_ministry_of_another_state_in_a_national_paper_is_not_the_papers():
    text = "“The deployment breaks three resolutions,” the Japanese Ministry of Foreign Affairs said on Monday."
    assert [r[0] for r in quote_readings(text, source="Aftenposten")] == ["Japanese Ministry of Foreign Affairs"]


def test_a_western_diplomat_in_a_national_paper_is_no_citizen_of_its_state():
    text = "“The bill is paid in technology,” a western diplomat told the paper in Oslo."
    assert [r[0] for r in quote_readings(text, source="Aftenposten")] == ["western diplomat"]


RECORD = [
    "**Question 2**",
    "**Kari Nordby (A)** [10:14:02]: My question is to the Minister of Defence. What assessment does the Government "
    "make of the soldiers sent to Russia?",
    "**Minister of Defence Ola Berg** [10:16:40]: Our assessment, shared with our allies, is that about 9,000 North "
    "Korean soldiers are now in Russia.",
]


def test_a_ministers_our_assessment_in_the_storting_is_the_norwegian_governments():
    assert signed_claimant("Norwegian Storting debate record", None, "about 9,000", *RECORD) == "Norwegian government"


def test_the_same_words_in_a_national_papers_own_voice_are_not_the_governments():
    assert signed_claimant("Aftenposten", None, "about 9,000", *RECORD) != "Norwegian government"


@pytest.mark.parametrize("source, claimant", [
    ("Riigikogu (Parliament of Estonia) – verbatim record", "Estonian Defence Forces"),
    ("Parliament of Finland (Eduskunta), plenary record", "Finnish Defence Forces"),
])
def test_our_defence_forces_in_a_ministers_answer_are_his_states(source, claimant):
    answer = ("**Minister of Defence Jaan Tamm:** Thank you. The losses are heavy: more than 900 Russian soldiers are "
              "killed or wounded each day, according to our Defence Forces.")
    assert signed_claimant(source, None, "more than 900", answer) == claimant


def test_our_defence_forces_in_anothers_reported_words_are_not_the_records_state():
    answer = ("**Minister of Defence Jaan Tamm:** Thank you. Zelensky said that more than 900 Russian soldiers are "
              "killed or wounded each day, according to our Defence Forces.")
    assert signed_claimant("Riigikogu (Parliament of Estonia) – verbatim record", None, "more than 900", answer) != (
        "Estonian Defence Forces")


def test_an_official_of_another_named_state_in_a_national_paper_is_that_states():
    text = "“We are watching closely,” a Japanese official said on Monday."
    assert [r[0] for r in quote_readings(text, source="Aftenposten")] == ["Government of Japan"]


def test_a_papers_own_our_intelligence_is_not_its_states_service():
    # A newspaper writes in its own voice, not its state's: "our" there names no body of the state.
    claimant = signed_claimant("Aftenposten", None, "about 9,000",
                               "According to our intelligence, about 9,000 North Korean soldiers are now in Russia.")
    assert claimant not in ("Norwegian intelligence", "Norwegian Intelligence Service")


@pytest.mark.parametrize("text, source, speaker", [
    # A department named without its state, as many states name their foreign ministry, is the paper's state's.
    ("“We follow the exchange closely,” the Department of Foreign Affairs said in Manila.", "Rappler",
     "Philippine Department of Foreign Affairs"),
    ("The Federal Department of Foreign Affairs said it watches the talks “with great care”.", "Le Temps",
     "Swiss Federal Department of Foreign Affairs"),
])
def test_a_department_named_without_its_state_is_the_papers_states(text, source, speaker):
    assert [r[0] for r in quote_readings(text, source=source)] == [speaker]


@pytest.mark.parametrize("text, source, speaker", [
    # A body named after a place below the state is that place's; no state is written before it.
    ("The Kursk Police Department called the arrests “routine checks”.", "TASS", "Kursk Police Department"),
    ("The Kursk Health Ministry called the figures “routine”.", "TASS", "Kursk Health Ministry"),
    # With no home the paper tells, the name stays as written.
    ("“We follow the exchange closely,” the Department of Foreign Affairs said.", "Reuters",
     "Department of Foreign Affairs"),
])
def test_a_department_of_a_place_or_of_no_home_keeps_its_name(text, source, speaker):
    assert [r[0] for r in quote_readings(text, source=source)] == [speaker]
