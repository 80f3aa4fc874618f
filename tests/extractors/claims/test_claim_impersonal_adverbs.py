"""An impersonal passive with an adverb after its auxiliary ("is also believed to"), and a count no one owns ("by
most counts"), credit unnamed sources as the bare forms do."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_impersonal import impersonal
from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity", [
    ("Pyongyang is also believed to have delivered about 150 rocket launchers since spring.", "about 150"),
    ("The two regiments are widely thought to have lost over 900 men near Sudzha.", "over 900"),
    ("Some 4,000 more soldiers are still said to be on their way to the Kursk front.", "Some 4,000"),
    ("The North is now estimated to have fired dozens of its missiles from Russian soil.", "dozens"),
    ("By most counts, the North has moved more than 5 million shells across the border.", "more than 5 million"),
    ("The shipments came to about 20,000 containers, by all accounts.", "about 20,000"),
])
def test_unnamed_sources_claim_the_figure(text, quantity):
    assert claim_in("Reuters", quantity, text) == "unattributed reports"


def test_the_adverb_is_part_of_the_cue_it_stands_in():
    found = impersonal("Moscow is generally believed to hold 300 of them.")
    assert [a.text for a in found] == ["is generally believed to"]


@pytest.mark.parametrize("text, quantity", [
    # An adverb that is no reporting cue's leaves a plain passive of fact: no one is credited.
    ("About 600 soldiers are still buried near the village.", "About 600"),
    # A passive whose agent is named credits the agent, not unnamed sources.
    ("The shipment is also believed by the NIS to have held 40 launchers.", "40"),
])
def test_a_look_alike_is_no_unnamed_source(text, quantity):
    assert claim_in("Reuters", quantity, text) != "unattributed reports"
