"""dossier.estimate_subsets: a small count that picks people out of a group already counted is no figure."""

from __future__ import annotations

import pytest

from estimate_readings import run


def figures(*paragraphs: str) -> list[tuple[str, str, object]]:
    df = run(*paragraphs)
    return [(r.quantity_text, r.category, None if r.subtype != r.subtype else r.subtype) for r in df.itertuples()]


@pytest.mark.parametrize(
    "text, kept",
    [
        # The group is counted once; what is said of some of them counts no one.
        ("Kyiv says its forces hold five North Korean soldiers. Two of the prisoners have asked to go to South Korea.", "five"),
        ("Kyiv says its forces hold five North Korean soldiers. Three of them come from the same village.", "five"),
        ("Kyiv says its forces hold five North Korean soldiers. All five are under 25 years old.", "five"),
        ("The SBU questioned six captured soldiers; four of those served as scouts before the war.", "six"),
    ],
)
def test_a_part_of_a_group_told_no_loss_is_no_figure(text, kept):
    assert [f[0] for f in figures(text)] == [kept]


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("A platoon of 30 men crossed the river. Eight of them were killed by drones within an hour.", "Eight", "killed"),
        ("About 200 soldiers reached the village. Two of the soldiers were wounded by shelling.", "Two", "wounded"),
    ],
)
def test_a_part_of_a_group_that_was_lost_is_a_loss(text, quantity, subtype):
    got = [f for f in figures(text) if f[0] == quantity]
    assert got == [(quantity, "casualties", subtype)]


def test_a_part_sent_on_is_a_deployment():
    text = "The battalion had 400 soldiers at first. Ninety of them were sent to Kursk in March."
    assert [f[0] for f in figures(text)] == ["400", "Ninety"]


def test_a_part_of_materiel_is_still_counted():
    # "of them" stands for missiles here, not people: examined debris from 14 missiles is a figure of missiles.
    text = "Russia has fired some 40 North Korean missiles, and experts have studied the wreckage of 14 of them."
    assert ("14", "missiles", None) in figures(text)


def test_a_part_of_a_whole_counted_in_the_same_phrase_is_left_to_the_partitive():
    text = "Two of the 12 soldiers held by Kyiv have asked to go to South Korea."
    assert [f[0] for f in figures(text)] != []


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A loss the vocabularies read after the group's words keeps the part a loss.
        ("About 40 soldiers were cut off near the river. Three of them surrendered to Ukrainian troops.", "Three", "captured"),
        ("About 40 soldiers were cut off near the river. Six of them went missing overnight.", "Six", "missing"),
        ("About 40 soldiers were cut off near the river. Two of them were taken prisoner at dawn.", "Two", "captured"),
    ],
)
def test_a_part_of_a_group_lost_in_any_words_the_vocabularies_know_is_a_loss(text, quantity, subtype):
    assert (quantity, "casualties", subtype) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # A handful after "groups of" sizes each group of a tactic: how a force moves, not how many it has.
        "By spring the Koreans were moving in small groups of three or four men.",
        "Now they attack in teams of two soldiers, a drone operator said.",
        "The infantry crosses the open ground in pairs of two soldiers.",
        "They dig in and advance in squads of five men under drone cover.",
    ],
)
def test_a_handful_sizing_many_small_groups_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Groups of a force's size are counted: the labels count them as troops.
        ("Pyongyang sends groups of 3,000 soldiers every two months.", "3,000"),
        ("Groups of 500 troops crossed the border at Khasan.", "500"),
        # A handful not after a noun of groups is a count as ever.
        ("Four soldiers were captured near Sudzha.", "Four"),
    ],
)
def test_larger_groups_and_other_handfuls_are_still_counted(text, quantity):
    assert quantity in set(run(text)["quantity_text"])
