"""Figures in a list or a series count one noun (dossier.extractors.figures.estimate_joins)."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantities, category",
    [
        # A series of values of one noun: each after "then", "later" or "now" counts what the one before counted.
        ("The count of North Korean soldiers in Russia kept rising: first it was 8,000, then 11,000, then 14,000.",
         ["8,000", "11,000", "14,000"], "troops"),
        ("Kyiv reported 900 casualties in December, then 2,200, later more than 4,000.",
         ["900", "2,200", "more than 4,000"], "casualties"),
        ("At first 300 containers crossed each month, later 900, now some 1,500.",
         ["300", "900", "some 1,500"], "shipments"),
    ],
)
def test_a_series_of_values_counts_one_noun(text, quantities, category):
    got = run(text)
    assert got["quantity_text"].tolist() == quantities and set(got["category"]) == {category}


def test_a_figure_after_then_with_a_noun_of_its_own_keeps_it():
    got = run("Russia fired 300 shells at the town, then 20 drones struck the depot.")
    assert dict(zip(got["quantity_text"], got["category"])).get("20") != "artillery_shells"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Pyongyang moved more troops to Russia over the winter. There are about 9,000 near Kursk today, Kyiv says.",
         "about 9,000"),
        ("The North sent soldiers to Russia in October, and there are now roughly 4,000 near Sudzha.", "roughly 4,000"),
    ],
)
def test_an_elided_count_after_there_are_counts_the_soldiers_named_without_a_number(text, quantity):
    # No figure before it, but the sentence or the one before names soldiers: "there are 9,000" counts them.
    got = run(text)
    assert got["quantity_text"].tolist() == [quantity] and got["category"].tolist() == ["troops"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has fired North Korean missiles at Kharkiv. There are about 3,000 in its stocks, analysts think.",
        "Pyongyang sent soldiers to Russia. There are 5,000 residents in the border town.",
        # Soldiers named two sentences back are too far for a count with no noun.
        "Troops were seen on the border in May. The talks opened in June. Officials say there were about 2,000 there.",
    ],
)
def test_an_elided_count_after_there_are_counts_no_soldiers_otherwise(text):
    got = run(text)
    assert "troops" not in set(got["category"])


@pytest.mark.parametrize(
    "text, quantity, low, high",
    [
        # A verb of saying alone before a bare figure written large: the soldiers named just before are what it counts.
        ("How many North Korean soldiers fight in Kursk? Analysts in Tokyo write about 9-10 thousand.",
         "about 9-10 thousand", 9000, 10000),
        ("Pyongyang sent troops to the front in the autumn. In Washington people tend to say 10,000 or 11,000.",
         "10,000 or 11,000", 10000, 11000),
        # With a figure counted before, the bare figure said counts what that one counted.
        ("Seoul first reported 1,500 soldiers in Vladivostok. Kyiv now says 13,000.", "13,000", 13000, 13000),
    ],
)
def test_a_bare_figure_after_a_verb_of_saying_counts_the_soldiers_named(text, quantity, low, high):
    row = run(text).set_index("quantity_text").loc[quantity]
    assert (row["category"], row["low"], row["high"]) == ("troops", low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang sent troops to Russia. The exporter said 3,000 tonnes of rice had been shipped.",
        "The ministry said 2,000 on Monday, without saying of what.",
        # Soldiers named two sentences back are too far for a figure after "say".
        "Troops crossed the border in May. The talks opened in June. Diplomats say 4,000.",
    ],
)
def test_a_bare_figure_after_a_verb_of_saying_counts_no_soldiers_otherwise(text):
    assert "troops" not in set(run(text)["category"])


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # One dispatch named with its order, then a copula or a verb of size: the figure is troops.
        ("The opening contingent was small: the first contingent was roughly 2,000, Kyiv believes.", "roughly 2,000",
         None),
        ("According to the ministry, the third wave numbered close to 5,000.", "close to 5,000", None),
        ("The latest batch is about 1,200, officials in Seoul say.", "about 1,200", None),
        # A bare figure whose verb and "as" say what it is.
        ("Moscow took in 9,000 soldiers, and some 1,500 arrived as replacements in the spring.", "some 1,500",
         "reinforcements"),
        ("The first group was some 8,000 strong, plus about 2,000 came as a replenishment later.", "about 2,000",
         "reinforcements"),
    ],
)
def test_one_dispatch_named_before_a_copula_or_as_is_troops(text, quantity, subtype):
    row = run(text).set_index("quantity_text").loc[quantity]
    assert row["category"] == "troops" and (None if pd.isna(row["subtype"]) else row["subtype"]) == subtype


@pytest.mark.parametrize(
    "text",
    [
        "The first round was 300, the gunners said.",  # a round may be of shells as well as of troops
        "The soldier was 19 when he was sent.",
        "About 2,000 came as tourists to Wonsan last summer.",
        "The second meeting was 40 minutes long.",
    ],
)
def test_a_copula_without_one_dispatch_named_is_no_troop_figure(text):
    assert "troops" not in set(run(text)["category"])


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Moscow wanted artillery rounds, by the millions, and Pyongyang sent them.", "millions", "artillery_shells", None),
        ("Injured conscripts, numbering in the hundreds, were flown home in secret.", "hundreds", "casualties", "wounded"),
        ("The convoy carried KN-23 missiles, in the dozens, toward the border.", "dozens", "missiles", None),
        ("Seoul says fresh troops, numbering some 4,000, reached Kursk in May.", "4,000", "troops", None),
        ("The families buried dead soldiers, by the hundreds, last winter.", "hundreds", "casualties", "killed"),
    ],
)
def test_a_figure_set_off_after_a_noun_by_a_phrase_that_sizes_it_counts_that_noun(text, quantity, category, subtype):
    got = run(text)
    row = got[got["quantity_text"].str.contains(quantity)]
    assert row["category"].tolist() == [category]
    assert row["subtype"].fillna("").tolist() == [subtype or ""]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters, numbering in the hundreds, gathered outside the embassy.",  # a noun no category counts
        "He walked along the river, by the hundreds of stalls, to the station.",  # a clause goes on after it
        "Seoul sent diplomats, in the 1990s, to Moscow.",  # a decade, no count
    ],
)
def test_a_sizing_phrase_after_a_noun_no_category_counts_reads_no_figure(text):
    assert run(text).empty


def test_a_count_of_each_counts_the_weapons_named_before():
    got = run("Pyongyang has sent Koksan guns and 240mm rocket launchers. Kyiv says Moscow got roughly 80 of each by May.")
    rows = got[got["quantity_text"] == "roughly 80"]
    assert rows["category"].tolist() == ["artillery_systems"]


def test_figures_given_respectively_each_count_the_weapons_named():
    got = run("Seoul counts Koksan guns and M1991 launchers, of which some 60 and 45 respectively are at the front.")
    assert got[got["quantity_text"].isin(["some 60", "45"])]["category"].tolist() == ["artillery_systems"] * 2
