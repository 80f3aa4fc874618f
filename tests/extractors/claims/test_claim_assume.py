""""Assume" reports an estimate as "estimate" does: "the ministry assumes that 3,000 ...", "the report assumed ..."."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("paragraphs, quantity, claimant", [
    (("Japan's defence ministry assumes that some 3,000 more soldiers reached Russia in the spring.",),
     "some 3,000", "Japanese Ministry of Defense"),
    (("In its briefing the NIS assumed about 5,000 North Korean soldiers had been killed or wounded.",),
     "about 5,000", "National Intelligence Service"),
    (("Budanov said on Monday that he assumed roughly 2,500 replacements were still in training.",),
     "roughly 2,500", "Kyrylo Budanov"),
    (("The Institute for the Study of War published a report on the shipments this week. "
      "The report assumed that up to 9 million shells had crossed by rail.",),
     "up to 9 million", "Institute for the Study of War (ISW)"),
])
def test_the_one_who_assumes_claims_the_figure(paragraphs, quantity, claimant):
    assert claim_in("Reuters", quantity, *paragraphs) == claimant


@pytest.mark.parametrize("paragraphs, quantity", [
    # "than assumed": a comparison with what no one named assumed, the outlet's own figure.
    (("The North has lost more than 4,000 soldiers, far more than previously assumed.",), "more than 4,000"),
    # Taking up a post is no supposing: the colonel claims nothing of the troops he commands.
    (("Colonel Ri Chol assumed command of about 3,000 North Korean soldiers in Kursk.",), "about 3,000"),
])
def test_an_assumption_no_one_makes_credits_no_one(paragraphs, quantity):
    assert claim_in("Reuters", quantity, *paragraphs) is None
