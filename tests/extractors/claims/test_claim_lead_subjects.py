"""dossier.claim_lead: the subject a coordinated verb reports for, where the sentence starts."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A group of people headed by its state's word is the subject whole, never the word alone.
        ("Ukrainian investigators studied the wreckage of 14 missiles and concluded that about a third had failed.",
         "about a third", "Ukrainian investigators"),
        ("Russian analysts reviewed the footage and estimated that roughly 300 soldiers took part.",
         "roughly 300", "Russian analysts"),
        ("South Korean analysts visited the site and found that some 40 shells had not exploded.",
         "some 40", "South Korean analysts"),
    ],
)
def test_a_group_heads_the_lead_subject(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "sentence, quantity",
    [
        # A phrase opening the sentence is no subject: its words never claim the coordinated verb's figure.
        ("According to the filing, the North sent 4,000 soldiers in spring and added about 900 more troops in June.",
         "about 900"),
        ("Per the document, Moscow received 60 missiles and added some 25 more missiles by autumn.", "some 25"),
        ("Despite the sanctions, Pyongyang sent 2,000 troops and added roughly 1,200 more soldiers in winter.",
         "roughly 1,200"),
    ],
)
def test_an_opening_phrase_is_no_lead_subject(sentence, quantity):
    got = one(sentence, quantity)["claimant"]
    assert got not in ("According to the", "Per the document", "Per the", "Despite the sanctions", "Despite")
    assert not (isinstance(got, str) and got.split()[0] in ("According", "Per", "Despite"))
