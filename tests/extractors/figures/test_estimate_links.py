"""dossier.estimate_links: the noun before a link word that a figure after it counts."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A date between the noun and its link is no break of the phrase, whichever way it is written.
        ("Kyiv said Russia's losses since Jan. 1, 2025 had climbed to 410,000.", "410,000", "casualties"),
        ("Ukraine's military said Russian losses since 1 January 2025 had risen to 410,000.", "410,000", "casualties"),
        ("The number of North Korean troops sent since March 2025 reached 15,000.", "15,000", "troops"),
    ],
)
def test_a_date_inside_the_subject_of_a_link(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_date_alone_is_no_figure():
    # The day and the year of the date are not read as figures of their own.
    df = run("Russia's losses since Jan. 1, 2025 had climbed to 410,000, Kyiv said.")
    assert list(df["quantity_text"]) == ["410,000"]


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The wounded, whom Seoul's spy agency estimates at roughly 2,700, are treated in Moscow.", "roughly 2,700", "casualties"),
        ("The shells, which analysts estimate at about 8 million, came by rail.", "about 8 million", "artillery_shells"),
        ("Its soldiers in Kursk, which the Pentagon assessed at 11,000 in May, have moved west.", "11,000", "troops"),
        ("The brigade's dead, which Kyiv pegs at some 600, were buried near Kursk.", "some 600", "casualties"),
    ],
)
def test_a_claimant_s_verb_and_at_in_a_relative_clause_link_its_figure_to_the_noun(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("North Korean losses, which the Main Intelligence Directorate (HUR) puts at about 5,000, keep growing.",
         "about 5,000", "casualties"),
        ("The shells sent so far, which South Korea's National Intelligence Service estimates at 12 million, came by sea.",
         "12 million", "artillery_shells"),
    ],
)
def test_a_relative_clause_with_a_long_claimant_links_its_figure_to_the_antecedent(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_relative_clause_holding_its_own_noun_keeps_it():
    text = "The spy agency briefed the parliamentary committee, whose members said the dead numbered about 600."
    assert one(text, "about 600")["category"] == "casualties"


def test_an_average_links_a_rate_to_its_noun():
    df = run("North Korean casualties have averaged roughly 350 a month since April, the agency said.")
    row = df.set_index("quantity_text").loc["roughly 350"]
    assert (row["category"], row["subtype"]) == ("casualties", "killed_or_wounded")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # An adverb between the comma and the link verb still opens the clause about the noun before the comma.
        ("North Korea's engineers in Kursk, now numbering about 1,000, are clearing mines.", "about 1,000", "troops"),
        ("The North Korean prisoners of war, still numbering at least four, are held in Kyiv.", "at least four", "casualties"),
    ],
)
def test_an_adverb_before_a_link_verb_after_a_comma(text, quantity, category):
    row = one(text, quantity)
    assert row["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("North Korean casualties are estimated to be in the tens of thousands.", "tens of thousands", "casualties"),
        ("Its losses are thought to have been in the low thousands.", "thousands", "casualties"),
        ("Deaths among the North Koreans were likely in the high hundreds.", "hundreds", "casualties"),
    ],
)
def test_a_vague_count_links_to_its_noun_past_a_long_predicate(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("North Korean losses, the NIS said, stood at about 3,000.", "about 3,000", "casualties"),
        ("The contingent, Kyiv says, now numbers some 12,000.", "some 12,000", "troops"),
        ("Casualties, according to Seoul, were in the high hundreds.", "hundreds", "casualties"),
    ],
)
def test_an_attribution_set_off_by_commas_leaves_the_noun_linked(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_an_aside_without_an_attribution_still_parts_the_noun():
    assert run("The drills, a show of force, involved 3,000 tonnes of fuel.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("A contingent of 12,000 remains in the Kursk region, the NIS said.", "12,000"),
        ("Seoul says a corps of 25,000 stands ready near Pyongyang.", "25,000"),
        ("A battalion of about 400 guards the rail bridge.", "about 400"),
    ],
)
def test_a_verb_in_s_after_a_force_s_size_is_its_verb(text, quantity):
    assert one(text, quantity)["category"] == "troops"


def test_a_plural_after_of_that_no_force_noun_heads_counts_itself():
    assert run("Ukrainian forces pushed North Korean troops out of two villages near the border.").empty


def test_a_total_of_a_noun_no_vocabulary_counts_is_of_that_noun():
    text = "About 40 shipments left Rajin in May. The number of tourists more than doubled to about 2,000."
    assert run(text)["quantity_text"].tolist() == ["About 40"]


def test_a_total_of_them_is_of_what_the_figure_before_counted():
    row = one("Pyongyang sent 3,000 troops in March. The number of them in Kursk reached 14,000.", "14,000")
    assert row["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Seoul said the 11th Corps, which numbers about 10,000, had taken heavy losses.", "about 10,000"),
        ("The brigade, which numbered some 3,000, was moved to Belgorod.", "some 3,000"),
    ],
)
def test_a_formation_sized_in_a_relative_clause_counts_its_men(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("“We lost men in the hundreds every week,” the battalion commander said.", "hundreds", "killed_or_wounded"),
        ("Pyongyang has lost soldiers in the thousands since the autumn.", "thousands", "killed_or_wounded"),
    ],
)
def test_a_loss_verb_before_a_linked_noun_makes_its_vague_count_a_loss(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


def test_soldiers_sent_in_the_thousands_stay_troops():
    assert one("Pyongyang sent soldiers in the thousands.", "thousands")["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv puts North Korean casualties — dead, wounded and missing — in the low thousands.", "thousands",
         "casualties"),
        ("The contingent — Pyongyang's first combat deployment abroad — now numbers some 12,000.", "some 12,000",
         "troops"),
    ],
)
def test_an_aside_between_dashes_leaves_the_noun_linked(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_dashed_aside_without_a_counted_noun_before_it_links_nothing():
    assert run("The drills — a show of force by both navies — used 3,000 tonnes of fuel.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Their losses ran to the low thousands by March, a Western official said.", "thousands"),
        ("North Korean deaths were in the mid hundreds by the end of January.", "hundreds"),
    ],
)
def test_a_vague_count_after_low_mid_or_high_links_to_its_noun(text, quantity):
    assert one(text, quantity)["category"] == "casualties"


def test_hundreds_of_a_plural_of_its_own_after_to_the_is_no_figure():
    assert run("Pyongyang sent engineers to the hundreds of sites damaged in the fighting.").empty
