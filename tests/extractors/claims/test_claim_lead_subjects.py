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


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A verb after "but" reports for the subject where the sentence starts, as one after "and" does.
        ("Budanov gave no breakdown, but noted that the North had shipped about 150 missiles.", "about 150",
         "Kyrylo Budanov"),
        ("The NIS would not confirm the deaths but estimated that roughly 400 soldiers were wounded.", "roughly 400",
         "National Intelligence Service"),
        ("Zelensky declined to name a date but said some 2,000 North Korean troops had been killed.", "some 2,000",
         "Volodymyr Zelensky"),
    ],
)
def test_a_verb_after_but_reports_for_the_lead_subject(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


def test_a_clause_after_but_with_its_own_subject_keeps_it():
    # "but the army said": the clause names its own subject, never the sentence's first.
    assert one("Budanov visited the front, but the Pentagon said about 300 soldiers were wounded.",
               "about 300")["claimant"] == "the Pentagon"


def test_a_pronoun_before_but_is_no_claimant_of_its_own():
    # "She ... but noted reports that": no one named; the pronoun is never the claimant as written.
    got = one("She would not discuss the intelligence, but noted reports that some 3,000 engineers were sent.",
              "some 3,000")["claimant"]
    assert got != "She"
