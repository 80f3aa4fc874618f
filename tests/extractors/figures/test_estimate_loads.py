"""dossier.estimate_specs.a_load_aboard: what one piece of materiel carries on board is no figure."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text",
    [
        "The Koksan carries 12 rounds on board and needs a second vehicle to reload.",
        "Each launcher of the type holds 22 rockets aboard, a Russian manual says.",
        "The vehicle can carry eight missiles onboard, according to the catalogue.",
        "It takes 40 shells on board, enough for a short barrage.",
    ],
)
def test_a_pieces_load_on_board_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A load moved, or counted with no word of being aboard, is a figure.
        ("The freighter carried about 2,000 shells on board when it left Rajin.", "about 2,000"),
        ("Russia fires 10,000 shells a day along the front, Kyiv says.", "10,000"),
    ],
)
def test_a_load_moved_or_fired_is_still_a_figure(text, quantity):
    assert quantity in set(run(text)["quantity_text"])


@pytest.mark.parametrize(
    "text",
    [
        # A measure joined by a hyphen ("40-foot") is one word of the subject: "a" still opens it, any one of a kind.
        "Analysts note that a typical 40-foot container can hold about 600 to 800 rounds of 122mm ammunition.",
        "A standard 60-tonne railcar can carry between 900 and 1,100 shells, the report estimates.",
    ],
)
def test_what_one_of_a_kind_measured_by_a_compound_holds_is_no_figure(text):
    assert run(text).empty


def test_a_compound_measure_does_not_make_a_shipment_a_capacity():
    # One ship, named as sent, with what it carried: a figure of shells, not what any such ship holds.
    df = run("Last week a 120-metre cargo ship carried 2,000 shells from Rajin to Dunai.")
    assert "2,000" in set(df["quantity_text"])
