"""A person's own channel named by their full name ("Jane Roe's evening address") is their post with no byline, and
a first-person possessive on a release's evidence ("according to our estimates") is the voice's own."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_release import own_evidence
from dossier.extractors.mentions.signed_posts import channel_owner
from estimate_readings import signed_claimant as _claim



def test_the_channel_owner_is_the_full_name_before_the_possessive():
    assert channel_owner("Marta Koval's evening address") == "Marta Koval"
    assert channel_owner("Ivan Petrenko's Telegram") == "Ivan Petrenko"
    assert channel_owner("Rostov governor's Telegram") is None  # an office, no one's name
    assert channel_owner("Marta Koval's newspaper") is None  # no channel of a person's own


@pytest.mark.parametrize("source, paragraphs, quantity", [
    # An address said in the first person, no byline: its owner's figures.
    ("Marta Koval's evening address",
     ("Good evening, I want to report on the day.", "Overnight the enemy fired 41 missiles at our cities."), "41"),
    ("Marta Koval's video address",
     ("I have met the families today.", "As of this evening, 9 people have been killed in the city."), "9"),
])
def test_a_persons_own_address_states_their_figures(source, paragraphs, quantity):
    assert _claim(source, None, quantity, *paragraphs) == "Marta Koval"


def test_a_channel_with_no_first_person_is_no_ones_post():
    # No "I": nothing says the owner writes it; the figure stays the outlet's.
    assert _claim("Marta Koval's evening address", None, "41", "Overnight the enemy fired 41 missiles at the cities.") is None


@pytest.mark.parametrize("source, author, paragraphs, quantity, claimant", [
    # "our estimates" in a signed post: the signer's, not unnamed estimates.  (An official's channel: a journalist's
    # Telegram is a publisher's post, test_claim_channel_holders.py.)
    ("Oleksandr Syrskyi's Telegram", "Oleksandr Syrskyi",
     ("I will sum up the month.", "According to our estimates, the enemy lost about 2,300 men in the sector."),
     "about 2,300", "Oleksandr Syrskyi"),
    ("Marta Koval's evening address", None,
     ("I thank everyone who helped today.", "According to our intelligence, some 60 such missiles have been delivered."),
     "some 60", "Marta Koval"),
])
def test_a_first_person_possessive_on_the_evidence_is_the_voices_own(source, author, paragraphs, quantity, claimant):
    assert _claim(source, author, quantity, *paragraphs) == claimant


def test_own_evidence_is_read_by_the_first_word():
    assert own_evidence("our estimates") and own_evidence("My information")
    assert not own_evidence("Western estimates") and not own_evidence("")
