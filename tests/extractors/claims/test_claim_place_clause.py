"""A place frame that opens a clause after a semicolon ("...; in Kyiv they say that ..."), and the clause's claim,
which stops at the semicolon: the figure before it is not the clause's."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    ("The North has shipped some 200 howitzers; in Seoul they believe that 40 of the guns were destroyed.",
     "40", "South Korean government"),
    ("Pyongyang keeps sending men; in Kyiv, they estimate that about 1,000 soldiers died in March alone.",
     "about 1,000", "Ukrainian government"),
    ("Moscow took in 5,000 builders; in Seoul, the spy agency says 2,000 more soldiers are on their way.",
     "2,000", "National Intelligence Service"),
    # An adverb set off by commas after the place.
    ("In Kyiv, meanwhile, they claim that 1,500 North Korean soldiers were wounded in May.",
     "1,500", "Ukrainian government"),
    ("Losses mounted; in Seoul, however, they believe only 200 soldiers died.", "200", "South Korean government"),
])
def test_the_clause_after_the_semicolon_is_framed_by_its_place(text, quantity, claimant):
    assert claim_in("La Stampa", quantity, text) == claimant


@pytest.mark.parametrize("text, quantity, claimant", [
    # The figure before the semicolon is the writer's, not the framed clause's.
    ("The North has shipped some 200 howitzers; in Seoul they believe that 40 of the guns were destroyed.",
     "some 200", None),
    ("Pyongyang sent about 3,000 more soldiers in winter; in Kyiv they say that the losses were heavy.",
     "about 3,000", None),
    # A figure its own attribution closes before the semicolon keeps it.
    ("Some 600 North Korean soldiers were killed, the NIS said; in Kyiv they put the toll far higher.",
     "Some 600", "National Intelligence Service"),
    # A region is no capital: "they" there is no government.
    ("Shelling went on all week; in Kursk they say that 30 soldiers died in one village.", "30", None),
])
def test_the_framed_clause_claims_nothing_before_it(text, quantity, claimant):
    assert claim_in("La Stampa", quantity, text) == claimant
