"""Words a speaker passes on "quoting the briefing" are the briefing's giver's: the last intelligence agency, military or
ministry of the speaker's state named before (dossier.extractors.speech.quote_document_authors.document_giver), on
sentences written for the tests."""

import pytest

from quote_readings import quote_speakers

SEOUL = "Yonhap News Agency"  # an outlet of Seoul: the lawmakers and their agencies are South Korea's


@pytest.mark.parametrize("text, speaker", [
    ("The National Intelligence Service briefed lawmakers on Monday. \u201cThe North is digging in,\u201d Rep. Kim "
     "Byung-kee said, quoting the briefing.", "National Intelligence Service"),
    # The other side's ministry named since is not who briefed Seoul's lawmakers.
    ("The National Intelligence Service briefed lawmakers on Monday. North Korea's foreign ministry later denounced "
     "the session. \u201cThe North is digging in,\u201d Rep. Kim Byung-kee said, quoting the briefing.",
     "National Intelligence Service"),
])
def test_words_quoted_from_a_briefing_are_its_givers(text, speaker):
    assert quote_speakers(text, SEOUL)[-1] == speaker


@pytest.mark.parametrize("text", [
    # No agency named: the lawmaker speaks.
    "Lawmakers met behind closed doors on Monday. \u201cThe North is digging in,\u201d Rep. Kim Byung-kee said, "
    "quoting the briefing.",
    # A report is issued, not given: read by who issued it, not by the agency named last.
    "The National Intelligence Service briefed lawmakers on Monday. \u201cThe North is digging in,\u201d Rep. Kim "
    "Byung-kee said, quoting the report.",
    # An indefinite briefing is another one.
    "The National Intelligence Service briefed lawmakers on Monday. \u201cThe North is digging in,\u201d Rep. Kim "
    "Byung-kee said, quoting a briefing he attended last year.",
])
def test_no_giver_read_without_a_briefing_and_an_agency(text):
    assert quote_speakers(text, SEOUL)[-1] == "Kim Byung-kee"


def test_an_article_of_no_known_state_names_no_giver():
    # The last ministry named is North Korea's, and nothing tells whose lawmaker speaks: the briefing is left unread.
    text = ("The National Intelligence Service briefed lawmakers on Monday. North Korea's foreign ministry later "
            "denounced the session. \u201cThe North is digging in,\u201d Rep. Kim Byung-kee said, quoting the briefing.")
    assert quote_speakers(text)[-1] != "DPRK Foreign Ministry"
