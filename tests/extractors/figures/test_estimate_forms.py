"""dossier.estimates on construction suites: how a figure is written, hedged, what it counts, and what is no figure.

Each family varies one construction the way coverage does (digits, words, ranges, shares, changes; hedges before,
after and in the predicate; losses told by the predicate; numbers that count nothing), with look-alikes that must
not be read so.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from estimate_readings import run

NAN = math.nan


def _row(text: str, quantity: str) -> pd.Series:
    df = run(text)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, f"{quantity!r} not read once from {text!r}:\n{df[['quantity_text', 'hedge', 'category']]}"
    return rows.iloc[0]


def _same(value, expected) -> bool:
    if isinstance(expected, float) and math.isnan(expected):
        return pd.isna(value)
    return not pd.isna(value) and abs(value - expected) < 0.5


@pytest.mark.parametrize(
    "text, quantity, low, high, category",
    [
        ("Seoul's spy agency says 12 000 North Korean troops have been deployed to Russia.", "12 000", 12000, 12000, "troops"),
        ("The NIS estimated that 1.5 million artillery shells had been shipped since August.", "1.5 million", 1500000, 1500000, "artillery_shells"),
        ("Kyiv says 12k North Korean soldiers are now fighting in Kursk.", "12k", 12000, 12000, "troops"),
        ("Some two thousand North Korean troops were rotated out in March, officials said.", "Some two thousand", 2000, 2000, "troops"),
        ("Seoul believes some three-thousand engineers have left for Kursk.", "some three-thousand", 3000, 3000, "troops"),
        ("Officials say 27-hundred soldiers arrived by train last week.", "27-hundred", 2700, 2700, "troops"),
        ("Pyongyang has shipped a million shells to Russia, the ministry said.", "a million", 1000000, 1000000, "artillery_shells"),
        ("North Korea can make 3 million shells a year, analysts estimate.", "3 million", 3000000, 3000000, "artillery_shells"),
        ("Between 10,000 and 12,000 North Korean troops are in Kursk, analysts believe.", "Between 10,000 and 12,000", 10000, 12000, "troops"),
        ("Western officials put the force at 10,000-12,000 troops.", "10,000-12,000", 10000, 12000, "troops"),
        ("The contingent numbers 10,000 to 12,000 soldiers, according to the JCS.", "10,000 to 12,000", 10000, 12000, "troops"),
        ("Russia received 11-12 thousand North Korean soldiers, the paper wrote.", "11-12 thousand", 11000, 12000, "troops"),
        ("About half of the shells fail to explode, gunners say.", "About half", 50, 50, "share_percent"),
        ("Around 40 per cent of the rounds are faulty, The Times reported.", "Around 40 per cent", 40, 40, "share_percent"),
        ("Up to 40 percent of the shells are duds, the commander told Reuters.", "Up to 40 percent", NAN, 40, "share_percent"),
    ],
)
def test_a_figure_is_read_however_it_is_written(text, quantity, low, high, category):
    row = _row(text, quantity)
    assert row["category"] == category and _same(row["low"], low) and _same(row["high"], high)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Pyongyang sent another 1,500 troops in March, the NIS said.", "1,500"),
        ("A further 3,000 soldiers were deployed in January, Seoul said.", "3,000"),
        ("An additional 2,000 troops have been sent, the JCS said.", "2,000"),
    ],
)
def test_troops_added_to_a_deployment_are_reinforcements(text, quantity):
    assert (_row(text, quantity)["category"], _row(text, quantity)["subtype"]) == ("troops", "reinforcements")


@pytest.mark.parametrize(
    "text, quantity, hedge, low, high",
    [
        ("Approximately 600 soldiers were killed, the lawmaker said.", "Approximately 600", "approximate", 600, 600),
        ("An estimated 4,700 North Koreans have been killed or wounded.", "An estimated 4,700", "approximate", 4700, 4700),
        ("Nearly 3,000 soldiers have been wounded, Kyiv said.", "Nearly 3,000", "upper_bound", NAN, 3000),
        ("Well over 10,000 troops have been sent, officials believe.", "Well over 10,000", "lower_bound", 10000, NAN),
        ("No fewer than 300 soldiers were captured, Kyiv said.", "No fewer than 300", "lower_bound", 300, NAN),
        ("Fewer than 1,000 troops remain at the front, Seoul said.", "Fewer than 1,000", "upper_bound", NAN, 1000),
        # "as few as" gives the least a claim allows, as "as many as" gives the most.
        ("As few as 200 soldiers were killed, the Kremlin insists.", "As few as 200", "lower_bound", 200, NAN),
        ("Kyiv says 2,000 or so North Korean soldiers were wounded.", "2,000 or so", "approximate", 2000, 2000),
        # A hedge after the number, spaced or fused by a hyphen.
        ("The North sent 2,000-odd engineers to Kursk, Seoul said.", "2,000-odd", "approximate", 2000, 2000),
        ("Satellite images show 300 odd shipping containers at Rajin.", "300 odd", "approximate", 300, 300),
        ("Ukraine says 500-plus North Korean troops were wounded in January.", "500-plus", "lower_bound", 500, NAN),
        ("The toll now exceeds 3,000 North Korean soldiers, Kyiv said.", "exceeds 3,000", "lower_bound", 3000, NAN),
    ],
)
def test_a_hedge_before_after_or_in_the_predicate_bounds_the_figure(text, quantity, hedge, low, high):
    row = _row(text, quantity)
    assert row["hedge"] == hedge and _same(row["low"], low) and _same(row["high"], high)


def test_odd_as_an_adjective_before_a_noun_is_no_hedge():
    # "odd" right after the number hedges it; "odd" as a word of its own ahead of other words does not reach back.
    assert _row("Three soldiers gave odd answers to the interrogators.", "Three")["hedge"] == "exact"


@pytest.mark.parametrize(
    "text, quantity, hedge, low, high",
    [
        ("North Korean casualties are likely to be in excess of 4,000, British intelligence assesses.",
         "in excess of 4,000", "lower_bound", 4000, NAN),
        ("Losses among the North Korean units were probably close to 3,000, a Ukrainian officer wrote.",
         "close to 3,000", "upper_bound", NAN, 3000),
        ("Casualties could be as high as 4,000, the ministry's spokesman told reporters.", "as high as 4,000", "upper_bound", NAN, 4000),
        ("According to Kyiv, the dead were some 300 and the wounded far more.", "some 300", "approximate", 300, 300),
        ("The death toll is now 600, Seoul's spy agency told lawmakers on Tuesday.", "600", "exact", 600, 600),
        ("North Korean fatalities will be over 1,000 by spring, analysts warn.", "over 1,000", "lower_bound", 1000, NAN),
    ],
)
def test_a_count_of_losses_is_the_figure_its_copula_gives(text, quantity, hedge, low, high):
    row = _row(text, quantity)
    assert row["category"] == "casualties" and row["hedge"] == hedge
    assert _same(row["low"], low) and _same(row["high"], high)


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A copula after a noun of people, not of losses, may give an age.
        ("The prisoners are 21 and 26, the SBU said.", "21"),
        ("The wounded soldier was 19, his commander said.", "19"),
    ],
)
def test_a_copula_after_people_gives_no_loss(text, quantity):
    df = run(text)
    assert df[df["quantity_text"] == quantity].empty


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        # A hedge opening a list reaches a bare middle item, whether the last item has a figure or not.
        ("The panel says Pyongyang delivered at least 100 ballistic missiles, 200 long-range guns and an unknown number of launchers.",
         "200", "lower_bound"),
        ("Seoul says about 60 howitzers, 40 rocket launchers and some mortars crossed the border.", "40", "approximate"),
        ("Kyiv counted nearly 90 howitzers, 30 launchers, and a few tanks.", "30", "upper_bound"),
        ("At least 70 self-propelled guns, 25 launchers and dozens of mortars came by rail.", "25", "lower_bound"),
        # A clause, not a list's item: the hedge stays in its own clause.
        ("Seoul says at least 60 howitzers were sent in May, 40 launchers were seen in June and more may follow.", "40", "exact"),
        ("Around 300 soldiers were killed, 40 were wounded in Kursk and the rest fled.", "40", "exact"),
        ("Kyiv said about 60 howitzers arrived, 40 of which it destroyed, and the rest were sent to Kursk.", "40", "exact"),
    ],
)
def test_a_hedge_reaches_a_bare_item_before_a_last_item_with_no_figure(text, quantity, hedge):
    assert _row(text, quantity)["hedge"] == hedge


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Over 700 Ukrainian soldiers surrendered, the Russian general claimed.", "Over 700", "captured"),
        ("About 40 North Korean troops have surrendered since January, Kyiv says.", "About 40", "captured"),
        ("More than 200 soldiers laid down their arms near Sudzha, the ministry said.", "More than 200", "captured"),
        ("Some 30 North Koreans gave themselves up to a Ukrainian unit, officials said.", "Some 30", "captured"),
        ("The death toll among North Korean troops stands at 600, Seoul said.", "600", "killed"),
        ("About 300 North Korean soldiers died in the battle, Seoul said.", "About 300", "killed"),
        ("Some 2,700 North Koreans were wounded, the NIS said.", "Some 2,700", "wounded"),
        ("Nine North Korean soldiers were captured, the SBU said on Friday.", "Nine", "captured"),
    ],
)
def test_the_predicate_makes_a_count_of_soldiers_a_loss(text, quantity, subtype):
    row = _row(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


def test_soldiers_who_only_arrive_are_no_loss():
    row = _row("Over 700 North Korean soldiers arrived in Kursk, the general said.", "Over 700")
    assert (row["category"], row["subtype"]) != ("casualties", "captured") and row["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The 11th Corps was redeployed to the front, Kyiv said.", "11th"),
        ("The howitzer fires 170mm shells at a range of 60 km.", "60"),
        ("The soldier, 26, said he had not been told he was going to Russia.", "26"),
        ("The treaty was signed on June 19, 2024, in Pyongyang.", "19"),
        ("Russia paid $20 billion for the shells, an analyst estimated.", "$20 billion"),
        ("The missile, a KN-23, struck at 4:30 a.m. local time.", "4:30"),
        ("Resolution 2397 bans such transfers, the council said.", "2397"),
        ("The assembly voted 140 to 3 to condemn the transfers.", "140"),
        ("The soldiers trained for 10 days before crossing the steppe.", "10"),
        ("The agency marked the 80th anniversary of the liberation.", "80th"),
        ("Trade between the two countries rose by a third in 2024.", "a third"),
    ],
)
def test_a_number_that_counts_no_force_is_no_figure(text, quantity):
    df = run(text)
    assert df[df["quantity_text"] == quantity].empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A figure written large with no noun, subject of a verb of moving or staying: the soldiers named just before.
        ("North Korean troops are still deployed in Kursk. About 11,000 remain there, Kyiv says.", "About 11,000"),
        ("Are North Korean soldiers still in Russia? Around 9,000 remain in the border region.", "Around 9,000"),
        ("Pyongyang sent soldiers to the front in October. Some 4,000 have since arrived, the JCS said.", "Some 4,000"),
        ("Seoul's spies say the troops went by sea; roughly 2,500 stayed behind in Vladivostok.", "roughly 2,500"),
    ],
)
def test_a_bare_figure_that_moves_or_stays_counts_the_troops_named_before(text, quantity):
    row = _row(text, quantity)
    assert row["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        # The noun named before is no troops, or the figure has a noun of its own: no troops.
        ("Russia has stockpiled North Korean shells since 2023. About 4,000 remain at the depot in Bryansk.", "About 4,000"),
        ("Kyiv says North Korean soldiers fought in Kursk. In 2025 the front remained quiet.", "2025"),
    ],
)
def test_a_bare_figure_that_stays_counts_no_troops_after_other_nouns(text, quantity):
    df = run(text)
    rows = df[df["quantity_text"] == quantity]
    assert rows.empty or (rows["category"] != "troops").all()


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A share after a verb of change and "by" sizes the change of the verb's subject, not a share of the figure before.
        ("Pyongyang has sent about 12,000 soldiers. Trade between the allies grew by more than a third last year.", "more than a third"),
        ("Russia fires some 10,000 shells a day. Rice prices in Pyongyang have fallen by about a third since May.", "about a third"),
        ("Seoul says 11,000 troops went. Rail freight across the border rose sharply by 40 percent in 2024.", "40 percent"),
    ],
)
def test_a_share_that_sizes_a_change_is_no_figure(text, quantity):
    df = run(text)
    assert df[df["quantity_text"] == quantity].empty


def test_a_share_of_the_figure_before_is_still_read():
    row = _row("Russia fired about 40 missiles in May, and about half missed their targets.", "about half")
    assert (row["category"], row["subtype"]) == ("share_percent", "missiles")


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A country's people at a place of combat are troops, as people a deploying verb sends are.
        ("About 8,000 North Koreans are at the front, Kyiv's spy agency says.", "About 8,000"),
        ("Some 6,000 North Koreans are now on the front line in Kursk, the general said.", "Some 6,000"),
        ("Ukraine's intelligence puts the number of North Koreans still at the front at roughly 7,000.", "roughly 7,000"),
        ("Seoul believes 2,000 North Koreans are in combat near Pokrovsk.", "2,000"),
    ],
)
def test_people_at_the_front_are_troops(text, quantity):
    assert _row(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("About 500 North Koreans at the front of the queue were given visas.", "About 500"),
        ("The number of North Koreans living in Vladivostok is about 8,000.", "about 8,000"),
    ],
)
def test_people_away_from_combat_are_no_troops(text, quantity):
    df = run(text)
    assert df[df["quantity_text"] == quantity].empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A part of a whole that names no counted noun is what the copula after the whole says it is.
        ("Seoul says roughly 1,500 of the new arrivals are military engineers.", "roughly 1,500", "engineers"),
        ("About two thousand of the newcomers were construction workers, the NIS told lawmakers.", "About two thousand", "construction_workers"),
        ("Some 800 of those sent in May are deminers, according to the JCS.", "Some 800", "deminers"),
    ],
)
def test_a_part_is_what_the_copula_after_its_whole_says(text, quantity, subtype):
    row = _row(text, quantity)
    assert (row["category"], row["subtype"]) == ("troops", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("About 1,000 of the new arrivals were ill, doctors said.", "About 1,000"),
        ("Some 1,200 of the newcomers were tourists from Vladivostok.", "Some 1,200"),
    ],
)
def test_a_part_the_copula_gives_no_counted_noun_is_no_figure(text, quantity):
    df = run(text)
    assert df[df["quantity_text"] == quantity].empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A quoted fragment may open with words of the predicate before its figure and close right after it.
        ('The institute wrote that casualties were "likely in the low thousands" and rising.', "thousands", "casualties"),
        ("Analysts said North Korean losses were “probably close to 3,000”.", "close to 3,000", "casualties"),
        ("A British official said the losses were “easily in the thousands” by March.", "thousands", "casualties"),
    ],
)
def test_a_quoted_fragment_opening_before_its_figure_keeps_the_predicate(text, quantity, category):
    assert _row(text, quantity)["category"] == category


def test_a_quoted_clause_keeps_its_marks():
    # A whole statement quoted after "said" is the speaker's clause: a bare figure in it counts nothing of the writer's.
    assert run("The general said “it was 300” and left.").empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # Soldiers who risk their lives are no loss; those who lose or give them are.
        ("Seoul sent no troops, but Pyongyang sent 12,000, and thousands of them risked their lives.", "thousands", "troops"),
        ("“They fought bravely, and hundreds of them put their lives at risk every day,” the general said.", "hundreds", "troops"),
        ("Pyongyang sent 12,000 soldiers, and hundreds of them lost their lives near Sudzha.", "hundreds", "casualties"),
        ("Thousands of North Korean soldiers gave their lives in Kursk, KCNA said.", "Thousands", "casualties"),
    ],
)
def test_risking_a_life_is_no_loss(text, quantity, category):
    assert _row(text, quantity)["category"] == category
