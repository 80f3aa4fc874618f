"""dossier.claim_issuers: "according to the report" is the body that issued the report, named where it was introduced."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_issuers import cited_document
from test_estimate_claimants import claim


@pytest.mark.parametrize("text, noun", [
    ("the report", "report"),
    ("the latest annual assessment", "assessment"),
    ("this white paper", "white paper"),
    ("the studies", "studies"),
    ("a report", None),  # no definite article: a report not yet introduced
    ("the ministry", None),  # a body, not a document
    ("the Kiel report", None),  # capitalised: the owner is in the words themselves
])
def test_cited_document(text, noun):
    assert cited_document(text) == noun


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    ("about 9,000", ["Japan's defense ministry published its annual white paper on Friday.",
                     "According to the white paper, about 9,000 North Korean soldiers were still in Russia in June."],
     "Japanese Ministry of Defense"),
    ("some 4 million", ["A study from the Center for Strategic and International Studies traced the rail traffic.",
                        "Freight cars carried some 4 million North Korean shells to Russian depots, according to the study."],
     "Center for Strategic and International Studies"),
])
def test_a_cited_document_is_its_issuers(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


def test_a_document_with_no_issuer_named_keeps_its_reading():
    # The report is introduced with no one issuing it: the body named elsewhere in that sentence is not its author.
    got = claim("about 9,000", "A report on Japan's defense ministry circulated among lawmakers on Friday.",
                "According to the report, about 9,000 North Korean soldiers were still in Russia in June.")
    assert got[0] != "Japanese Ministry of Defense"


@pytest.mark.parametrize("quantity, paragraphs", [
    # The document as a reporting verb's subject, before or after the figure.
    ("some 11,000", ["South Korea's defence ministry handed lawmakers a report on Tuesday.",
                     "The report estimated that some 11,000 North Korean soldiers had been sent to Russia."]),
    ("Some 11,000", ["South Korea's defence ministry released a report on Tuesday.",
                     "Some 11,000 North Korean soldiers have been sent to Russia, the report said."]),
    # Its issuer named in an aside after it.
    ("some 11,000", ["The report, published by South Korea's defence ministry on Tuesday, covers the deployment.",
                     "According to the report, some 11,000 North Korean soldiers have been sent to Russia."]),
    # A white paper is a government's or ministry's, named before.
    ("some 11,000", ["South Korea's defence ministry issued its biennial white paper on Tuesday.",
                     "The white paper said some 11,000 North Korean soldiers had been sent to Russia."]),
])
def test_a_document_as_subject_or_with_its_issuer_in_an_aside(quantity, paragraphs):
    assert claim(quantity, *paragraphs)[0] == "South Korean Ministry of National Defense"
