"""dossier.claim_backward: "This was stated by X" credits X with the figures before it."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_backward import agent_start
from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, agent", [
    ("This was stated by the head of the agency, Ivan Petrenko.", "the head"),
    ("That was announced on Monday by the defence ministry.", "the defence"),
    ("This is reported by Ukrinform.", "Ukrinform"),
    # No passive of saying: the sentence credits no one.
    ("This was followed by a second strike.", None),
    ("They were reported missing by their families.", None),
])
def test_agent_start(text, agent):
    at = agent_start(text)
    assert (None if at is None else text[at:at + len(agent)]) == agent


def test_a_paragraph_of_its_own_credits_the_paragraph_before():
    text = ("Russian forces hit Odesa with a North Korean missile overnight, killing five people and wounding 14. "
            "Among the wounded are three children.\n\nThis was reported by the Odesa Regional Military Administration.")
    for quantity in ("five", "14", "three"):
        assert claim_in("Ukrinform", quantity, text) is not None


def test_the_name_after_a_title_is_the_claimant():
    text = "Pyongyang has shipped about 300 more howitzers to Russia. This was stated by the head of the agency, Ivan Petrenko."
    assert claim_in("Ukrinform", "about 300", text) == "Ivan Petrenko"


def test_a_known_body_as_agent():
    text = "Pyongyang has shipped about 300 more howitzers to Russia.\n\nThis was announced by the Ministry of Defence of Ukraine."
    assert claim_in("Ukrinform", "about 300", text) == "Ukrainian Ministry of Defence"


def test_a_figure_with_its_own_claimant_keeps_it():
    text = ("According to Seoul's spy agency, about 300 more soldiers have arrived. This was stated by the head of the "
            "agency, Ivan Petrenko.")
    assert claim_in("Ukrinform", "about 300", text) == "National Intelligence Service"


def test_a_paragraph_two_back_is_not_credited():
    text = ("Pyongyang has shipped about 300 more howitzers to Russia.\n\nThe shells arrive by rail.\n\n"
            "This was stated by the head of the agency, Ivan Petrenko.")
    assert claim_in("Ukrinform", "about 300", text) is None
