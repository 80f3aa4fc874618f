"""A speaker named before by an office's title ("Minister of National Defense Choi Min-soo") who gives a figure in a
transcript's turn in the first person ("We assess ...") speaks for the office's body; in their own words, they are
the person."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

_OPENING = "[Record of the committee. Minister of National Defense Choi Min-soo and Secretary of Defense Jane Doe present.]"


@pytest.mark.parametrize("turn, quantity, claimant", [
    ("Minister Choi Min-soo: We assess that about 7,000 North Korean soldiers remain in Russia.", "about 7,000",
     "South Korean Ministry of National Defense"),
    ("Minister Choi: Our military estimates some 1,800 casualties among the deployed units.", "some 1,800",
     "South Korean Ministry of National Defense"),
    ("MINISTER CHOI: By our count, North Korea has shipped 120 launchers since spring.", "120",
     "South Korean Ministry of National Defense"),
    ("Secretary Doe: We believe around 3,000 more troops are in training.", "around 3,000", "the Pentagon"),
])
def test_a_ministers_first_person_turn_is_the_ministrys(turn, quantity, claimant):
    paragraphs = (_OPENING, "Rep. Lee Ji-won: Minister, how many troops are there now?", turn,
                  "Rep. Lee Ji-won: Thank you.", turn.split(":")[0] + ": That is all I can say.")
    assert claim_in("National Assembly committee record", quantity, *paragraphs) == claimant


def test_a_ministers_own_words_stay_the_persons():
    # No first person: the minister states the figure as a person, not as the ministry's assessment.
    paragraphs = (_OPENING, "Rep. Lee Ji-won: Minister, how many troops are there now?",
                  "Minister Choi Min-soo: About 7,000 North Korean soldiers remain there, the reports say.",
                  "Rep. Lee Ji-won: Thank you.", "Minister Choi Min-soo: That is all.")
    assert claim_in("National Assembly committee record", "About 7,000", *paragraphs) != "South Korean Ministry of National Defense"


def test_a_title_of_no_office_names_no_body():
    # "Representative" names no office's body: the speaker's "we" is read as before.
    opening = "[Record of the committee. Representative Park Min-ho present.]"
    paragraphs = (opening, "Rep. Lee Ji-won: How many troops are there now?",
                  "Representative Park Min-ho: We assess that about 7,000 soldiers remain.", "Rep. Lee Ji-won: Thank you.",
                  "Representative Park Min-ho: That is all.")
    assert claim_in("National Assembly committee record", "about 7,000", *paragraphs) != "South Korean Ministry of National Defense"


@pytest.mark.parametrize("source, turn, quantity, claimant", [
    # In a body's own briefing, the official labelled by full name speaks for the body with "we" or "our".
    ("Ministry of Foreign Affairs of Moldova", "Olga Rusu: We have information that some 2,000 North Korean soldiers reached Kursk.",
     "some 2,000", "Ministry of Foreign Affairs of Moldova"),
    ("Ministry of Foreign Affairs of Moldova", "Olga Rusu: Our estimate is that about 600 North Korean troops were wounded.",
     "about 600", "Ministry of Foreign Affairs of Moldova"),
    # In their own words, the official is the person.
    ("Ministry of Foreign Affairs of Moldova", "Olga Rusu: Russia has fired more than 40 North Korean missiles so far.",
     "more than 40", "Olga Rusu"),
    ("Embassy of Ukraine in Japan", "Taras Melnyk: We estimate that about 300 North Korean soldiers were killed near the border.",
     "about 300", "Embassy of Ukraine in Japan"),
])
def test_a_named_official_of_a_bodys_own_briefing(source, turn, quantity, claimant):
    paragraphs = (turn.split(":")[0] + ": Good afternoon.", "Question (Radio): How many troops are there?", turn,
                  "Question (Radio): Thank you.")
    assert claim_in(source, quantity, *paragraphs) == claimant


def test_a_named_speaker_of_a_newspapers_interview_is_no_bodys():
    # A newspaper's transcript: no body's own briefing, so "we" names no body the source is.
    paragraphs = ("Olga Rusu: Good afternoon.", "Question: How many troops are there?",
                  "Olga Rusu: We have information that some 2,000 North Korean soldiers reached Kursk.", "Question: Thank you.")
    assert claim_in("Daily Courier", "some 2,000", *paragraphs) != "Daily Courier"


def test_an_officials_i_is_not_the_bodys_assessment():
    # "I" speaks for the official alone: a figure she recalls others giving is no assessment of her ministry.
    paragraphs = ("Olga Rusu: Good afternoon.", "Question (Radio): How many troops are there?",
                  "Olga Rusu: I recall that the western press first wrote of 8,000 North Korean soldiers.",
                  "Question (Radio): Thank you.")
    assert claim_in("Ministry of Foreign Affairs of Moldova", "8,000", *paragraphs) != "Ministry of Foreign Affairs of Moldova"
