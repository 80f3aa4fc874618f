"""dossier.claim_resolve: whom an attribution names, read across its article."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "paragraphs, quantity, claimant",
    [
        # "One", "another", "one of them" after a group of people that spoke just before: that group's claim,
        # though a body was named earlier.
        (["Ukrainian officials say the North has shipped about 90 KN-23 missiles.",
          "Several analysts said they doubted the figures. One noted that 9,000 soldiers had been sent."],
         "9,000", "analysts"),
        (["South Korean officials say Pyongyang has sent 6,000 workers.",
          "Two U.S. officials briefed reporters on Friday. One of them said about 3,500 soldiers had been wounded."],
         "about 3,500", "United States government"),
    ],
)
def test_one_of_a_group_that_spoke_just_before_is_that_groups(paragraphs, quantity, claimant):
    rows = run(*paragraphs)
    assert rows.loc[rows["quantity_text"] == quantity, "claimant"].tolist() == [claimant]
