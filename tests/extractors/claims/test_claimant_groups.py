"""dossier.claimant_groups: groups of people named by whose they are."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claimant_groups import adjective_form, possessive_form, state_group
from estimate_readings import one


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A plain group of people after a state's word or a name is the subject of a verb of counting.
        ("Ukrainian monitors tallied the debris of some 35 North Korean missiles over the winter.", "some 35", "Ukrainian monitors"),
        ("UN inspectors documented at least 70 North Korean shells in the warehouse.", "at least 70", "UN inspectors"),
        ("Russian researchers recorded about 1,100 North Korean soldiers in the region.", "about 1,100", "Russian researchers"),
        # A state's owner before it makes the group that state's, by its adjective.
        ("Kyiv's investigators counted 18 KN-23 missiles fired at the capital since January.", "18", "Ukrainian investigators"),
        ("Seoul's analysts put the number of shells shipped at more than 8 million.", "more than 8 million", "South Korean analysts"),
        ("South Korean analysts think some 2,600 North Korean soldiers have been wounded.", "some 2,600", "South Korean analysts"),
    ],
)
def test_a_group_of_people_named_by_its_state_is_the_claimant(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "clean, group",
    [
        ("kyiv's investigators", "Ukrainian investigators"),
        ("the south's monitors", "South Korean monitors"),
        ("moscow's experts", "Russian experts"),
        ("kyiv's soldiers", None),  # no group of examiners
        ("the agency's analysts", None),  # no state's owner
    ],
)
def test_state_group(clean, group):
    assert state_group(clean) == group


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A capital standing before a body's noun owns the body, as its possessive would: the body, not the state.
        ("The Seoul spy agency believes about 2,400 North Korean soldiers are still in Kursk.", "about 2,400",
         "National Intelligence Service"),
        ("Some 9,000 troops crossed the border in the spring, the Kyiv intelligence service said.", "Some 9,000",
         "Ukrainian military intelligence (HUR)"),
        ("According to the Moscow defence ministry, roughly 700 sappers cleared the fields.", "roughly 700",
         "Russian Ministry of Defence"),
        # The capital alone, or before no body, is still the state's government.
        ("Seoul believes about 2,400 North Korean soldiers are still in Kursk.", "about 2,400", "South Korean government"),
        ("The Seoul government puts the toll at nearly 1,900 dead.", "nearly 1,900", "South Korean government"),
    ],
)
def test_a_capital_before_a_bodys_noun_names_the_body(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "clean, owned",
    [
        ("the seoul intelligence service", "seoul's intelligence service"),
        ("the south defence ministry", "south's defence ministry"),
        ("south korean intelligence", None),  # a state's adjective, no owner
        ("seoul", None),  # the capital alone owns nothing
        ("the agency's analysts", None),  # no state's name first
    ],
)
def test_possessive_form(clean, owned):
    assert possessive_form(clean) == owned


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A capital before a group of officials is the state's adjective: the group as the vocabularies write it.
        ("Kyiv officials say about 3,500 North Koreans have been wounded.", "about 3,500", "Ukrainian officials"),
        ("Some 700 soldiers were captured, according to Moscow officials.", "Some 700", "Russian officials"),
        # Where the vocabularies write the adjective's group as the government, so is the capital's.
        ("Seoul officials say about 3,500 North Koreans have been wounded.", "about 3,500", "South Korean government"),
    ],
)
def test_a_capital_before_a_group_is_the_states_adjective(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


def test_adjective_form():
    assert adjective_form("kyiv officials") == "ukrainian officials"
    assert adjective_form("the seoul intelligence service") == "south korean intelligence service"
    assert adjective_form("kyiv") is None


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # After a joint source's own noun, a claim noun (as noun or verb) is what they claim, not who they are.
        ("Some 9,000 North Korean troops remain near Kursk, according to Japanese and Western intelligence estimates.",
         "Some 9,000", "Japanese and Western intelligence"),
        ("Ukrainian and British intelligence estimate Russian losses at about 900 since March.",
         "about 900", "Ukrainian and British intelligence"),
        ("According to Ukrainian and Western intelligence figures, Pyongyang sent 13,000 troops.",
         "13,000", "Ukrainian and Western intelligence"),
        # A possessive before the claim noun is its owner: the officials, not their governments.
        ("According to U.S. and Japanese officials' estimates, Pyongyang sent 12,500 troops.",
         "12,500", "U.S. and Japanese officials"),
        ("According to Seoul and Tokyo's assessments, Pyongyang sent 10,500 troops.", "10,500", "Seoul and Tokyo"),
        # Near misses: after states' adjectives alone the claim noun still says they are the governments ...
        ("According to British and French estimates, Pyongyang sent 14,500 troops.", "14,500", "British and French governments"),
        # ... and after a place's adjective it is the words that say whose, kept as written.
        ("According to Western media and Japanese estimates, Pyongyang sent 15,500 troops.",
         "15,500", "Western media and Japanese estimates"),
        # ... and after a determiner the claim noun is a claim of no one named, kept with the rest.
        ("According to Ukrainian intelligence and most estimates, 16,500 troops were sent.",
         "16,500", "Ukrainian intelligence and most estimates"),
        # A body whose name holds an "and" is one body, whatever claim noun follows it.
        ("The Center for Strategic and International Studies estimates that 17,000 containers were shipped.",
         "17,000", "Center for Strategic and International Studies"),
    ],
)
def test_a_claim_noun_after_a_joint_source_is_what_it_claims(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant
