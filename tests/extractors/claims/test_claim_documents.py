from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_documents import document_at, document_words


@pytest.mark.parametrize("text, expected", [
    ("the latest annual report of the Korea Institute", 5),
    ("a leaked internal study from Ukraine's intelligence", 5),
    ("the report of the monitoring team", 3),
    ("an analysis of satellite imagery", 0),  # what it is about, not who wrote it
    ("a report submitted to the Diet", 0),
    ("the Asan Institute", 0),
])
def test_document_words(text, expected):
    assert document_words(text.split()) == expected


@pytest.mark.parametrize("text, expected", [
    ("a recent report", 2),
    ("the first study", 2),
    ("a report", 1),
    ("the Asan report", None),
    ("officials at the ministry", None),
])
def test_document_at(text, expected):
    assert document_at(text.split()) == expected


@pytest.mark.parametrize("text, expected", [
    ("a report published Thursday by the Center", 5),
    ("data compiled by the Kiel Institute", 0),  # "data" is a claim noun, not a document
    ("the latest findings of the Multilateral Sanctions Monitoring Team", 4),
    ("a report released on Monday by RUSI", 6),
    ("a report released to lawmakers in Seoul", 0),
])
def test_document_words_through_a_participle(text, expected):
    assert document_words(text.split()) == expected


@pytest.mark.parametrize("text, expected", [
    ("the agency's report", "the agency"),
    ("the agency's briefing", None),  # a briefing is an event, not a document: "Tuesday's briefing"
    ("the NIS’s latest annual assessment", "the NIS"),
    ("the ministers' report to parliament", "the ministers"),
    ("Seoul's military", None),  # no claim or document after the possessive
    ("Ukraine's General Staff report", None),  # a name after it: the possessive is part of it
    ("its report", None),
    ("Tuesday's briefing", None),  # a time's possessive
    ("last week's report to the committee", None),
])
def test_owner_end(text, expected):
    from dossier.extractors.claims.claim_documents import owner_end

    at = owner_end(text)
    assert (None if at is None else text[:at]) == expected


@pytest.mark.parametrize("text, expected", [
    ("the estimates of the General Staff", 3),
    ("the latest figures from the Ukrainian Navy", 4),
    ("official data of the State Border Guard Service", 3),
    ("the figures of last week", 0),  # when, not who
])
def test_a_claim_nouns_of_opens_its_owner(text, expected):
    assert document_words(text.split()) == expected


@pytest.mark.parametrize("text, expected", [
    # "of" and an indefinite article before a description of a body: the body wrote the document.
    ("the third report of a new 11-nation sanctions monitoring group", 4),
    ("the first report of an international monitoring team", 4),
    ("a report of a multinational group set up to monitor sanctions", 3),
    # Before a noun of another kind, "of a" says what the document is about.
    ("the first report of a missile strike on Kharkiv", 0),
    ("an analysis of a new satellite image", 0),
])
def test_document_words_before_an_indefinite_description(text, expected):
    assert document_words(text.split()) == expected
