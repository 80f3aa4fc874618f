"""A source set off in an aside right after a relative word claims the figures of that relative clause, not the figure
before it (dossier.extractors.claims.claim_relatives.in_later_relative)."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("quantity, text, claimant", [
    # The figure before the clause is the writer's, or the subject's that reports it.
    ("some 9,000", "Brussels listed firms tied to the dispatch of some 9,000 troops to the Kursk region, where, "
     "according to Kyiv, about 2,500 have been killed.", None),
    ("about 14,000", "The NIS puts the contingent at about 14,000 men, of whom, according to the HUR, nearly 9,500 "
     "serve near Sudzha.", "National Intelligence Service"),
    # Another relative word; the source a person.
    ("Some 600", "Some 600 engineers reached the town in May, when, according to Kyrylo Budanov, it lost 40 "
     "buildings to shelling.", None),
    ("roughly 3,200", "Seoul estimates that roughly 3,200 soldiers were flown out, of which, according to the "
     "Pentagon, 300 were officers.", "South Korean government"),
])
def test_the_aside_does_not_claim_the_figure_before_its_clause(quantity, text, claimant):
    assert claim_in("Reuters", quantity, text) == claimant


@pytest.mark.parametrize("quantity, text, claimant", [
    # The figure inside the clause stays the aside's.
    ("about 2,500", "Brussels listed firms tied to the dispatch of some 9,000 troops to the Kursk region, where, "
     "according to Kyiv, about 2,500 have been killed.", "Ukrainian government"),
    ("nearly 9,500", "The NIS puts the contingent at about 14,000 men, of whom, according to the HUR, nearly 9,500 "
     "have been wounded.", "Ukrainian military intelligence (HUR)"),
    # Look-alikes: a clause with no comma before its relative word hangs on the figure's noun, and the aside in it
    # claims the figure; so does an aside set off after the figure with no relative word.
    ("1,900", "Reinforcements replaced the 1,900 who, according to the NIS, were wounded in March.",
     "National Intelligence Service"),
    ("About 7,000", "About 7,000 troops, according to Kyiv, have been moved to the front.", "Ukrainian government"),
])
def test_the_aside_claims_its_own_clause(quantity, text, claimant):
    assert claim_in("Reuters", quantity, text) == claimant
