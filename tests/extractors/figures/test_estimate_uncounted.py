"""dossier.estimate_uncounted: a count of the turns something came in ("sent in two rounds") is no figure."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, kept, category",
    [
        ("Pyongyang has dispatched about 9,000 soldiers in three rounds since the autumn, the agency said.",
         "about 9,000", "troops"),
        # The turns read as no count, the figure after them finds the soldiers, not the "rounds", before it.
        ("Of the 8,000 troops sent in two rounds, some 5,000 are stationed near the border, officials said.", "some 5,000",
         "troops"),
    ],
)
def test_the_turns_a_force_came_in_are_no_figure(text, kept, category):
    rows = run(text)
    assert "three" not in set(rows["quantity_text"]) and "two" not in set(rows["quantity_text"])
    row = rows[rows["quantity_text"] == kept]
    assert len(row) == 1 and row.iloc[0]["category"] == category


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The battery fired 400 rounds in a single night.", "400"),  # rounds counted, not after "in"
        ("Gunners fired in 60 rounds of North Korean shells before dawn.", "60"),  # "of" says they are shells
        ("The depot took in 120,000 rounds in a month.", "120,000"),  # "took in" many: shells, not turns
    ],
)
def test_rounds_of_ammunition_stay_shells(text, quantity):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == "artillery_shells"
