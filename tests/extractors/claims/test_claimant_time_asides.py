"""An aside of circumstance between a claimant and its verb ("Shoigu, after talks in Pyongyang, announced ...")
opens with a preposition of time as "in" and "while" do: the claimant is the one before it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    ("Kyrylo Budanov, after a visit to the Kursk front, said about 2,500 North Korean soldiers remained there.",
     "about 2,500", "Kyrylo Budanov"),
    ("The NIS, during a closed session of the intelligence committee, said some 300 soldiers had been killed.",
     "some 300", "National Intelligence Service"),
    ("Last week Sergei Shoigu, following his talks with Kim Jong Un, announced that 6,000 builders would come.",
     "6,000", "Sergei Shoigu"),
    ("Zelensky, upon returning from the front, told reporters that 3,000 North Korean troops had been wounded.",
     "3,000", "Volodymyr Zelensky"),
    ("Ukraine's defence ministry, before the summit opened, estimated that 40 launchers had been delivered.",
     "40", "Ukrainian Ministry of Defence"),
])
def test_the_claimant_before_an_aside_of_time_claims(text, quantity, claimant):
    assert claim_in("Ukrinform", quantity, text) == claimant


def test_a_clause_of_time_before_the_subject_is_no_aside():
    # The time clause opens the sentence; the subject after it is the claimant.
    text = "After the talks in Pyongyang, Russian officials said about 1,000 sappers would be sent."
    assert claim_in("Reuters", "about 1,000", text) == "Russian officials"
