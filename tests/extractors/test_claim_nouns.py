"""dossier.claim_nouns: the owner of a claim whose "that" clause holds a figure."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

NIS = "National Intelligence Service"

OWNED_CLAIMS = [
    # The owner after "by": the figure is its claim though another dismisses it.
    (
        "1,800",
        ["Moscow on Monday rejected as \"lies\" reports by the National Intelligence Service that 1,800 North Korean soldiers had been killed."],
        (NIS, None),
    ),
    # "from" as "by", and a reporting verb before the noun that is not the owner's.
    (
        "about 7,000",
        ["The Russian foreign ministry denied claims from Ukrainian intelligence that about 7,000 more troops were being trained in Primorye."],
        ("Ukrainian military intelligence (HUR)", None),
    ),
    # A possessive owner.
    (
        "4,500",
        ["Kyiv's claims that 4,500 North Korean troops were wounded in December could not be independently verified."],
        ("Ukrainian government", None),
    ),
    (
        "roughly 600",
        ["Pyongyang has never responded to Seoul's allegations that roughly 600 containers left Rajin in a single month."],
        ("South Korean government", None),
    ),
]


@pytest.mark.parametrize("quantity,paragraphs,expected", OWNED_CLAIMS)
def test_the_owner_of_a_claim_claims_its_figure(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs) == expected


def test_a_claim_noun_after_an_unknown_name_credits_no_one():
    # "the front" names no claimant: no one's claim is read from it.
    assert claim("40", "Reports from the front that 40 North Korean soldiers were captured were not confirmed.")[0] is None
