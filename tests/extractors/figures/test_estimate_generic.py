"""dossier.estimate_generic: a count of "systems" counts the weapons named just before it."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "paragraphs, quantity",
    [
        (["Moscow has moved several batteries of Koksan self-propelled guns to the south.",
          "Officers there speak of dozens of systems."], "dozens"),
        (["Pyongyang has shipped 240-mm rocket launchers by rail. Even 150 systems would barely change the front."],
         "150"),
    ],
)
def test_systems_count_the_weapons_named_before(paragraphs, quantity):
    got = run(*paragraphs)
    row = got[got["quantity_text"] == quantity].iloc[0]
    assert row["category"] == "artillery_systems"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The ministry bought dozens of systems last year."],  # no weapon named before
        ["Kyiv wants more Patriot batteries. It has asked for 12 systems."],  # air defence is no category here
        ["Koksan guns were seen near Kursk. The plant runs 40 computer systems."],  # a noun between: not generic
    ],
)
def test_systems_with_no_weapon_named_before_are_no_figure(paragraphs):
    got = run(*paragraphs)
    assert not got["category"].isin(["artillery_systems"]).any() or len(got) == 0


def test_systems_count_the_whole_weapon_named_not_a_word_inside_it():
    # "multiple launch rocket systems" are artillery systems, not the rockets one of its words names.
    got = run("Moscow has moved 240-mm multiple launch rocket systems to the south.",
              "Officers there speak of dozens of systems.")
    assert (got.iloc[0]["category"], got.iloc[0]["subtype"]) == ("artillery_systems", "mlrs")


@pytest.mark.parametrize(
    "paragraphs, quantity, category",
    [
        (["Kyiv says 30 Koksan guns were hit this spring.", "Context matters here.", "Even 300 systems would be few."],
         "300", "artillery_systems"),
        (["Russia got about 150 KN-23 missiles last year.", "That is not the whole story.",
          "Analysts expect dozens of such systems more."], "dozens", "missiles"),
        (["At least 40 North Korean 240-mm launchers crossed the border, HUR said.", "More may follow.",
          "Some 100 systems could be in Russia by autumn."], "Some 100", "artillery_systems"),
    ],
)
def test_systems_count_the_weapons_the_figure_before_counted(paragraphs, quantity, category):
    got = run(*paragraphs)
    assert got[got["quantity_text"] == quantity]["category"].tolist() == [category]


def test_systems_after_a_figure_of_no_weapons_are_no_figure():
    got = run("Kyiv says 11,000 North Korean troops are in Kursk.", "Context matters here.",
              "The ministry bought 220 systems of software.")
    assert got["quantity_text"].tolist() == ["11,000"]
