"""dossier.claimant_phrases: where the words naming a claimant start and end."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claimant_phrases import before_document, words_back
from estimate_readings import one, run


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A body's abbreviation in brackets between its name and the head noun: the official is the body's.
        ("A Joint Chiefs of Staff (JCS) official said the North launched around 12 cruise missiles on Sunday.",
         "around 12", "Joint Chiefs of Staff"),
        ("A National Intelligence Service (NIS) official told reporters some 250 soldiers had died in March.",
         "some 250", "National Intelligence Service"),
    ],
)
def test_an_abbreviation_in_brackets_stays_inside_the_subject(sentence, quantity, claimant):
    row = one(sentence, quantity)
    assert row["claimant"] == claimant


def test_a_bracket_that_closes_a_clause_ends_the_subject():
    # Not an abbreviation (lower case, or a figure): the words before it are another phrase.
    s = "The report (published in May) analysts said"
    assert s[words_back(s, s.index(" said")):].startswith("analysts")
    s = "Two battalions (about 1,500) officials said"
    assert s[words_back(s, s.index(" said")):].startswith("officials")


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A document's owner named before it, its last word in lower case, claims what the document puts.
        ("A South Korean intelligence document puts the number of North Korean dead at about 450.", "about 450",
         "National Intelligence Service"),
        ("A Ukrainian intelligence memo said some 2,100 North Korean soldiers had been wounded.", "some 2,100",
         "Ukrainian military intelligence (HUR)"),
    ],
)
def test_a_document_owned_by_a_body_in_lower_case(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


def test_a_document_with_no_named_owner_names_no_one():
    s = "The intelligence document puts the toll at 450."
    end = s.index(" puts")
    assert before_document(s, end) == end


@pytest.mark.parametrize(
    "paragraphs, quantity, claimant",
    [
        # A role alone ("the president", "the minister") is the person given it before.
        (["Volodymyr Zelensky spoke in his nightly address.", "The president said some 3,000 North Koreans had been wounded."],
         "some 3,000", "Volodymyr Zelensky"),
        (["Defence Minister Andrei Belousov visited Pyongyang on Friday.",
          "The minister said about 1,000 deminers would be sent to Kursk."], "about 1,000", "Andrei Belousov"),
    ],
)
def test_a_role_alone_refers_back_to_the_person(paragraphs, quantity, claimant):
    df = run(*paragraphs)
    assert df.loc[df["quantity_text"] == quantity, "claimant"].tolist() == [claimant]


@pytest.mark.parametrize(
    "sentence, quantity, claimant, via",
    [
        # An aside opened by "per" or "according to" parts a subject from its verb without ending it.
        ("The Joint Chiefs of Staff, per a statement on Monday, estimated that some 1,300 more troops had arrived.",
         "some 1,300", "Joint Chiefs of Staff", None),
        ("The NIS, according to two lawmakers, estimated that about 2,200 soldiers had been wounded.",
         "about 2,200", "National Intelligence Service", "lawmakers"),
    ],
)
def test_an_aside_opened_by_per_or_according_to(sentence, quantity, claimant, via):
    row = one(sentence, quantity)
    got_via = None if row["claimant_via"] != row["claimant_via"] else row["claimant_via"]
    assert (row["claimant"], got_via) == (claimant, via)


def test_an_aside_may_hold_a_list():
    row = one("The Multilateral Sanctions Monitoring Team, set up by Seoul, Washington, Tokyo and eight other "
              "governments, said Pyongyang had shipped about 220 howitzers to Russia.", "about 220")
    assert row["claimant"] == "Multilateral Sanctions Monitoring Team"


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # An interview or a video that no one is named as releasing is a document of no one named.
        ("About 20 of the prisoners had been wounded, according to an interview aired on Sunday.", "About 20",
         "unattributed reports"),
        ("About 20 of the prisoners had been wounded, according to a video posted online.", "About 20",
         "unattributed reports"),
        ("About 20 of the prisoners had been wounded, according to a video released by the SBU.", "About 20",
         "Security Service of Ukraine"),
    ],
)
def test_an_interview_or_video_is_a_document(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant
