"""Who a label before a colon gives a quote to (dossier.extractors.speech.turn_labels), on interviews written for the tests."""

import pandas as pd
import pytest

import dossier


def _speakers(text: str) -> list:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": ["Yonhap"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


def test_an_answer_is_the_words_of_the_one_the_introduction_names():
    text = ("Yonhap sat down with Park Ji-won, a researcher at Seoul National University, to ask about the "
            "deployment.\n\n"
            "Q: Will the troops come home soon?\n\n"
            "A: “Not before spring. The rotation takes months.”\n\n"
            "Question: And the drones?\n\n"
            "Answer: “They learn fastest there.”")
    assert _speakers(text) == ["Park Ji-won", "Park Ji-won"]


@pytest.mark.parametrize("text", [
    # no question before it: "A" is no interview's answer
    "Park Ji-won, a researcher, spoke.\n\nA: “Not before spring.”",
])
def test_an_answer_label_without_a_question_names_no_one(text):
    assert _speakers(text) == [None]


def test_a_name_label_still_names_its_speaker():
    assert _speakers("Zelensky: “We will respond.”") == ["Volodymyr Zelensky"]


@pytest.mark.parametrize("text, speaker", [
    # a live blog's entry opening with its time stamp, then the label
    ("10:42 GMT - Peskov: “We do not comment on such reports.”", "Dmitry Peskov"),
    ("9:05 a.m. — Zelensky: “We will respond.”", "Volodymyr Zelensky"),
    ("12:10 p.m. MOSCOW — Peskov: “The talks went well.”", "Dmitry Peskov"),
])
def test_a_time_stamp_before_a_label_is_passed_over(text, speaker):
    assert _speakers(text) == [speaker]


ITEM = """Kyiv expects a further shipment of North Korean rockets before winter.

Source: {source}

Quote: "{first}"

Details: The general added that the launchers were being moved by rail.

{between}Quote: "The crews come with them and stay for months."
"""


@pytest.mark.parametrize("source, speaker", [
    ("Oksana Hrytsenko, spokeswoman for the Southern Defence Forces, on national television", "Oksana Hrytsenko"),
    ("Major General Taras Melnyk, in an interview with the paper", "Taras Melnyk"),
    ("Ukraine's General Staff on Facebook", "General Staff of the Armed Forces of Ukraine"),
])
def test_a_quote_label_gives_the_words_to_the_one_the_source_label_names(source, speaker):
    text = ITEM.format(source=source, first="Every second rocket we find is Korean.", between="")
    assert _speakers(text) == [speaker, speaker]


def test_a_later_source_label_names_the_speaker_of_the_quotes_after_it():
    text = ITEM.format(source="Taras Melnyk, a general, on television", first="Every second rocket is Korean.",
                       between="Source: Oksana Hrytsenko, spokeswoman for the Southern Defence Forces\n\n")
    assert _speakers(text) == ["Taras Melnyk", "Oksana Hrytsenko"]


@pytest.mark.parametrize("text", [
    # no source label before it: the quote label names no one
    'Kyiv expects more rockets.\n\nQuote: "Every second rocket is Korean."',
    # a source label after the quote does not reach back to it
    'Kyiv expects more rockets.\n\nQuote: "Every second rocket is Korean."\n\nSource: Taras Melnyk, a general',
])
def test_a_quote_label_with_no_source_before_it_names_no_one(text):
    assert _speakers(text)[0] is None


@pytest.mark.parametrize("text, speaker", [
    # A description before the name: an outlet or body, a modifier, a title in lower case.
    ("Drones changed the war. Spiegel defence analyst Tom Reed: “No army in Asia has this much experience.”",
     "Tom Reed"),
    ("Drones changed the war. Military historian Ana Lind: “This has not been seen since 1953.”", "Ana Lind"),
])
def test_a_label_that_describes_the_person_before_the_name(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_label_that_joins_others_to_the_name_is_no_one_s():
    assert _speakers("Drones changed the war. Moscow and Tom Reed: “No army has this much experience.”") == [None]
