"""dossier.estimate_memorials: graves, coffins and portraits of the fallen count soldiers killed, one each."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The ceremony hall held 57 portraits of soldiers killed near Sudzha.", "57"),
        ("Photographs of 38 of the fallen hung in the new museum.", "38"),
        ("Villagers counted 24 fresh graves of the fallen behind the school.", "24"),
        ("A train brought 60 coffins of soldiers killed in Kursk to Pyongyang.", "60"),
    ],
)
def test_memorials_of_the_dead_count_soldiers_killed(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", "killed")


@pytest.mark.parametrize(
    "text",
    [
        "The museum shows 40 portraits of Kim Il Sung.",  # portraits of no one dead
        "He knelt before one of the coffins and wept.",  # one picked out of them
        "The envoy listed two grave breaches of the ceasefire by the army.",  # an adjective
        "The general admitted three grave mistakes in the assault on Avdiivka.",
        "The minister laid wreaths at 4 graves in the old cemetery.",  # graves tied to no one dead
        "Villagers counted 24 fresh graves behind the school.",
    ],
)
def test_memorials_of_no_one_dead_or_one_of_them_are_no_figure(text):
    assert run(text).empty
