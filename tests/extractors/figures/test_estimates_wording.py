"""dossier.estimates on wordings of wire copy and assessments: hedges, losses, linked and joined figures."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from estimate_readings import one, run

NAN = math.nan


def _bound(value, expected) -> bool:
    return pd.isna(value) if math.isnan(expected) else value == expected


@pytest.mark.parametrize(
    "text, quantity, low, high, hedge",
    [
        ("Kyiv puts the number closer to 6,000 soldiers.", "closer to 6,000", 6000, 6000, "approximate"),
        # "close to" says what "nearly" says: not quite so many; "closer to" compares, and stays approximate.
        ("The ministry said close to 2,500 soldiers had been wounded.", "close to 2,500", NAN, 2500, "upper_bound"),
        ("Analysts said in the region of 8,000 troops remain in Kursk.", "in the region of 8,000", 8000, 8000, "approximate"),
        ("The plant turns out on the order of 200,000 shells a month.", "on the order of 200,000", 200000, 200000, "approximate"),
        ("Seoul counted more or less 3,000 engineers at the site.", "more or less 3,000", 3000, 3000, "approximate"),
        ("The treaty caps the contingent at not more than 5,000 troops.", "not more than 5,000", NAN, 5000, "upper_bound"),
        ("Pyongyang has sent not less than 10,000 soldiers, the agency said.", "not less than 10,000", 10000, NAN, "lower_bound"),
        ("Officials believe not fewer than 400 soldiers were captured.", "not fewer than 400", 400, NAN, "lower_bound"),
        ("At a minimum 2,000 troops were rotated home, he said.", "At a minimum 2,000", 2000, NAN, "lower_bound"),
        ("The North lost at the very least 900 soldiers.", "at the very least 900", 900, NAN, "lower_bound"),
    ],
)
def test_hedges_of_wire_copy_bound_the_figure(text, quantity, low, high, hedge):
    row = one(text, quantity)
    assert row["hedge"] == hedge
    assert _bound(row["low"], low) and _bound(row["high"], high)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Assault units lose about 120 soldiers a day near Pokrovsk, a commander said.", "about 120"),
        ("The brigade loses roughly 40 men in every attack.", "roughly 40"),
        ("At that pace Moscow would lose 30,000 troops by summer.", "30,000"),
    ],
)
def test_a_force_that_loses_soldiers_counts_a_loss(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", "killed_or_wounded")


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        # One hedge opens the whole list, whatever each item counts.
        ("Pyongyang shipped nearly 5 million shells and 120 KN-23 missiles.", "120", "upper_bound"),
        ("Seoul says roughly 13,000 troops and 200 howitzers were sent.", "200", "approximate"),
        ("The depots sent at least 2 million rounds, as well as 80 rocket launchers.", "80", "lower_bound"),
        ("Officials counted about 300 killed and 2,700 wounded.", "2,700", "approximate"),
        ("The North sent some 1,000 sappers and 5,000 builders.", "5,000", "approximate"),
        # A later item hedged on its own says the writer hedged item by item: the bare one between is exact.
        ("The army lost more than 900 soldiers, 35 tanks and over 60 armoured vehicles.", "35", "exact"),
        ("Kyiv counted nearly 3 million shells, 150 missiles and about 40 launchers.", "150", "exact"),
    ],
)
def test_a_hedge_reaches_the_joined_figures_it_opens(text, quantity, hedge):
    assert one(text, quantity)["hedge"] == hedge


@pytest.mark.parametrize(
    "text, hedges",
    [
        # A list set off by commas is coordinated as "and" coordinates two: the hedge before it reaches every item.
        ("Kyiv counted roughly 500 North Koreans killed, 1,800 wounded and 90 captured.",
         {"roughly 500": "approximate", "1,800": "approximate", "90": "approximate"}),
        ("Seoul says at least 60 howitzers, 40 launchers and 30 mortars crossed the border.",
         {"at least 60": "lower_bound", "40": "lower_bound", "30": "lower_bound"}),
        # Items of other kinds keep their own reading, as when two are joined.
        ("Pyongyang delivered at least 70 missiles, 140 artillery pieces and 3 million shells, Seoul says.",
         {"at least 70": "lower_bound", "140": "exact", "3 million": "exact"}),
        # A last item with a hedge of its own leaves the bare one between them as written.
        ("Kyiv counted roughly 500 North Koreans killed, 1,800 wounded and some 90 captured.",
         {"roughly 500": "approximate", "1,800": "exact", "some 90": "approximate"}),
    ],
)
def test_a_hedge_reaches_the_items_of_a_list_of_its_own_kind(text, hedges):
    got = run(text)
    assert dict(zip(got["quantity_text"], got["hedge"])) == hedges


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Moscow said the number of engineers to be sent would be 6,000.", "6,000", "troops"),
        ("By spring the size of the contingent will be about 18,000, officials said.", "about 18,000", "troops"),
        ("The total of shells shipped may be 9 million.", "9 million", "artillery_shells"),
        ("The number of soldiers there is thought to be around 14,000.", "around 14,000", "troops"),
        ("Casualties among the units have soared to 5,000.", "5,000", "casualties"),
        ("Shell deliveries have doubled to 400,000 a month.", "400,000", "artillery_shells"),
    ],
)
def test_a_figure_after_a_modal_copula_or_a_verb_of_change(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_as_high_as_bounds_a_figure_from_above():
    row = one("The number of troops could be as high as 15,000.", "as high as 15,000")
    assert row["hedge"] == "upper_bound" and row["high"] == 15000 and pd.isna(row["low"])


def test_a_modal_copula_after_a_noun_that_names_no_figure_links_nothing():
    assert run("The commander will be 45 next week.").empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Some 9,000 workers were sent this year, up from about 4,000 last year.", "about 4,000", "troops"),
        ("Output reached 3 million shells in 2024, up from 1 million in 2022.", "1 million", "artillery_shells"),
        ("Roughly 11,000 troops remain in Kursk, down from 14,000 in the spring.", "14,000", "troops"),
        ("Kyiv counts 4,200 casualties, compared with 3,000 in March.", "3,000", "casualties"),
    ],
)
def test_an_earlier_value_compared_with_a_figure_counts_what_it_counts(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("The brigade lost about 700 soldiers killed in the December assaults.", "about 700", "killed"),
        ("Russia lost 1,200 men wounded near Sudzha, Kyiv said.", "1,200", "wounded"),
        ("The regiment lost some 90 soldiers who were captured.", "some 90", "captured"),
        ("The North lost 1,350 troops over the past week.", "1,350", "killed_or_wounded"),
    ],
)
def test_a_loss_verb_after_the_noun_says_what_a_force_lost(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity, category, low",
    [
        ("North Korean casualties are in the thousands, a Ukrainian officer said.", "thousands", "casualties", 2000),
        ("Russian losses have run into the tens of thousands.", "tens of thousands", "casualties", 20000),
        ("The number of workers sent is in the low thousands.", "thousands", "troops", 2000),
    ],
)
def test_a_vague_count_in_the_predicate_counts_the_noun_before(text, quantity, category, low):
    row = one(text, quantity)
    assert (row["category"], row["hedge"], row["low"]) == (category, "vague", low)


def test_a_vague_count_of_people_in_the_predicate_is_no_figure():
    assert run("The crowds at the parade were in the thousands.").empty


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Two North Korean soldiers, aged 21 and 25, were captured near Sudzha.", "Two", "casualties", "captured"),
        ("Three conscripts, aged 19 to 23, have been killed, the ministry said.", "Three", "casualties", "killed"),
        ("Four soldiers, aged 20 and 22, were sent to the front.", "Four", "troops", None),
    ],
)
def test_ages_set_off_by_commas_stand_between_a_count_and_its_verb(text, quantity, category, subtype):
    row = one(text, quantity)
    assert row["category"] == category and (row["subtype"] == subtype or subtype is None and pd.isna(row["subtype"]))


@pytest.mark.parametrize(
    "text",
    [
        "The howitzers have been used in at least four offensives, the brigade says.",
        "North Korean missiles struck Kharkiv on at most two occasions last month.",
        "The drones flew at least five sorties a night over the border.",
    ],
)
def test_a_hedge_that_opens_with_at_is_no_link_to_a_noun_before(text):
    assert run(text).empty


def test_a_verb_that_opens_a_figure_still_links_it():
    df = run("North Korean casualties exceed 3,000, the agency said.")
    assert list(zip(df["quantity_text"], df["category"])) == [("exceed 3,000", "casualties")]


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Kyiv's losses on that axis amounted to about 900 servicemen last week.", "about 900", "killed_or_wounded"),
        ("The toll among the North Korean units stood at 450 soldiers, Seoul said.", "450", "killed"),
        ("Casualties in the marine brigade reached 1,300 men by April.", "1,300", "killed_or_wounded"),
    ],
)
def test_a_loss_linked_to_a_count_of_soldiers_makes_it_a_loss(text, quantity, subtype):
    df = run(text)
    assert list(zip(df["quantity_text"], df["category"], df["subtype"])) == [(quantity, "casualties", subtype)]


def test_a_force_linked_to_a_count_of_soldiers_stays_troops():
    df = run("The number of troops in the region reached 11,500 soldiers, the ministry said.")
    assert list(df["category"]) == ["troops"]


def test_the_whole_a_loss_is_taken_from_stays_troops():
    df = run("Kyiv believes some 900 soldiers have been wounded out of about 12,000 troops sent to Kursk.")
    assert list(zip(df["quantity_text"], df["category"])) == [("some 900", "casualties"), ("about 12,000", "troops")]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Russia has taken delivery of 240 howitzers. A fresh contingent is in training, and about 2,500 are due in June.", "about 2,500"),
        ("Pyongyang shipped 80 launchers in March. A new deployment followed in May, with 1,500 more.", "1,500"),
        ("It said 60 Koksan guns had been moved, and that a new deployment of 4,000 was being readied.", "4,000"),
        ("The 90 rocket systems crossed by rail. The next deployment of about 3,500 is expected by June.", "about 3,500"),
    ],
)
def test_an_elided_count_after_a_new_deployment_counts_troops(text, quantity):
    row = run(text).set_index("quantity_text").loc[quantity]
    assert row["category"] == "troops"


def test_an_elided_count_after_materiel_alone_still_counts_it():
    df = run("Russia received 2,000 rockets to support its troops. Another 1,500 arrived in May.")
    assert list(df["category"]) == ["rockets", "rockets"]


@pytest.mark.parametrize(
    "text",
    [
        "One official said deliveries of shells had slowed since the summer.",
        "Three sources say troops were moved to the coast.",
    ],
)
def test_a_number_inside_an_attribution_counts_nothing(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("A missile strike on Zaporizhzhia killed 14 people and injured 63, the governor said.", "63", "strike_casualties", "wounded"),
        ("Ukrainian drones killed 30 North Korean soldiers and wounded 18 near Sudzha.", "18", "casualties", "wounded"),
    ],
)
def test_a_small_count_joined_to_a_loss_by_a_casualty_verb_is_a_loss(text, quantity, category, subtype):
    row = run(text).set_index("quantity_text").loc[quantity]
    assert (row["category"], row["subtype"]) == (category, subtype)


def test_a_small_count_after_a_casualty_verb_alone_stays_unread():
    assert run("Russia fired 20 missiles and killed 3.")["quantity_text"].tolist() == ["20"]


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("About 700 conscripts were mustered in Hyesan, and 120 more were waiting for orders.", "120", "troops"),
        ("The report counts 48 railcars at Khasan, up from 20 in June.", "20", "shipments"),
        ("Analysts saw 9 cargo ships at Rajin, compared with 4 a month before.", "4", "shipments"),
        ("Kyiv said its drones killed 30 North Korean soldiers on Friday and another 12 on Saturday.", "12", "casualties"),
    ],
)
def test_a_small_figure_goes_on_with_the_count_before_when_its_words_say_so(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 150 defectors reached Seoul in the first half, down from 190 a year before.",
        "Seoul put the contingent at 12,000 troops. It said 41 ports took Russian grain, compared with 30 in 2023.",
        "Seoul said 11,000 troops went. Kim has met Putin three times, and two more meetings are planned.",
    ],
)
def test_the_earlier_value_of_an_uncounted_figure_counts_nothing(text):
    assert set(run(text)["quantity_text"]) <= {"12,000", "11,000"}


@pytest.mark.parametrize(
    "text, quantity, low, high, hedge, share_of",
    [
        ("Kyiv has found wreckage of North Korean missiles. Moscow has launched some 60 of them, and about half missed.",
         "about half", 50, 50, "approximate", "missiles"),
        ("Some 14,000 North Korean soldiers went to Kursk. Roughly a third of them were wounded.",
         "Roughly a third", 33.3, 33.3, "approximate", "troops"),
        ("Pyongyang shipped 5 million shells last year; more than half were old stock.", "more than half", 50, NAN, "lower_bound",
         "artillery_shells"),
        ("Seoul counts 120 Koksan guns in Russia. Around a quarter are deployed near Kursk.", "Around a quarter", 25, 25,
         "approximate", "artillery_systems"),
    ],
)
def test_a_share_with_no_noun_of_its_own_is_a_share_of_the_figure_before(text, quantity, low, high, hedge, share_of):
    row = one(text, quantity)
    assert (row["category"], row["subtype"], row["hedge"]) == ("share_percent", share_of, hedge)
    assert _bound(row["low"], low) and _bound(row["high"], high)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang sent 3 million shells in 2024. In the second half deliveries slowed.",
        "Deliveries fell from 3 million shells a quarter to roughly half that.",
        "North Korea sent 2 million shells. About half the time the fuses failed.",
        "Seoul said 11,000 troops had gone. A third deployment is expected.",
    ],
)
def test_a_fraction_word_that_is_no_share_of_a_figure_is_dropped(text):
    assert run(text)["category"].ne("share_percent").all()


def test_a_quoted_few_hundred_is_a_vague_count():
    row = one('A Pentagon official said a "few hundred" had been killed near Sudzha.', "few hundred")
    assert (row["category"], row["subtype"], row["hedge"], row["low"]) == ("casualties", "killed", "vague", 200)


def test_a_closing_quotation_mark_before_of_them_is_the_figures():
    text = "Seoul put North Korean casualties at 2,000. An official said a “few hundred” of them had died."
    assert one(text, "few hundred")["category"] == "casualties"


def test_a_total_brought_to_a_figure_of_its_own_plural_counts_that():
    df = run("Monitors logged 12,000 containers at Rajin. The new calls brought the total to 58 visits.")
    assert list(df["quantity_text"]) == ["12,000"]


def test_a_total_brought_to_a_figure_and_a_time_still_counts_the_force():
    assert one("Pyongyang sent 1,500 more soldiers, bringing the total to 12,500 this spring.", "12,500")["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv said North Korean losses in the Kursk region since the start of the winter offensive amount to 5,200 servicemen.",
         "5,200", "casualties"),
        ("After heavy losses near Sudzha the North Korean contingent in Russia grew to 14,500 soldiers.", "14,500", "troops"),
    ],
)
def test_a_link_verb_reads_the_last_noun_of_its_subject(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Seoul says 9,000 North Korean workers went to Russia last year. Of those, some 6,000 were construction workers.",
         "some 6,000", "troops", "construction_workers"),
        ("Moscow expects 4,000 military builders in Kursk, where the first 1,200 arrived in May.", "1,200", "troops",
         "construction_workers"),
    ],
)
def test_a_bare_count_reads_its_own_verb_or_complement(text, quantity, category, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == (category, subtype)


@pytest.mark.parametrize(
    "text, quantity, low, high, hedge",
    [
        ("Seoul believes above 4,000 soldiers were rotated home.", "above 4,000", 4000, NAN, "lower_bound"),
        ("Kyiv says below 200 howitzers remain in Kursk.", "below 200", NAN, 200, "upper_bound"),
    ],
)
def test_above_and_below_bound_a_figure(text, quantity, low, high, hedge):
    row = one(text, quantity)
    assert row["hedge"] == hedge and _bound(row["low"], low) and _bound(row["high"], high)


def test_port_calls_are_shipments_by_ship():
    row = one("Analysts logged at least 48 port calls at Rajin by ships in the trade.", "at least 48")
    assert (row["category"], row["subtype"]) == ("shipments", "ships")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Seoul puts the force at 14,000 troops in all: 10,000 last autumn and 4,000 this spring.", "4,000", "troops"),
        ("Pyongyang sent 36 howitzers in March and 18 in April.", "18", "artillery_systems"),
        ("Kyiv said its drones killed 25 North Korean soldiers on Monday and 9 on Tuesday.", "9", "casualties"),
        ("Britain says Russia lost over 1,200 troops a day in March, and some 35,000 in the month.", "some 35,000", "casualties"),
    ],
)
def test_a_figure_joined_to_the_one_before_with_no_noun_counts_the_same(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent 300 soldiers and 200 doctors to the region.",
        "Articles 3 and 4 of the treaty were cited, and 12 missiles were fired on 2 and 3 July.",
    ],
)
def test_a_figure_joined_to_the_one_before_with_a_noun_of_its_own_is_not_joined(text):
    assert set(run(text)["quantity_text"]) <= {"300", "12"}


@pytest.mark.parametrize(
    "paragraphs, quantity, category",
    [
        # The count before is two sentences back; the sentence right before names what "more" adds to.
        (["Launchers: about 150 were delivered by rail.", "The first engineers reached Kursk in May.",
          "Around 1,200 more were flown in during June, officials said."], "Around 1,200", "troops"),
        # Nothing counted yet in the sentence: the noun written earlier in it is nearer than the figure before.
        (["Seoul said the North shipped 40 howitzers in March.",
          "Engineers from the North were flown to Kursk in April, and about 500 more are expected."],
         "about 500", "troops"),
    ],
)
def test_more_adds_to_the_noun_written_nearest(paragraphs, quantity, category):
    assert one(" ".join(paragraphs), quantity)["category"] == category


def test_more_after_a_figure_of_its_sentence_adds_to_that_figure():
    text = "Russia received 4,000 shells and some trucks in May, and 1,200 more arrived in June."
    assert one(text, "1,200")["category"] == "artillery_shells"


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv counted 90 North Korean launchers at the front, of which 14 were destroyed in May.", "14", "artillery_systems"),
        ("The North has shipped some 300 Koksan guns, of which about 60 have been lost.", "about 60", "artillery_systems"),
    ],
)
def test_of_which_takes_a_part_of_the_things_counted_before(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_of_which_takes_no_part_of_an_uncounted_figure():
    text = "The treaty has 23 articles, of which 4 concern defence, and the North sent 11,000 troops."
    assert run(text)["quantity_text"].tolist() == ["11,000"]


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said two regiments had reached Kursk, each with about 1,800 soldiers.",
        "Four battalions, each numbering some 500 troops, crossed into Russia by rail.",
        "Each platoon of around 30 men was sent to the front without training.",
        "The convoys, each of 25 railcars, left Rajin at night.",
    ],
)
def test_the_size_of_each_unit_is_no_figure_of_the_force(text):
    assert run(text).empty


def test_each_of_a_force_is_a_figure_of_it():
    assert one("Each of the 3,000 soldiers received a medal from Kim.", "3,000")["category"] == "troops"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kyiv said its drones killed 400 and wounded 1,100 North Korean soldiers in March.", [("400", "killed"), ("1,100", "wounded")]),
        ("The brigade said it killed 4,000 and wounded 9,000 in the Kursk fighting.", [("4,000", "killed"), ("9,000", "wounded")]),
        ("The brigade said it killed 40 and wounded 900 in the Kursk fighting.", [("40", "killed"), ("900", "wounded")]),
    ],
)
def test_each_casualty_verb_gives_its_own_figure_its_subtype(text, expected):
    df = run(text)
    assert list(zip(df["quantity_text"], df["subtype"])) == expected


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Ukraine has recovered debris of Hwasong-11 missiles fired at Kharkiv, about 60 in total.", "about 60", "missiles"),
        ("The JCS counted Koksan guns and rocket launchers at the port, some 90 altogether, before they left.", "some 90", "artillery_systems"),
    ],
)
def test_a_sum_set_off_by_a_comma_counts_the_noun_before_it(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_sum_of_what_no_vocabulary_counts_is_no_figure():
    assert run("Kim has visited Russian factories since 2023, about 20 in total.").empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Pyongyang has moved engineers to the Kursk border (about 1,000, according to Seoul) this spring.", "about 1,000", "troops"),
        ("Russia has fired North Korean shells at Kharkiv (some 2 million) since January.", "some 2 million", "artillery_shells"),
    ],
)
def test_a_figure_alone_in_a_bracket_counts_the_noun_before_it(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_small_exact_number_in_a_bracket_is_no_count_of_the_noun_before():
    assert "12" not in set(run("Kim met the 30 engineers (12) at the airport.")["quantity_text"])


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # An earlier value with its article, named as someone's, still counts what the figure before counts.
        ("The toll among North Korean troops has climbed to 1,900 killed, up from the 500 Seoul gave in March.", "500", "casualties"),
        ("Some 14,000 troops are now in Kursk, up from the 11,000 the NIS counted last year.", "11,000", "troops"),
        ("Shipments reached 90 containers, down from the 120 that analysts had tallied.", "120", "shipments"),
    ],
)
def test_an_earlier_value_after_its_article_is_a_figure(text, quantity, category):
    assert one(text, quantity)["category"] == category
