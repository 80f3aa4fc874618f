"""One "relaying" a body's briefing passes its figures on, as one "citing" it does: the body claims them."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    ('"About 1,500 North Korean soldiers have been wounded," Rep. Park told reporters, relaying the NIS briefing.',
     "About 1,500", "National Intelligence Service"),
    ("Relaying the findings of Ukraine's military intelligence, the senator said some 2,000 had been killed.",
     "some 2,000", "Ukrainian military intelligence (HUR)"),
    ("The lawmaker, relaying a Pentagon assessment, said roughly 500 North Korean soldiers had died.",
     "roughly 500", "the Pentagon"),
    ("Roughly 700 more engineers crossed in August, a ruling party lawmaker said, relaying the spy agency's account.",
     "Roughly 700", "National Intelligence Service"),
])
def test_the_body_relayed_claims_the_figure(text, quantity, claimant):
    assert claim_in("Yonhap", quantity, text) == claimant


def test_relaying_what_no_source_said_leaves_the_speaker():
    # Relaying a plan, no one's account: the minister who speaks claims the figure.
    text = "Foreign Minister Andrii Sybiha said about 400 more launchers had arrived, relaying nothing new."
    assert claim_in("Yonhap", "about 400", text) == "Andrii Sybiha"
