"""A body named without its state claims as the body of the state its outlet writes from (data/home_bodies.csv,
data/home_states.csv): more bodies and more outlets' states."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("source, quantity, text, claimant", [
    ("BBC News", "about 11,000", "North Korea has deployed about 11,000 soldiers to Russia, the Ministry of Defence said.",
     "UK Ministry of Defence"),
    ("The Guardian", "400", "The defence ministry estimates that 400 North Korean soldiers were killed in a week.",
     "UK Ministry of Defence"),
    ("Ukrinform", "20", "The Navy said 20 North Korean missiles had been aimed at Odesa since May.", "Ukrainian Navy"),
    ("Ukrinform", "15", "The Security Service said 15 North Korean soldiers had been questioned.", "Security Service of Ukraine"),
    ("Ukrinform", "250", "The Ministry of Defence said 250 North Korean soldiers had been wounded.", "Ukrainian Ministry of Defence"),
    ("Euromaidan Press", "about 40", "According to the Air Force, Russia has fired about 40 North Korean missiles this year.",
     "Ukrainian Air Force"),
    ("Deutsche Welle", "2,500", "The Federal Ministry of Defence believes 2,500 North Korean soldiers have died.",
     "German Ministry of Defence"),
])
def test_a_body_without_its_state_is_the_outlets_states(source, quantity, text, claimant):
    assert claim_in(source, quantity, text) == claimant


def test_a_wire_of_no_state_leaves_the_body_as_written():
    # A wire writes from no one state: its "defence ministry" is no state's by the outlet.
    assert claim_in("Reuters", "400", "The defence ministry estimates that 400 North Korean soldiers were killed.") not in (
        "UK Ministry of Defence", "Ukrainian Ministry of Defence", "German Ministry of Defence")


def test_a_body_whose_state_was_named_before_stays_that_states():
    # The article named Russia's ministry first: the bare name later is the same ministry, not the outlet's state's.
    assert claim_in("BBC News", "300",
                    "Russia's Ministry of Defence published new figures on Monday.",
                    "The Ministry of Defence said 300 Ukrainian soldiers had been captured.") == "Russian Ministry of Defence"
