"""A verb of speaking with a time or a setting before its "of" still claims the figure it speaks of
(dossier.extractors.claims.claim_speaking); speaking that opens no figure claims nothing."""

from __future__ import annotations

import pytest

from estimate_readings import claimants


@pytest.mark.parametrize("quantity, text", [
    # A day between the verb and its "of".
    ("9,500", "Finnish President Alexander Stubb spoke on Tuesday of 9,500 foreign soldiers near the border."),
    # A season, and a hedge before the figure.
    ("more than 7,000", "Finnish President Alexander Stubb spoke last spring of more than 7,000 shipping containers."),
    # A setting rather than a time, and "about" (read as the figure's hedge too).
    ("about 1,800", "Finnish President Alexander Stubb talked in parliament about 1,800 wounded men."),
])
def test_speaking_with_a_time_between_claims_the_figure(quantity, text):
    assert claimants(text)[quantity] == "Alexander Stubb"


def test_a_body_speaking_on_its_side_claims_both_figures():
    found = claimants("The Finnish Defence Forces spoke on their side of 250 dead and 1,900 wounded.")
    assert found["250"] == found["1,900"] == "Finnish Defence Forces"


def test_speaking_on_condition_of_anonymity_claims_nothing():
    # Its "of" opens no figure: the senator's clause after it claims the figure.
    text = "A Finnish officer spoke on condition of anonymity, and Senator Jane Holt said 4,200 soldiers had died."
    assert claimants(text)["4,200"] == "Jane Holt"


def test_speaking_to_hearers_claims_nothing():
    # A hearer's "to" is no time of the speaking: the figure counts the hearers, the writer's own.
    assert claimants("Senator Jane Holt spoke to 60 cadets in the hall.").get("60") is None
