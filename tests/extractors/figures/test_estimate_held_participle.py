"""dossier.estimate_held.held_right_after: "held" right after soldiers, with where or by whom, makes them captives."""

from __future__ import annotations

import pytest

from estimate_readings import one


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A place after "held" may also read as a claimant ("Kyiv ... have asked"): the participle is read as written.
        ("Three North Korean soldiers held in Kyiv have renewed their plea to go south.", "Three"),
        ("Ukraine's ombudsman said two Korean soldiers held in Lviv had asked again to settle in Seoul.", "two"),
        ("Four Russian soldiers held captive near Sumy were shown on television.", "Four"),
        ("Two soldiers held in custody in Kyiv told a South Korean lawmaker they wished to defect.", "Two"),
    ],
)
def test_soldiers_held_somewhere_or_by_someone_are_captives(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", "captured")


@pytest.mark.parametrize(
    "text, quantity",
    [
        # "held" as their own verb, or held in reserve: soldiers, no captives.
        ("Ukraine says 200 soldiers held positions near the village.", "200"),
        ("Some 3,000 soldiers held in reserve were sent to Kursk.", "Some 3,000"),
    ],
)
def test_soldiers_who_hold_something_stay_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"
