"""dossier.estimate_shares.share_of_a_need: a share of what an army needs is a share of the materiel meeting it."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("By some accounts Pyongyang now meets half of Moscow's artillery needs.", "half", None),
        ("Russia leans on North Korean shells for “as much as 60%” of its needs, the colonel said.",
         "as much as 60%", "artillery_shells"),
        ("The North supplies, in the analyst's view, about 40% of the needs of the Russian army in artillery rounds.",
         "about 40%", "artillery_shells"),
        ("If that holds, the North covers roughly a third of the Kremlin's requirement.", "roughly a third", None),
        ("North Korea meets nearly a quarter of Russia's annual demand for missiles.", "nearly a quarter", "missiles"),
    ],
)
def test_a_share_of_a_need_is_a_share_of_materiel(text, quantity, subtype):
    row = one(text, quantity)
    assert row["category"] == "share_percent" and (row["subtype"] if isinstance(row["subtype"], str) else None) == subtype


@pytest.mark.parametrize(
    "text",
    [
        # A need of something no figure counts, or of people: no share of materiel.
        "Imports from China cover half of the country's food needs.",
        "Aid covers about 30% of the needs of refugees in the region.",
        "Grants meet roughly a third of the requirements of the displaced.",
    ],
)
def test_a_share_of_another_need_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # What an army uses up is its need met: a share of it is a share of the materiel that meets it.
        ("Those shells may have met up to half of Russia's consumption last year.", "up to half", "artillery_shells"),
        ("North Korean rounds made up about 40% of the Russian army's shell consumption in 2024.", "about 40%",
         "artillery_shells"),
        ("Deliveries from Pyongyang covered a third of Moscow's annual consumption of artillery shells.", "a third",
         "artillery_shells"),
        ("Analysts think the North now supplies nearly 60 percent of Russian consumption of 152mm rounds.",
         "nearly 60 percent", "artillery_shells"),
    ],
)
def test_a_share_of_what_an_army_consumes_is_a_share_of_materiel(text, quantity, subtype):
    row = one(text, quantity)
    assert row["category"] == "share_percent" and (row["subtype"] if isinstance(row["subtype"], str) else None) == subtype


def test_a_share_of_a_consumption_of_no_materiel_is_no_figure():
    assert run("Half of the country's electricity consumption comes from imported coal.").empty
