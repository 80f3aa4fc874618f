"""dossier.claim_captives: "one of them" or "both" after soldiers made prisoners is that state's prisoner of war."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_captives import captives_named
from test_estimate_claimants import claim_in


@pytest.mark.parametrize("before, expected", [
    ("Ukraine holds two captured North Korean soldiers.", "North Korean prisoner of war"),
    ("Three North Korean troops were taken prisoner near Sudzha.", "North Korean prisoner of war"),
    ("Kyiv has exchanged some Russian prisoners of war.", "Russian prisoner of war"),
    # Soldiers who were not captured are no prisoners; nor are prisoners of no state named.
    ("Two North Korean soldiers were killed near Sudzha.", None),
    ("Several prisoners were moved to a camp.", None),
])
def test_captives_named(before, expected):
    assert captives_named([before, "One of them said so."], 1, 0) == expected


def test_one_of_them_after_captured_soldiers_is_a_prisoner_of_war():
    text = ("Two North Korean soldiers have been captured by Ukrainian marines. One of them, a 22-year-old gunner, "
            "told reporters that about 90 men of his company had been killed.")
    assert claim_in("Reuters", "about 90", text) == "North Korean prisoner of war"


def test_both_after_captives_is_theirs_not_the_body_named_between():
    text = ("Two North Korean troops were taken prisoner in March. The men spoke through an interpreter from the "
            "Security Service of Ukraine. Both said that about 90 men of their battalion had been killed.")
    assert claim_in("Reuters", "about 90", text) == "North Korean prisoner of war"


def test_one_of_them_after_officials_is_the_officials():
    text = ("Two South Korean officials briefed reporters on Monday. One of them said about 90 North Korean soldiers "
            "had been captured or killed near Sudzha.")
    assert claim_in("Reuters", "about 90", text) != "North Korean prisoner of war"
