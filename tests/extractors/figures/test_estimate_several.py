"""dossier.estimate_several: "several" as a count of what a report could not number."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # Arms fired or destroyed, people killed or wounded: "several" is the count, at least three of them.
        ("Early on Tuesday the North fired several short-range ballistic missiles into the sea.", "several",
         "missiles"),
        ("Three Koksan guns were spotted near Kupiansk, and drone crews destroyed several howitzers that week.",
         "several", "artillery_systems"),
        ("Several North Korean soldiers were wounded when the convoy hit a mine.", "Several", "casualties"),
    ],
)
def test_several_counts_a_loss_or_arms(text, quantity, category):
    row = one(text, quantity)
    assert (row["category"], row["low"], row["hedge"]) == (category, 3, "vague")
    assert row["high"] != row["high"]  # NaN: "several" sets no upper bound


def test_several_more_counts_the_noun_before():
    row = one("The brigade said it had killed 14 North Korean infantrymen and wounded several more.", "several")
    assert row["category"] == "casualties"


@pytest.mark.parametrize(
    "text",
    [
        # Soldiers told of no loss: some of those named, no size of a force.
        "The ministry sanctioned the defence minister and several senior officers involved in the dispatch.",
        # A multiplier, not a count.
        "Pyongyang said 300 of its soldiers were killed; Kyiv's figure is several times higher.",
        # A noun of its own that counts nothing here, even after a figure of soldiers.
        "Kyiv says 3,000 North Korean troops were wounded, according to several European diplomats.",
    ],
)
def test_several_of_no_loss_or_arms_is_no_figure(text):
    assert not run(text)["quantity_text"].str.lower().eq("several").any()


def test_several_of_another_noun_leaves_the_change_between_figures():
    # "several" counting nothing must not stand between a figure and its earlier value ("up from"): both are read.
    df = run("Imagery shows about 500 containers at the port on several days in May, up from fewer than 80 in March.")
    assert {"about 500", "fewer than 80"} <= set(df["quantity_text"])
    assert "several" not in set(df["quantity_text"])


@pytest.mark.parametrize(
    "text",
    [
        # A singular arm before another noun only modifies it: tests, production lines, fragments count no missiles.
        "North Korea has conducted several missile tests this year.",
        "Kim inspected several missile production lines at the factory.",
        "Several missile fragments found in Kharkiv were North Korean, prosecutors said.",
    ],
)
def test_several_before_an_arm_that_modifies_another_noun_is_no_figure(text):
    assert not run(text)["quantity_text"].str.lower().eq("several").any()
