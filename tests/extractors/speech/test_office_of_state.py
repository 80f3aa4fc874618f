"""An office named by its title and its state after "of" ("the President of Ukraine said"): its holder on the day
of publication (dossier.extractors.speech.office_holders), on sentences written for the tests."""

import pytest

from quote_readings import quote_readings


def _speaker(text: str, source: str, published: str) -> str | None:
    (speaker, _, _), = quote_readings(text, source, published)
    return speaker


@pytest.mark.parametrize("text, published, speaker", [
    ("At the summit the President of Ukraine said the front would hold “through the winter”.", "2025-03-02",
     "Volodymyr Zelensky"),
    ("The Secretary of State of the United States said on Monday that the troops were “already in Kursk”.",
     "2024-11-12", "Antony Blinken"),
    ("The Secretary of State of the United States said on Monday that the troops were “already in Kursk”.",
     "2025-06-12", "Marco Rubio"),
])
def test_a_title_with_its_state_after_of_names_its_holder(text, published, speaker):
    assert _speaker(text, "Polskie Radio", published) == speaker


@pytest.mark.parametrize("text", [
    # Said in an earlier year: not the holder on the day of publication.
    "In 2022, the President of Ukraine said the front would hold “through the winter”.",
    # "the Secretary of State" is America's title only: of another state it names no holder the vocabulary knows.
    "The Secretary of State of Ukraine said the talks were “going nowhere”.",
])
def test_a_title_with_its_state_after_of_names_no_holder_when_out_of_its_day_or_office(text):
    assert _speaker(text, "Polskie Radio", "2025-03-02") not in ("Volodymyr Zelensky", "Marco Rubio")


@pytest.mark.parametrize("text, speaker", [
    # The title after a preposition or "and" is part of a longer subject: someone else speaks.
    ("At the forum an adviser to the President of Ukraine said the front would hold “for months”.", "Ukrainian government"),
    ("At the forum the office of the President of Ukraine said the front would hold “for months”.",
     "Office of the President of Ukraine"),
    ("At the forum a spokesman for the President of Ukraine said the front would hold “for months”.",
     "Ukrainian government"),
])
def test_a_title_inside_a_longer_subject_names_no_holder(text, speaker):
    assert _speaker(text, "Polskie Radio", "2025-03-02") == speaker


def test_a_title_after_and_names_no_holder():
    text = "The President of Ukraine and the Prime Minister of Poland said the front would hold “for months”."
    assert _speaker(text, "Polskie Radio", "2025-03-02") not in ("Donald Tusk", "Volodymyr Zelensky")


def test_a_year_in_the_titles_own_clause_dates_it_before_publication():
    # (Said in 2023: Joe Biden's words, not those of the holder on the day of publication.)
    text = "The President of the United States said in 2023 that the troops were “a grave threat”."
    assert _speaker(text, "Polskie Radio", "2025-06-12") != "Donald Trump"
