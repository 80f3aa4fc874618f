"""dossier.extractors.claims.claim_impersonal: an impersonal passive claims the figures of its own clause only."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import one


@pytest.mark.parametrize("text, quantity", [
    # A clause of time, concession or choice opens after the figure: the passive in it claims nothing before.
    ("The port handled some 40 ships in May, before the trade is believed to have peaked.", "some 40"),
    ("Kyiv still holds three prisoners, even though all of them have reportedly asked to leave.", "three"),
    ("Such a pace would mean some 5,000 shells a month, or close to what the plant was estimated to make.", "some 5,000"),
])
def test_a_passive_in_a_later_clause_claims_nothing_before_it(text, quantity):
    assert pd.isna(one(text, quantity).claimant)


@pytest.mark.parametrize("text, quantity", [
    # In the passive's own clause the figure is the unnamed sources', an aside between them or not.
    ("Three soldiers are believed to have died in the blast.", "Three"),
    ("Around 9,000 troops, most of them gunners, are thought to be in the region.", "Around 9,000"),
    ("It is estimated that some 70 ships made the crossing, before the ice closed the port.", "some 70"),
])
def test_a_passive_claims_the_figures_of_its_own_clause(text, quantity):
    assert one(text, quantity).claimant == "unattributed reports"
