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
