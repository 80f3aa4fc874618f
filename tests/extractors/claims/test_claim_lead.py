"""dossier.claim_lead and the times and names around a claimant: who a sentence opens on, past a time phrase
("Last week, ..."), by the name set off after a possessive's description; a time inside the subject; a possessive
claim noun before its "that"."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import one
from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, text, expected", [
    # A time opens the sentence; the subject is named after it, then a coordinated verb reports for it.
    ("2,500", "Last week, Dmytro Koval toured the Kharkiv front and announced that 2,500 North Korean troops had arrived.",
     "Dmytro Koval"),
    ("about 800", "On Monday, Zelensky visited a field hospital and said about 800 North Korean soldiers had been captured.",
     "Volodymyr Zelensky"),
    # A possessive's description, then the name set off by commas: the name is who speaks.
    ("1,200", "Ukraine's deputy intelligence chief, Oleh Lytvyn, flew to Brussels and announced that 1,200 North Korean "
     "gunners had reached Kursk.", "Oleh Lytvyn"),
    ("3,000", "Earlier this month, Seoul's former defence minister, Han Sung-min, wrote a column and argued that 3,000 North "
     "Korean troops had been killed.", "Han Sung-min"),
])
def test_the_lead_subject_past_a_time_and_by_its_apposed_name(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    # A person's pronoun as the lead subject, past a bare year: the person named before tells it.
    ("about 900", ("Dmytro Koval, the army's spokesman, said the winter had been hard.",
                   "In 2023 he changed his tune on radio, claiming that about 900 North Korean soldiers had died."),
     "Dmytro Koval"),
    ("some 70", ("Anna Kovalenko said the forum had been useful.",
                 "She reviewed the figures, noting that some 70 launchers had been destroyed."), "Anna Kovalenko"),
])
def test_a_pronoun_leads_the_participle_it_governs(quantity, paragraphs, expected):
    assert claim(quantity, " ".join(paragraphs))[0] == expected


def test_a_participle_of_telling_reports_for_the_named_subject():
    text = "In 2025 Han Sung-min visited Kyiv, telling the press that 3,500 North Korean troops had been rotated out."
    assert claim("3,500", text)[0] == "Han Sung-min"


def test_an_opening_time_is_never_the_claimant():
    # The sentence opens on a time and then a common noun: no one is named, and the time's word is no claimant.
    got = claim("40", "Last week, rescuers searched the rubble and said 40 soldiers had died in the strike.")[0]
    assert got != "Last" and got is None


def test_a_described_group_after_a_possessive_is_no_apposed_name():
    # Commas set off a list of states, not one person's name: the possessive's owner stays the subject read.
    got = claim("5,000", "Kyiv's allies, the United States and France, met in Paris and said 5,000 soldiers had died.")[0]
    assert got not in ("the United States and France", "United States and France")


@pytest.mark.parametrize("quantity, text, expected", [
    ("4,000", "Kyiv at some point spoke of 4,000 North Korean soldiers killed in a month.", "Ukrainian government"),
    ("2,000", "Kiev at one point spoke of 2,000 North Korean soldiers killed.", "Ukrainian government"),
    ("3,000", "Seoul at one point put the number of North Korean dead at 3,000.", "South Korean government"),
    ("600", "At one point, Kyiv said 600 North Korean soldiers had been captured.", "Ukrainian government"),
])
def test_a_time_inside_or_before_the_subject_is_when_not_who(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


@pytest.mark.parametrize("quantity, text, expected", [
    ("1,500", "Budanov's announcement in March that 1,500 North Korean soldiers had been wounded surprised analysts.",
     "Kyrylo Budanov"),
    ("3,000", "Zelensky's declaration that 3,000 North Korean troops had died was repeated abroad.", "Volodymyr Zelensky"),
    ("700", "Shoigu's announcement last week that 700 North Korean sappers would arrive drew little notice.", "Sergei Shoigu"),
])
def test_a_possessive_announcement_is_its_owners_claim(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_an_announcement_no_one_owns_names_no_one():
    assert claim("1,500", "The announcement in March that 1,500 North Korean soldiers had been wounded surprised analysts.")[0] is None


def test_kiev_inside_a_phrase_is_no_mention_a_pronoun_refers_to():
    # "Kiev" names the state only as a whole subject: "the Kiev clique" later in the sentence is no one "it" means.
    from test_estimate_claimants import claim_in

    got = claim_in("KCNA", "5,000", "The Ministry of National Defence of the DPRK issued a statement on Monday.",
                   "Noting that the Kiev clique, backed by the West, had thrown 5,000 troops into the region, it said the "
                   "adventure had failed.")
    assert got != "Ukrainian government"



def test_a_count_of_a_group_opening_the_sentence_names_no_one():
    # "Three Russian soldiers ... and said": the capitalised words count a group whose noun is not a claimant's.
    row = one("Three Russian soldiers were taken prisoner near Sumy in May and have since said they want to stay.", "Three")
    assert pd.isna(row.claimant)


def test_a_count_of_a_known_group_is_the_group():
    row = one("Two Ukrainian officials toured the site and said about 30 people had died.", "about 30")
    assert row.claimant == "Ukrainian officials"
