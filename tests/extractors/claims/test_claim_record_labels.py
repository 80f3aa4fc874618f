"""dossier.claim_turns in a parliament's record: a member's label that joins a title by "of" or stamps the turn's
time ("**Minister of Defence Peter Olsen** [10:03:40]:") opens their turn, so the chair's label before it claims none
of what the member says; on records written for the tests."""

from __future__ import annotations

from estimate_readings import claimants, signed_claimant


def test_the_chairs_label_claims_nothing_a_member_says_in_their_own_turn():
    got = claimants(
        "**Chair Jane Roe:** We move to the third question, from member John Smith to Minister of Defence Peter Olsen.",
        "**John Smith** [10:01:12]: Thank you, Chair. What does the minister make of the reports from Kursk?",
        "**Chair Jane Roe:** Minister, please.",
        "**Minister of Defence Peter Olsen** [10:03:40]: Thank you for the question.",
        "We see that about 9,000 North Korean soldiers have now reached the Kursk region.")
    assert got["about 9,000"] != "Chair Jane Roe"


def test_a_speaker_labelled_by_name_alone_after_a_titled_label_keeps_their_own_turn():
    found = signed_claimant(
        "Lviv City Military Administration (Telegram channel)", None, "three",
        "Head of the Lviv City Military Administration Petro Bondar: \"The night was hard for the city.\"",
        "Petro Bondar: \"The bodies of three more people were found under the rubble.\"",
        "Petro Bondar: \"Power lines are being repaired in the south of the city.\"")
    assert found == "Petro Bondar"
