"""dossier.claim_document_subjects: a document as the subject of a reporting verb ("The analysis said", "its latest
report documented") speaks for its author, named with it or where the article introduced it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in

RUSI = "Royal United Services Institute (RUSI)"
TEAM = "Multilateral Sanctions Monitoring Team"


@pytest.mark.parametrize("paragraphs", [
    # A definite document after the sentence that says who put it out.
    ("Japan's Defense Ministry said in an analysis published on Friday that the trade was growing.",
     "The analysis said Moscow had fired roughly 70 of the missiles at Ukrainian cities."),
    # An aside about the document parts it from its verb; a modifier before its noun.
    ("Japan's Defense Ministry said in an analysis published on Friday that the trade was growing.",
     "The new analysis, drawing partly on allied imagery, says Moscow fired roughly 70 of the missiles."),
    # A verb of stating beyond "said", a plural document.
    ("Japan's Defense Ministry released two assessments of the arms trade on Friday.",
     "The assessments also note that roughly 70 of the missiles were fired at Ukrainian cities."),
])
def test_a_document_subject_is_its_issuers(paragraphs):
    assert claim_in("Kyodo", "roughly 70", *paragraphs) == "Japanese Ministry of Defense"


@pytest.mark.parametrize("sentence", [
    "The report, compiled by the Royal United Services Institute, says roughly 70 launchers crossed the border.",
    "The study, written by RUSI, found that roughly 70 launchers crossed the border.",
    "This white paper, produced by RUSI, estimates that roughly 70 launchers crossed the border.",
])
def test_a_document_whose_author_its_aside_names_is_the_authors(sentence):
    assert claim_in("Reuters", "roughly 70", sentence) == RUSI


@pytest.mark.parametrize("sentence", [
    "Eleven governments set up the Multilateral Sanctions Monitoring Team last year, and its first report documented "
    "roughly 70 launchers sent by rail.",
    "The Multilateral Sanctions Monitoring Team met in Seoul. Its second report counted roughly 70 launchers sent by rail.",
])
def test_a_possessive_document_is_the_pronouns_body(sentence):
    assert claim_in("Reuters", "roughly 70", sentence) == TEAM


def test_a_document_no_one_is_named_to_have_written_credits_no_body():
    got = claim_in("Reuters", "roughly 70", "The Royal United Services Institute held a seminar in London on Monday.",
                   "A leaked analysis circulated in Kyiv this week. The analysis says roughly 70 launchers crossed the border.")
    assert got != RUSI


def test_an_aside_naming_a_source_of_data_is_no_author():
    # "shared by" is no authorship: the analysis stays its issuer's, not the states that shared the data.
    got = claim_in("Kyodo", "roughly 70",
                   "Japan's Defense Ministry said in an analysis published on Friday that the trade was growing.",
                   "The analysis, based on information shared by the United States, said roughly 70 missiles were fired.")
    assert got == "Japanese Ministry of Defense"


def test_estimates_as_a_subject_are_a_claim_not_a_document():
    # "the best estimates suggest": figures of no one named, not a document whose issuer speaks.
    got = claim_in("Reuters", "roughly 70", "Japan's Defense Ministry released an estimate of the arms trade.",
                   "The most careful estimates suggest that roughly 70 launchers crossed the border.")
    assert got == "unattributed reports"


_FILLER = ["Officials in Tokyo gave no further detail.", "The shipments were first seen in the spring.",
           "Lawmakers asked for a closed session.", "Prices of rice rose again in the capital.",
           "The opposition called for an inquiry.", "A typhoon delayed several flights."]


@pytest.mark.parametrize("mention", [
    "According to the assessment, the trains ran twice a week.",
    "The trains ran twice a week, the assessment said.",
])
def test_a_later_mention_of_the_document_looks_past_earlier_mentions_to_its_issuer(mention):
    # Its issuer is named where it was introduced, many sentences back; a mention by "the" in between introduces
    # nothing.
    first = "Japan's Defense Ministry said in its annual assessment on Friday that the trade was growing."
    got = claim_in("Kyodo", "roughly 70", first, *_FILLER, mention, *_FILLER[:2],
                   "The assessment also notes that roughly 70 missiles were fired at Ukrainian cities.")
    assert got == "Japanese Ministry of Defense"


def test_a_document_introduced_without_an_issuer_stops_the_search_back():
    # The latest one introduced, with no issuer, is the one "the assessment" is: not the ministry's earlier one.
    first = "Japan's Defense Ministry said in its annual assessment on Friday that the trade was growing."
    got = claim_in("Kyodo", "roughly 70", first, *_FILLER[:2], "A leaked assessment circulated in Seoul on Monday.",
                   "The assessment notes that roughly 70 missiles were fired at Ukrainian cities.")
    assert got != "Japanese Ministry of Defense"


@pytest.mark.parametrize("sentence, claimant", [
    # The owner's acronym before the document's noun.
    ("The MSMT report said roughly 70 launchers crossed the border by rail.", TEAM),
    # A modifier before the owner's name; another verb.
    ("The latest MSMT study found that roughly 70 launchers crossed the border.", TEAM),
    # The owner in the possessive.
    ("The Royal United Services Institute's assessment estimates that roughly 70 launchers crossed the border.", RUSI),
    # A possessive acronym and two modifiers.
    ("RUSI's new annual review says roughly 70 launchers crossed the border.", RUSI),
])
def test_a_document_whose_words_name_its_owner_is_the_owners(sentence, claimant):
    assert claim_in("Reuters", "roughly 70", sentence) == claimant


def test_a_document_named_for_a_place_is_no_owner():
    # Look-alike: "the Kursk report" names what the report is about, not who wrote it.
    assert claim_in("Reuters", "roughly 70", "The Kursk report said roughly 70 launchers crossed the border.") != "Kursk"
