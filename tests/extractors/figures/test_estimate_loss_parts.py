"""dossier.estimate_loss_parts: people counted after "among them" that follows a loss are part of that loss."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("A Russian glide bomb struck Zaporizhzhia on Monday. Nine people were killed and 31 injured, among "
         "them four children.", "four", "strike_casualties"),
        ("A missile strike on Dnipro killed 14 civilians, among whom three children, the governor said.", "three",
         "strike_casualties"),
        ("Some 40 soldiers of the unit were wounded, among them five officers.", "five", "casualties"),
    ],
)
def test_a_part_named_after_a_loss_is_that_loss(text, quantity, category):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == category


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Pyongyang sent 12,000 troops, among them 2,500 engineers, to the border region.", "2,500"),  # no loss
        ("Some 8,000 soldiers arrived in Kursk in March, among them 300 snipers.", "300"),
    ],
)
def test_a_part_of_a_force_stays_troops(text, quantity):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == "troops"


def test_a_part_after_another_clause_is_no_loss():
    # A full stop between the loss and "among them": the part opens a sentence of its own, no loss is closed.
    rows = run("The strike wounded 20 people. The shelter held 60 people, among them 25 children.")
    assert "25" not in set(rows["quantity_text"])
