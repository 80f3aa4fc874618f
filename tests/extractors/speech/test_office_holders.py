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
    # Nor while its president's powers were suspended (Dec. 2024 to Apr. 2025): acting presidents spoke for it.
    ("The president said the launch was “an open provocation.”", "Yonhap", "2025-01-15"),
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


@pytest.mark.parametrize("text, source, published", [
    # A bare title in a sentence set in another state's capital is not the home state's holder (Lee, Ishiba).
    ('SEOUL, July 1 (Yonhap) -- In Washington, the president said, "We will not accept North Korea as a nuclear '
     'power."', "Yonhap", "2025-07-01"),
    ('TOKYO, July 1 (Kyodo) -- Speaking at Downing Street, the prime minister said, "We stand with Ukraine."',
     "Kyodo", "2025-07-01"),
    # A bare title in a sentence dated before publication is not that day's holder (Lee, for Yoon's words).
    ('SEOUL, July 1 (Yonhap) -- In 2023, the president said, "We will respond firmly."', "Yonhap", "2025-07-01"),
    ('SEOUL, July 1 (Yonhap) -- Last year, the president said, "We will respond firmly."', "Yonhap", "2025-07-01"),
])
def test_a_bare_title_set_elsewhere_or_earlier_is_no_home_holder(text, source, published):
    assert _speaker(text, source, published) not in ("Lee Jae-myung", "Shigeru Ishiba")


@pytest.mark.parametrize("text", [
    'SEOUL, July 1 (Yonhap) -- Lee returned from Washington on Monday. "We agreed on tariffs," the president said.',
    'SEOUL, July 1 (Yonhap) -- "We will send aid to Ukraine," the president said in Seoul.',
    'SEOUL, July 1 (Yonhap) -- The treaty was signed in 2024. "It stands," the president said.',
    'SEOUL, July 1 (Yonhap) -- Troops sent to fight in Russia are "cannon fodder," the president said.',
])
def test_a_bare_title_at_home_or_with_other_places_and_years_keeps_the_home_holder(text):
    assert _speaker(text, "Yonhap", "2025-07-01") == "Lee Jae-myung"


@pytest.mark.parametrize("text, source, wrong", [
    # One state's own title, with no state's word, names no one in an article written from another state.
    ('SEOUL, July 1 (Yonhap) -- "We will not accept it," the Secretary of State said.', "Yonhap", "Cho Tae-yul"),
    ('SEOUL, July 1 (Yonhap) -- "We will not accept it," the Foreign Secretary said.', "Yonhap", "Cho Tae-yul"),
    ('MOSCOW, July 1 (TASS) -- "We will not accept it," the Secretary of State said.', "TASS", "Sergei Lavrov"),
    ('KYIV, July 1 (Reuters) - "We will not accept it," the Defence Secretary said.', "Reuters", "Rustem Umerov"),
])
def test_one_state_s_own_title_names_no_other_state_s_holder(text, source, wrong):
    assert _speaker(text, source, "2025-07-01") != wrong


def test_one_state_s_own_title_with_its_state_s_word_names_its_holder():
    assert _speaker('SEOUL, July 1 (Yonhap) -- "We will not accept it," the U.S. Secretary of State said.', "Yonhap",
                    "2025-07-01") == "Marco Rubio"


@pytest.mark.parametrize("text, source, wrong", [
    # A dateline abroad sets the whole article there: its bare title is the host's as likely as the home state's.
    ('WASHINGTON, July 1 (Yonhap) -- "North Korea is a nuclear power," the president said.', "Yonhap",
     "Lee Jae-myung"),
    ('MINSK, July 1 (TASS) -- "We stand with Russia," the president said.', "TASS", "Vladimir Putin"),
    ('BEIJING, July 1 (Yonhap) -- "We oppose sanctions," the foreign minister said.', "Yonhap", "Cho Tae-yul"),
])
def test_a_bare_title_under_a_dateline_abroad_is_no_home_holder(text, source, wrong):
    assert _speaker(text, source, "2025-07-01") != wrong


@pytest.mark.parametrize("text, source, published, speaker", [
    # An American paper's bare "the president" and "the Secretary of State" are America's (data/home_states.csv).
    ("The president said the shipments were “a grave threat.”", "The Washington Post", "2024-11-20", "Joe Biden"),
    ("The Secretary of State said the drills were “a dangerous escalation.”", "CNN", "2025-03-12", "Marco Rubio"),
])
def test_an_american_outlets_bare_title_is_americas(text, source, published, speaker):
    assert _speaker(text, source, published) == speaker
