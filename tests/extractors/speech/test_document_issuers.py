"""A document named again ("the report said") speaks for the issuer named where it was introduced, also when the
participle that names the issuer stands between commas ("The study, compiled by …,"), on sentences written for the
tests."""

import pandas as pd
import pytest

import dossier


def _speakers(text: str, source: str = "Reuters") -> list:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [s if isinstance(s, str) else None for s in df.speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The study, compiled by the Korea Institute for Defense Analyses, counts the shells. \u201cThe pace is "
     "unprecedented,\u201d the study said.", "Korea Institute for Defense Analyses"),
    ("The report, prepared by the Asan Institute, counts the shells. The report said the pace was "
     "\u201cunprecedented\u201d.", "Asan Institute"),
    ("The assessment, issued by the Korea Institute for Defense Analyses, counts the shells. \u201cThe pace is "
     "unprecedented,\u201d the assessment noted.", "Korea Institute for Defense Analyses"),
    ("The survey, published by the Asan Institute, asked 1,000 people on Monday. The survey said support had "
     "\u201cfallen sharply\u201d.", "Asan Institute"),
])
def test_a_document_introduced_with_its_issuer_between_commas_speaks_for_the_issuer(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_document_that_only_cites_a_body_is_not_the_body_s():
    # Look-alike: "citing" names a source of the report, not who wrote it.
    text = ("The report, citing the Asan Institute, counts the shells. \u201cThe pace is unprecedented,\u201d the "
            "report said.")
    assert _speakers(text)[-1] != "Asan Institute"


def test_a_document_named_again_paragraphs_on_speaks_for_its_issuer():
    # A feature introduces the report, goes on for a few sentences, then quotes it as "the report".
    text = ("The report, compiled by the Asan Institute, counts the shells. Most came by rail. Some came by sea. "
            "The ports were busy.\n\nThe trains ran at night. Crews worked in shifts. Guards watched the yards.\n\n"
            "\u201cThe pace is unprecedented,\u201d the report said.")
    assert _speakers(text)[-1] == "Asan Institute"


def test_a_report_after_a_medium_reported_is_the_medium_s_not_a_document_further_back():
    # Look-alike: a study named far back, then an agency reports; "the report" is the agency's.
    text = ("The report, compiled by the Asan Institute, counts the shells. Most came by rail. Some came by sea. "
            "The ports were busy.\n\nKCNA reported that the troops had returned home. Crowds met them. Bands played."
            "\n\nThe report called the troops \u201cheroes of the motherland\u201d.")
    assert _speakers(text)[-1] != "Asan Institute"
