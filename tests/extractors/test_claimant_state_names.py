"""A state named in its formal form ("the Republic of Korea", "the ROK") is the claimant its common name is."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

FORMAL_NAMES = [
    ("about 2,700", "According to the assessment of the Republic of Korea, about 2,700 North Korean soldiers were wounded.",
     "South Korean government"),
    ("some 1,600", "The ROK told the UN panel that some 1,600 North Korean soldiers had been killed.", "South Korean government"),
    # A body the state owns, by its formal possessive, is the body its common possessive names.
    ("roughly 500", "The Republic of Korea's military said roughly 500 North Korean soldiers had been captured.",
     "Joint Chiefs of Staff"),
    # The North's formal name holds the South's ("Republic of Korea"): it is never the South.
    ("about 6,000", "The Democratic People's Republic of Korea said about 6,000 builders would go to Kursk.", "North Korea"),
]


@pytest.mark.parametrize("quantity,text,expected", FORMAL_NAMES)
def test_a_formal_state_name_is_its_common_names_claimant(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_the_formal_and_common_names_give_one_claimant():
    formal = claim("400", "The Republic of Korea said 400 North Korean soldiers were wounded.")
    common = claim("400", "South Korea said 400 North Korean soldiers were wounded.")
    assert formal == common
