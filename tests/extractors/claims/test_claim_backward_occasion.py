"""The occasion after a "This was stated by X" agent ends X: "This was announced by Sergei Shoigu after talks with
Kim Jong Un" credits Shoigu, not the one he talked with."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_backward import agent_words
from test_estimate_claimants import claim_in


@pytest.mark.parametrize("paragraph, quantity, claimant", [
    ("North Korea will send about 2,000 more builders to the Kursk region. This was announced by Security Council "
     "Secretary Sergei Shoigu after talks with Kim Jong Un.", "about 2,000", "Sergei Shoigu"),
    ("About 600 North Korean soldiers have been wounded since March. This was stated by Kyrylo Budanov during a "
     "meeting with Volodymyr Zelensky.", "About 600", "Kyrylo Budanov"),
    ("Some 40 launchers crossed the border in May. This was reported by the NIS following a briefing by the Pentagon.",
     "Some 40", "National Intelligence Service"),
    ("Pyongyang has delivered 120 more howitzers. This was announced by Andrii Sybiha upon meeting Antony Blinken.",
     "120", "Andrii Sybiha"),
])
def test_the_agent_before_the_occasion_claims(paragraph, quantity, claimant):
    assert claim_in("Ukrinform", quantity, paragraph) == claimant


def test_an_agent_with_no_occasion_is_read_whole():
    text = "This was stated by the head of the agency, Ivan Petrenko."
    assert agent_words(text, text.index("the head")) == "the head of the agency, Ivan Petrenko."


def test_a_name_holding_no_occasion_word_is_kept():
    # "Afterwards" is no occasion's opener: the whole agent stands.
    text = "This was reported by the Odesa Regional Military Administration afterwards."
    assert agent_words(text, text.index("the Odesa")).startswith("the Odesa Regional Military Administration")
