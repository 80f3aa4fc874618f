"""A body owned through a state's possessive is the state's (dossier.extractors.claims.claimant_owners)."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "text, quantity, claimant",
    [
        ("Seoul expects more soldiers to be sent. Its military intelligence said about 2,000 troops had arrived in May.",
         "about 2,000", "Joint Chiefs of Staff"),
        ("Britain has followed the trains closely. The country's defence ministry said roughly 100 self-propelled guns "
         "had been delivered.", "roughly 100", "UK Ministry of Defence"),
        ("Japan has not published its own count. According to the nation's defence ministry, at least 40 KN-23 "
         "missiles have been fired at Ukraine.", "at least 40", "Japanese Ministry of Defense"),
        # The state may be named in the same sentence, by its adjective.
        ("Pyongyang has sent about 6,000 engineers, a South Korean lawmaker said, citing the country's spy agency.",
         "about 6,000", "National Intelligence Service"),
    ],
)
def test_a_possessive_body_is_that_of_the_state_named_before(text, quantity, claimant):
    assert one(text, quantity)["claimant"] == claimant


def test_a_possessive_body_with_no_state_before_is_no_one():
    # No name before makes the possessive known: no claimant rather than the pronoun's words.
    text = "The war has changed. Its military intelligence said about 2,000 soldiers had arrived in May."
    assert one(text, "about 2,000")["claimant"] != "Its military intelligence"


def test_a_plural_body_after_a_possessive_is_read_as_its_singular():
    text = "South Korea keeps watch on the border. Their intelligence services say 15,000 troops have gone to Russia."
    assert one(text, "15,000")["claimant"] == "National Intelligence Service"


def test_their_after_two_states_is_no_one_state_s():
    text = "Seoul and Tokyo keep watch on the border. Their intelligence services say 15,000 troops have gone to Russia."
    assert one(text, "15,000")["claimant"] != "National Intelligence Service"
