""""By" before a month, a season or a period is a time phrase, never part of a claimant's words
(dossier.extractors.claims.claimant_times); the progressive of "put" reports as "put" does."""

from __future__ import annotations

from estimate_readings import claimants


def test_by_a_month_opens_no_claimant():
    found = claimants("By June the Finnish Defence Forces said 3,100 conscripts had been called up.")
    assert found["3,100"] == "Finnish Defence Forces"


def test_a_clause_after_by_a_period_claims_only_its_own_figure():
    # "by last month" opens the second clause: its subject claims only the figure after it.
    found = claimants("At first the Finnish Defence Forces put the number at around 1,200, then about 2,000, and by last month "
                      "Finnish President Alexander Stubb said more than 3,100 had been called up.")
    assert found["around 1,200"] == found["about 2,000"] == "Finnish Defence Forces"
    assert found["more than 3,100"] == "Alexander Stubb"


def test_a_progressive_put_after_a_semicolon_claims_its_own_figure():
    found = claimants("In March the ministry had told senators that some 900 had been killed and 2,100 injured; by "
                      "summer, the Finnish Defence Forces were putting total casualties at around 3,100.")
    assert found["around 3,100"] == "Finnish Defence Forces"
    assert found["2,100"] != "Finnish Defence Forces"
