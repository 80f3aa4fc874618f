"""An office named by its title alone read as its holder on the day of publication
(dossier.extractors.speech.office_holders), on sentences written for the tests."""

import datetime as dt

import pytest

from dossier.extractors.speech.office_holders import holder_on, office_holder, publication_day
from quote_readings import quote_readings


def _speaker(text: str, source: str, published: str) -> str | None:
    (speaker, _, _), = quote_readings(text, source, published)
    return speaker


@pytest.mark.parametrize("text, source, published, speaker", [
    # The state's word in the title names the office; the day of publication names its holder.
    ("The U.S. Secretary of State said the drills were “a dangerous escalation.”", "Reuters", "2024-11-20",
     "Antony Blinken"),
    ("The U.S. Secretary of State said the drills were “a dangerous escalation.”", "Reuters", "2025-03-12",
     "Marco Rubio"),
    ("South Korea's defence minister said the North had “crossed a line.”", "Reuters", "2024-10-08",
     "Kim Yong-hyun"),
    ("The German Chancellor said the deployment was “a grave step.”", "Reuters", "2025-06-10", "Friedrich Merz"),
    # A title of one state's own office names its state by its own words.
    ("The Kremlin spokesman said the talks had been “useful.”", "Reuters", "2025-02-01", "Dmitry Peskov"),
    # No state's word: the state the article is written from, as its readers take "the President".
    ("The president said the launch was “an open provocation.”", "Yonhap", "2024-06-02", "Yoon Suk Yeol"),
    ("The president said the launch was “an open provocation.”", "Yonhap", "2025-09-02", "Lee Jae-myung"),
    ("As the Prime Minister put it, Tokyo would “not look away.”", "Kyodo", "2025-01-15", "Shigeru Ishiba"),
    ("As the Prime Minister put it, Tokyo would “not look away.”", "Kyodo", "2025-11-15", "Sanae Takaichi"),
    ("Our Commander-in-Chief said the line would “hold at any cost.”", "Ukrinform", "2023-11-01",
     "Valerii Zaluzhnyi"),
    ("Our Commander-in-Chief said the line would “hold at any cost.”", "Ukrinform", "2024-05-01",
     "Oleksandr Syrskyi"),
    ("The Defence Secretary said the reports were “deeply troubling.”", "Guardian", "2024-03-01", "Grant Shapps"),
])
def test_a_title_alone_names_its_holder_on_the_day_of_publication(text, source, published, speaker):
    assert _speaker(text, source, published) == speaker


@pytest.mark.parametrize("text, source, published", [
    # An article from no known state leaves "the president" unread as anyone's.
    ("The president said the launch was “an open provocation.”", "Reuters", "2024-06-02"),
    # A former holder, or one of many, is no one holder of the office now.
    ("A former president said the launch was “an open provocation.”", "Yonhap", "2024-06-02"),
    # Between South Korea's removal of its president and the next one's inauguration the office had no holder.
    ("The president said the launch was “an open provocation.”", "Yonhap", "2025-05-02"),
])
def test_a_title_with_no_one_holder_is_no_holder(text, source, published):
    assert _speaker(text, source, published) not in ("Yoon Suk Yeol", "Lee Jae-myung")


def test_a_bare_title_after_another_state_s_holder_named_by_it_is_left_to_the_article():
    text = ("President Vladimir Putin met the envoy in Moscow on Monday. "
            "The president said the two sides would “build on the treaty.”")
    assert _speaker(text, "Yonhap", "2024-11-20") != "Yoon Suk Yeol"


def test_a_bare_title_after_a_person_the_article_names_keeps_that_person():
    # (A Seoul paper's "the president" after Trump alone: the article's own reading, not Seoul's president.)
    text = "Donald Trump met the envoys in Washington on Monday. The president said the talks were “very good.”"
    assert _speaker(text, "Yonhap", "2025-09-20") == "Donald Trump"


def test_his_takes_the_state_of_the_holder_named_before_it():
    text = "Kim Jong Un inspected the plant, and his foreign minister said it would serve the alliance."
    at = text.index("foreign minister")
    assert office_holder("foreign minister", text, at, "Reuters", dt.date(2024, 11, 20)) == "Choe Son Hui"
    # (No holder named before "his": no state, no holder.)
    assert office_holder("foreign minister", "The envoy left, and his foreign minister agreed.", 24, "Reuters",
                         dt.date(2024, 11, 20)) is None


def test_terms_end_on_the_day_the_next_holder_takes_office():
    assert holder_on("russia", "defence_minister", dt.date(2024, 5, 1)) == "Sergei Shoigu"
    assert holder_on("russia", "defence_minister", dt.date(2024, 6, 1)) == "Andrei Belousov"
    assert holder_on("nato", "secretary_general", dt.date(2024, 10, 1)) == "Mark Rutte"
    assert holder_on("us", "president", dt.date(2025, 1, 19)) == "Joe Biden"


def test_publication_day_reads_timestamps_text_and_nothing():
    assert publication_day("2025-06-04") == dt.date(2025, 6, 4)
    assert publication_day(None) is None
    assert publication_day(float("nan")) is None


def test_his_after_a_family_name_two_states_share_names_no_state():
    # ("Kim" is the family name of holders in Seoul and in Pyongyang: it tells neither.)
    text = "Kim spoke at the rally, and his foreign minister said it would serve the alliance."
    at = text.index("foreign minister")
    assert office_holder("foreign minister", text, at, "Reuters", dt.date(2024, 11, 20)) is None
    text = "Lavrov spoke in Pyongyang, and his defence minister said it would serve the alliance."
    at = text.index("defence minister")
    assert office_holder("defence minister", text, at, "Reuters", dt.date(2024, 6, 20)) == "Andrei Belousov"
