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


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    # A Baltic service issues its yearly assessment; "According to the assessment" later is its.
    ("about 8,000", ["Lithuania's intelligence services presented their yearly threat assessment in Vilnius on Tuesday.",
                     "According to the assessment, about 8,000 North Korean soldiers remain in Russia."],
     "Lithuanian intelligence"),
    # A report "prepared by" the Lithuanian security department, cited later as "the report said".
    ("nearly 300", ["The report, prepared by the State Security Department in Vilnius, was published on Monday.",
                    "Pyongyang shipped nearly 300 missiles to Russia last year, the report said."],
     "Lithuanian intelligence"),
    # Estonia's military intelligence named as a cue's object, by a name other than its full one.
    ("Some 2,000", ["Some 2,000 North Korean troops rotated home in the spring, according to Estonian military intelligence."],
     "Estonian Defense Forces Intelligence Center"),
])
def test_baltic_intelligence_services_are_known_bodies(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


def test_a_security_department_outside_lithuania_is_not_lithuanian():
    # The bare department name is Lithuania's only where the article speaks of Lithuania.
    got = claim("nearly 300", "The report, prepared by the State Security Department of Kazakhstan, was published on Monday.",
                "Pyongyang shipped nearly 300 missiles to Russia last year, the report said.")
    assert got[0] != "Lithuanian intelligence"


@pytest.mark.parametrize("quantity, paragraphs", [
    # "of" right before a name: the body whose document it is, not the states that made it public.
    ("7 million", ["Washington and its partners made public the second report of the Multilateral Sanctions Monitoring Team.",
                   "The report says that 7 million shells went from North Korea to Russia."]),
    # A rebuttal's marks around the name and the document do not hide them.
    ("7 million", ['Washington and its partners made public the so-called "second report" of the "Multilateral Sanctions '
                   'Monitoring Team".',
                   'The "report" says that 7 million shells went from North Korea to Russia.']),
])
def test_a_document_of_a_named_body_is_that_bodys(quantity, paragraphs):
    assert claim(quantity, *paragraphs)[0] == "Multilateral Sanctions Monitoring Team"


@pytest.mark.parametrize("introduced", [
    "South Korea's defence ministry released a report of Russian Arms Imports on Tuesday.",
    "South Korea's defence ministry released a report of Pyongyang's arms shipments on Tuesday.",
])
def test_of_before_what_the_document_is_about_names_no_owner(introduced):
    # Capitalised words after "of" that name no body, or a state as the topic's owner: the issuer stays the subject.
    got = claim("7 million", introduced,
                "The report says that 7 million shells went from North Korea to Russia.")
    assert got[0] == "South Korean Ministry of National Defense"


def test_of_before_a_possessive_names_what_the_document_is_about():
    # "a report of Kim Jong Un's visit" is about the visit: Kim is not its issuer.
    got = claim("7 million", "The ministry released a report of Kim Jong Un's trip to Vladivostok on Tuesday.",
                "The report says that 7 million shells went from North Korea to Russia.")
    assert got[0] != "Kim Jong Un"


@pytest.mark.parametrize("introduced, expected", [
    ("The lawmakers read a JCS report on Friday.", "Joint Chiefs of Staff"),
    ("A Joint Chiefs of Staff (JCS) report reached parliament on Monday.", "Joint Chiefs of Staff"),
])
def test_a_name_before_the_document_names_its_issuer(introduced, expected):
    got = claim("3,000", introduced, "According to the report, the North sent 3,000 more troops in January.")
    assert got[0] == expected


@pytest.mark.parametrize("introduced, noun", [
    ("A North Korea report reached parliament on Monday.", "report"),  # a state's name: what the report is about
    ("The Future of the Pentagon study came out in July.", "study"),  # a name inside a title, after "of"
])
def test_a_name_that_is_the_documents_topic_issued_nothing(introduced, noun):
    got = claim("3,000", introduced, f"According to the {noun}, the North sent 3,000 more troops in January.")
    assert got[0] not in ("North Korean government", "the Pentagon", "Pentagon")
