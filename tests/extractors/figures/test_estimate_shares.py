"""dossier.estimate_shares: what a share is a share of."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A share of a whole that names no noun is a share of what its clause's subject counts.
        ("“Shells from Pyongyang now make up perhaps two-thirds of what the Russians fire,” the colonel said.",
         "perhaps two-thirds", "artillery_shells"),
        ("North Korean missiles are thought to be about 30 percent of whatever Moscow launches at Kyiv.",
         "about 30 percent", "missiles"),
    ],
)
def test_a_share_of_what_is_of_the_noun_before_it(text, quantity, subtype):
    df = run(text)
    assert df[["quantity_text", "category", "subtype"]].values.tolist() == [[quantity, "share_percent", subtype]]


def test_a_share_of_what_with_no_noun_before_is_no_figure():
    assert run("Officials said about 40 percent of what was promised had arrived.").empty


@pytest.mark.parametrize(
    "text",
    [
        "Half of the residents of Sudzha left before the fighting.",
        "About 40 percent of the people in the border villages were moved out.",
        "North Korean workers now make up 30 percent of the labour force on Russian building sites.",
    ],
)
def test_a_share_of_people_of_no_force_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("North Korean artillery shells make up 60 percent of Russia's stocks, Kyiv says.", "60 percent",
         "artillery_shells"),
        ("North Korean missiles represented a third of those fired at Kyiv in January.", "a third", "missiles"),
    ],
)
def test_a_verb_of_making_up_a_whole_shares_the_noun_before_it(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("share_percent", subtype)


def test_people_making_up_a_whole_are_no_share():
    assert run("Civilians make up 40 percent of those still living in the town.").empty


@pytest.mark.parametrize(
    "text, quantity, low",
    [
        ("North Korean troops make up roughly a tenth of the Russian force near Sudzha.", "roughly a tenth", 10.0),
        ("About two-fifths of the shells delivered in the spring were duds, Kyiv says.", "About two-fifths", 40.0),
    ],
)
def test_tenths_and_fifths_are_shares(text, quantity, low):
    assert one(text, quantity)["low"] == low


@pytest.mark.parametrize(
    "text, quantity, low, category",
    [
        # "every second", "every other", "every third": a share of the noun right after it.
        ("Every second shell that lands on our trenches is North Korean, a Ukrainian gunner said.", "Every second", 50,
         "artillery_shells"),
        ("Officers say every third missile launched at Dnipro is now a KN-23.", "every third", 33.3, "missiles"),
        ("Every other round the Russians used near Sudzha last winter came from Pyongyang.", "Every other", 50,
         "artillery_shells"),
    ],
)
def test_every_nth_of_a_noun_is_a_share(text, quantity, low, category):
    row = one(text, quantity)
    assert (row["low"], row["category"]) == (low, "share_percent") and row["subtype"] == category


@pytest.mark.parametrize(
    "text",
    [
        # How often, not how many: no share, and the figure before lends it no noun.
        "The brigade fired 300 shells on Monday; the Russians answer every second day.",
        "Some 2,000 troops arrived in May, and every other month a new unit replaces them.",
        "Ukraine received 40 howitzers, and every third week the crews rotate.",
    ],
)
def test_every_nth_of_a_time_is_no_share(text):
    assert not (run(text)["category"] == "share_percent").any()


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A share noun further back that a verb puts at the percentage: a share of what it names.
        ("Seoul has long put the share of North Korean shells in Russia's stocks at about 45 percent.", "about 45 percent",
         "artillery_shells"),
        ("Pyongyang sends millions of rounds, a share of the shells that Ukraine's intelligence has put at up to 55 percent.",
         "up to 55 percent", "artillery_shells"),
        ("Analysts put the proportion at roughly 30 percent.", "roughly 30 percent", None),
        # A share of a formation is a share of troops.
        ("He said that about a third of his battalion had been wounded by drones.", "about a third", "troops"),
        ("Nearly half of their regiment was killed in the first week, the captured soldier said.", "Nearly half", "troops"),
    ],
)
def test_a_share_put_at_or_of_a_formation_is_a_share(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], None if pd.isna(row["subtype"]) else row["subtype"]) == ("share_percent", subtype)


@pytest.mark.parametrize(
    "text, quantity, value, subtype",
    [
        ("North Korean rounds make up about 70% of Russian artillery fire, against half at the start of the year.",
         "half", 50.0, "artillery_shells"),
        ("Pyongyang's missiles now make up 20 percent of the missiles Russia launches, up from a quarter in spring.",
         "a quarter", 25.0, "missiles"),
    ],
)
def test_a_bare_fraction_after_a_comparison_is_the_other_value_of_the_share(text, quantity, value, subtype):
    r = one(text, quantity)
    assert (r["category"], r["low"], r["subtype"]) == ("share_percent", value, subtype)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy waited half an hour at the border, compared with half a day last winter.",
        "The bridge was cut in half. His half-sister fled to Seoul.",
        "In the second half of the year, the envoy voted against half the resolutions.",
    ],
)
def test_half_that_is_no_share_stays_none(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Moscow leans on North Korean shells. Perhaps half of those fired fail to burst, a gunner said.",
         "Perhaps half", "artillery_shells"),
        ("Russia has fired North Korean missiles at Kharkiv, and roughly a third of them missed by a wide margin.",
         "roughly a third", "missiles"),
    ],
)
def test_a_share_of_them_with_no_figure_before_is_of_the_noun_named(text, quantity, subtype):
    r = one(text, quantity)
    assert (r["category"], r["subtype"]) == ("share_percent", subtype)


def test_a_share_of_them_with_nothing_counted_named_is_no_figure():
    assert run("Kim met the visiting delegates. Half of them had never been to Pyongyang.").empty


@pytest.mark.parametrize(
    "text, quantity, value",
    [
        ("Four out of ten North Korean shells misfire, a Ukrainian battery commander said.", "Four out of ten", 40.0),
        ("Two out of every ten rounds from Pyongyang land short, gunners say.", "Two out of every ten", 20.0),
        ("Roughly 15 in every 100 North Korean shells fail to burst, analysts estimate.", "Roughly 15 in every 100", 15.0),
    ],
)
def test_a_rate_of_a_round_number_is_a_share_of_the_noun_after_it(text, quantity, value):
    r = one(text, quantity)
    assert (r["category"], r["subtype"], r["low"], r["high"]) == ("share_percent", "artillery_shells", value, value)


@pytest.mark.parametrize(
    "text",
    [
        "Out of ten shells, four misfire, a Ukrainian battery commander said.",
        "Out of a hundred rounds, about 20 land short, gunners say.",
    ],
)
def test_the_base_of_a_rate_opening_a_clause_counts_nothing(text):
    # Neither the ten shells nor the four that misfire are shells anyone sent or fired: a rate, told at length.
    assert run(text).empty


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Out of 4,000 North Korean soldiers sent, 900 were wounded.", {"4,000": "troops", "900": "casualties"}),
        ("Some 700 out of 5,000 soldiers were killed, Kyiv said.", {"Some 700": "casualties", "5,000": "troops"}),
    ],
)
def test_a_part_out_of_a_whole_that_is_no_round_base_stays_two_counts(text, counts):
    got = run(text)
    assert dict(zip(got["quantity_text"], got["category"])) == counts


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Half the shells Pyongyang sent last year were duds, Ukrainian gunners say.", "Half", "artillery_shells"),
        ("Moscow now gets a third its missiles from the North, a Ukrainian officer claimed.", "a third", "missiles"),
        ("Half the troops in the first wave were wounded, Kyiv says.", "Half", "troops"),
    ],
)
def test_a_fraction_before_the_determiner_of_its_whole_is_a_share(text, quantity, subtype):
    r = one(text, quantity)
    assert (r["category"], r["subtype"]) == ("share_percent", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy spent half the night at the border.",
        "In the second half the shelling near Kursk grew heavier.",
    ],
)
def test_a_fraction_before_a_determiner_of_no_counted_noun_is_none(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, low, high, hedge, subtype",
    [
        # A share quoted alone, the writer's sentence going on past the closing mark to the noun it is a share of.
        ("The colonel said Pyongyang now supplies “roughly half” of the artillery rounds Russia fires.",
         "roughly half", 50, 50, "approximate", "artillery_shells"),
        ('A deserter claimed that "more than half" of his battalion had been killed or wounded.',
         "more than half", 50, None, "lower_bound", "troops"),
        ("Officials say North Korean shells are “a large share, at times even two-thirds” of what Moscow fires.",
         "two-thirds", 66.7, 66.7, "approximate", "artillery_shells"),
    ],
)
def test_a_share_quoted_alone_is_a_share_of_the_noun_after_the_marks(text, quantity, low, high, hedge, subtype):
    rows = run(text)
    row = rows[rows["quantity_text"] == quantity].iloc[0]
    got_high = None if pd.isna(row["high"]) else row["high"]
    assert (row["low"], got_high, row["hedge"], row["category"], row["subtype"]) == (low, high, hedge, "share_percent",
                                                                                    subtype)


@pytest.mark.parametrize(
    "text",
    [
        # Marks that close a quoted clause, or a share quoted with nothing after it, hug no figure of the writer's.
        "“We lost half,” the sergeant said of his platoon.",
        "He said “half” was enough.",
        "The minister called the report “about half true” and moved on.",
    ],
)
def test_a_quoted_share_with_no_noun_past_its_marks_is_no_figure(text):
    assert run(text).empty


def test_a_share_put_at_a_percentage_far_after_its_noun_is_a_share():
    # The claimant between the share noun and "put at" lengthens the stretch a share noun is looked for in.
    rows = run("The North ships a share of Moscow's artillery rounds that Ukraine's military intelligence has put "
               "at up to 50 percent.")
    assert rows[["quantity_text", "category", "high"]].values.tolist() == [["up to 50 percent", "share_percent", 50]]


@pytest.mark.parametrize(
    "text, quantity, low",
    [
        # A share noun moved by a verb of change to its percentage: the share, whatever its verb or tense.
        ("The share of North Korean shells in Russian fire has dropped to about 40 percent, Kyiv says.",
         "about 40 percent", 40),
        ("Since the spring, the colonel added, the proportion has slipped to around a third by now.", "around a third", 33.3),
        ("By the colonel's account the portion of rounds from Pyongyang had risen to nearly half by winter.",
         "nearly half", 50),
        ("Pyongyang's share of the shells Russian gunners fire fell from about 60 percent to roughly 45 percent.",
         "roughly 45 percent", 45),
        ("Pyongyang's share of the shells Russian gunners fire fell from about 60 percent to roughly 45 percent.",
         "about 60 percent", 60),
    ],
)
def test_a_share_noun_changed_to_a_percentage_is_a_share(text, quantity, low):
    row = one(text, quantity)
    assert row["category"] == "share_percent"
    assert (row["low"] if pd.notna(row["low"]) else row["high"]) == pytest.approx(low, abs=0.5)


@pytest.mark.parametrize(
    "text",
    [
        "The share of exports sent to China rose to 40 percent last year.",  # a share of nothing counted here
        "The share of residents who left the town climbed to about 60 percent.",  # a share of people of no force
        "North Korea's share of Russia's shells is close to 40 percent, Kyiv says.",  # no verb of change, no "at"
    ],
)
def test_a_share_noun_no_verb_moves_or_of_nothing_counted_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "span",
    ["in the first half of the year", "in the second half of 2024", "over the last quarter of the year"],
)
def test_a_fraction_after_an_ordinal_is_a_span_and_leaves_the_share_after_it(span):
    # "the first half of the year" is no figure: the share's earlier value after "down from" is still read.
    text = f"Kyiv says North Korea supplied roughly 40% of the shells Russia fired {span}, down from about half before."
    rows = run(text)
    assert rows["quantity_text"].tolist() == ["roughly 40%", "about half"]
    assert set(rows["category"]) == {"share_percent"}


@pytest.mark.parametrize(
    "second",
    [
        "Two months later the army staff spoke of “as much as 55%”.",
        "Seoul's analysts say 45%.",
        "Western officials, for their part, have spoken of nearly 70%, a source said.",
        "A think tank in London wrote about 35%.",
    ],
)
def test_a_bare_percentage_after_a_verb_of_saying_is_another_count_of_the_share_before(second):
    got = run("Kyiv says some 60% of the shells Russia fires now come from North Korea.", second)
    assert got["category"].tolist() == ["share_percent", "share_percent"]
    assert got["subtype"].tolist() == ["artillery_shells", "artillery_shells"]


def test_a_bare_percentage_with_no_share_before_is_no_figure():
    assert run("Turnout was high.", "Officials say 70%.").empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A share the sentence after a share gives as the value of "it" or "the figure": the same share, another time.
        ("Seoul thinks North Korean rounds make up about 60% of the shells Russia fires. Last spring it was closer "
         "to 70%.", "closer to 70%", "artillery_shells"),
        ("Pyongyang supplies about a third of the shells the Russian army uses. Before the summer that was "
         "nearly 45 percent.", "nearly 45 percent", "artillery_shells"),
        ("Kyiv says some 40 percent of the missiles fired at its cities are North Korean. “A year ago it "
         "stood at more than 50 percent,” the colonel said.", "more than 50 percent", "missiles"),
        ("North Korea covers roughly 45% of Russia's shells, an official said. In 2024 that was around 55%, he added.",
         "around 55%", "artillery_shells"),
    ],
)
def test_a_share_restated_as_the_value_of_it_is_the_same_share(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("share_percent", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        # No share before: "it" is something else, and its percentage no share of a figure.
        ("The plant was idle for weeks. Last year it was more than 50%.", "more than 50%"),
        # A share before, but the one after is no value of "it": a noun of its own follows.
        ("About 60% of the shells Russia fires are North Korean. It was half the distance to the front.", "half"),
    ],
)
def test_a_percentage_of_it_with_no_share_before_is_no_figure(text, quantity):
    assert quantity not in set(run(text)["quantity_text"])


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A share that is a sentence by itself echoes the share just told, or answers it with a newer one.
        ("Kyiv says that about half of the shells Russia fired last month were made in North Korea. Half!",
         "Half", "artillery_shells"),
        ("“Early on a third of their rounds were duds,” the gunner said. “Things have improved. Perhaps a quarter.”",
         "Perhaps a quarter", "artillery_shells"),
        ("By spring some 30 percent of the missiles launched at Kharkiv were of North Korean make. "
         "“About a third.”", "About a third", "missiles"),
    ],
)
def test_a_share_standing_alone_restates_the_share_before(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"], row["hedge"]) == ("share_percent", subtype, "approximate")


@pytest.mark.parametrize(
    "text",
    [
        # No share before it: a fraction alone restates nothing counted.
        "Pyongyang sent 11,000 soldiers to Kursk last autumn. Half!",
        "The delegation left for Moscow on Tuesday. Half. The rest stayed.",
    ],
)
def test_a_share_standing_alone_with_no_share_before_is_no_figure(text):
    assert "Half" not in set(run(text)["quantity_text"])


@pytest.mark.parametrize(
    "text, quantity, low, high",
    [
        ("Western officials estimate that between a fifth and a quarter of the shells Russia fires come from "
         "Pyongyang.", "between a fifth and a quarter", 20, 25),
        ("Analysts reckon a third to a half of the deployed soldiers were wounded.", "a third to a half", 33.3, 50),
    ],
)
def test_a_range_of_fractions_is_one_share(text, quantity, low, high):
    row = one(text, quantity)
    assert (row["category"], row["hedge"], row["low"], row["high"]) == ("share_percent", "range", low, high)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Gunners say the failure rate could be as high as 30 percent with the new fuses.", "as high as 30 percent"),
        ("By one count it was a loss rate of nearly a quarter.", "nearly a quarter"),
        ("Inspectors found that the dud rate was 15 percent.", "15 percent"),
    ],
)
def test_a_rate_linked_to_a_percentage_is_a_share(text, quantity):
    assert one(text, quantity)["category"] == "share_percent"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's central bank held its key rate at 19 percent.",
        "In Moscow the mortgage rate could be 25 percent by the winter.",
        "The unemployment rate stood at 2.3 percent, a record low.",
        "The new tax rate is 22 percent.",
    ],
)
def test_a_rate_of_money_or_of_an_economy_is_no_share(text):
    assert "share_percent" not in set(run(text)["category"])


def test_a_percentage_right_before_rate_is_a_pace_no_share():
    assert run("Russia's arms industry grew at a 9 percent rate last year.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("By spring the brigade had lost about a quarter of its strength.", "about a quarter"),
        ("After the winter the regiment stood at 60 percent of its manpower.", "60 percent"),
    ],
)
def test_a_share_of_a_force_s_strength_is_a_share(text, quantity):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == "share_percent"


def test_strength_in_another_sense_counts_nothing():
    assert run("Half of the speech was about moral strength, he said.").empty
