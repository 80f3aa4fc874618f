"""A document cited again by a definite noun speaks for whoever issued it where the article introduced it
(dossier.extractors.speech.quote_document_authors), on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [r.speaker if isinstance(r.speaker, str) else None for r in df.itertuples()]


@pytest.mark.parametrize("text, speaker", [
    # "said in its report": the subject of the verb of saying before the document; "states" after the quote.
    ("Japan's Defense Ministry said in its yearly report on Friday that the arms trade was growing. \u201cMost of the "
     "shells now come by rail,\u201d the report states.", "Japanese Ministry of Defense"),
    # "said in an analysis" at the end of the lead; the analysis, with an aside, said.
    ("Pyongyang has shipped more rockets this year, the Asan Institute said in an analysis issued on Monday.\n\n"
     "The analysis, drawing partly on satellite images, said the launchers were \u201cnewly built\u201d.",
     "Asan Institute"),
    # A verb of issuing; "notes" after the quote.
    ("The Korea Institute for Defense Analyses released a survey of the trade in March. \u201cThe flow has not "
     "slowed,\u201d the survey notes.", "Korea Institute for Defense Analyses"),
    # The document by its author; the document opens the quote's clause with "states that".
    ("A new study by the Asan Institute tracks the shipments. The study states that the trains run \u201cevery "
     "single night\u201d.", "Asan Institute"),
    # The sentence opens with the document; the verb of saying after the comma.
    ("In a review published on Monday, the Korea Institute for Defense Analyses said the trade was growing. "
     "\u201cThe flow has not slowed,\u201d the review notes.", "Korea Institute for Defense Analyses"),
])
def test_a_document_named_again_speaks_for_its_issuer(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # Introduced with no issuer: the lawmakers among whom it circulated did not write it.
    "A report circulated among lawmakers this week. \u201cThe flow has not slowed,\u201d the report states.",
    # Only ever "the report": the one who denounced it did not write it.
    "Kim Yo Jong denounced the report as lies. \u201cThe flow has not slowed,\u201d the report states.",
])
def test_a_document_with_no_issuer_named_is_no_ones(text):
    assert _speakers(text)[-1] is None


def test_a_verb_in_a_clause_before_the_document_did_not_issue_it():
    # Look-alike: the Kremlin "confirmed" nothing in the assessment; it comes with no issuer.
    text = ("Moscow received 300 drones last year, a number the Kremlin has never confirmed, according to a new "
            "assessment shared with reporters. The assessment says the drones were \u201cmostly new\u201d.")
    assert _speakers(text)[-1] not in ("Kremlin", "Russian government", "Vladimir Putin")


def test_the_united_states_is_no_document():
    # Look-alike: "states" after a state's name is no verb of a document.
    text = "The Asan Institute released a report. Officials in the United States called it \u201cuseful\u201d."
    assert _speakers(text)[-1] != "Asan Institute"


def test_a_report_s_authors_write_for_whoever_issued_it():
    text = ("Shipments rose sharply, according to the second report of the Multilateral Sanctions Monitoring Team, "
            "released on Friday.\n\n"
            "“This is a flood, not a trickle,” the report's authors write in their conclusion.")
    assert _speakers(text) == ["Multilateral Sanctions Monitoring Team"]


def test_a_document_introduced_with_its_title_in_marks_is_its_publisher_s():
    text = ("According to the survey “Shells for oil: the trade in numbers”, published by the Asan Institute, the "
            "trains run nightly. “The flow has not slowed,” the survey notes.")
    assert _speakers(text)[-1] == "Asan Institute"


@pytest.mark.parametrize("text, speaker", [
    # A body's short name before the noun, as a possessive would be.
    ("The lawmakers read a JCS report on Friday. \u201cThe guns keep moving north,\u201d the report said.",
     "Joint Chiefs of Staff"),
    # Its full name and its acronym in brackets, the document passed on by someone else.
    ("A Joint Chiefs of Staff (JCS) report, obtained by one lawmaker, reached the press on Friday. \u201cThe guns "
     "keep moving north,\u201d the report said.", "Joint Chiefs of Staff"),
])
def test_a_name_before_the_document_names_its_issuer(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # A state's name before the noun says what the document is about, not who wrote it.
    "Analysts published a North Korea report on Monday. \u201cThe guns keep moving north,\u201d the report said.",
    # A name inside the document's title, after "of", wrote nothing.
    "The Defense of Japan white paper came out in July. \u201cThe guns keep moving north,\u201d the white paper says.",
    "The Future of the Pentagon study came out in July. \u201cThe guns keep moving north,\u201d the study says.",
    # A name after the noun is its topic.
    "The report on the JCS budget went to lawmakers. \u201cThe guns keep moving north,\u201d the report said.",
])
def test_a_name_that_is_the_documents_topic_issued_nothing(text):
    assert _speakers(text)[-1] not in ("North Korean government", "Government of Japan", "Japanese government",
                                       "Joint Chiefs of Staff", "Pentagon")
