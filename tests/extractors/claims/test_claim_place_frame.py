"""dossier.claim_place_frame: "In Seoul, the spy agency said", "In Kyiv, they say": the capital sets whose claim it is."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_place_frame import framed_by_place
from test_estimate_claimants import claim_in


@pytest.mark.parametrize("sentence, clean, expected", [
    ("In Seoul, the spy agency reckons 900 were killed.", "spy agency", "National Intelligence Service"),
    ("In Kyiv, they say 900 were killed.", "they", "Ukrainian government"),
    ("In Moscow, they say 900 were killed.", "they", "Russian government"),
    # A region is no state's capital; a place later in the sentence frames nothing.
    ("In Kursk, they say 900 were killed.", "they", None),
    ("Officials in Seoul say the spy agency counted 900.", "spy agency", None),
    # A description with no home of that state stays for the reading after it.
    ("In Seoul, the group says 900 were killed.", "group", None),
])
def test_framed_by_place(sentence, clean, expected):
    start = sentence.index("they" if clean == "they" else "the ")
    assert framed_by_place(sentence, start, clean) == expected


def test_a_capital_frames_a_description_in_a_daily_of_another_state():
    text = ("Analysts in Moscow doubt the Western figures. In Seoul, the intelligence service maintains that some 900 "
            "soldiers were wounded over the winter.")
    assert claim_in("Izvestia", "some 900", text) == "National Intelligence Service"


def test_they_after_a_capital_is_its_government_not_the_body_named_before():
    text = ("Britain's defence intelligence published its update on Monday. In Kyiv, they assert that losses "
            "exceeded 2,500 men.")
    assert claim_in("Izvestia", "exceeded 2,500", text) == "Ukrainian government"


@pytest.mark.parametrize("source, quantity, text, claimant", [
    # Outlets of a state: a body they name without its state is that state's.
    ("Komsomolskaya Pravda", "some 9,000", "According to the General Staff, the enemy lost some 9,000 men near Sudzha.",
     "General Staff of the Russian Armed Forces"),
    ("Argumenty i Fakty", "some 9,000", "The Ministry of Defence said some 9,000 Ukrainian soldiers were killed.",
     "Russian Ministry of Defence"),
    ("Channel 24", "some 90", "According to the Air Force, some 90 KN-23 missiles have been launched since spring.",
     "Ukrainian Air Force"),
])
def test_a_bare_body_in_an_outlet_of_a_state(source, quantity, text, claimant):
    assert claim_in(source, quantity, text) == claimant
