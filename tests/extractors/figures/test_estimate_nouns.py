"""dossier.estimates on what a figure counts: the noun after it, past quoted words, and formations."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Pyongyang is readying 1,500 “volunteer” troops for the front.", "1,500", "troops", None),
        ('Seoul believes about 600 "elite" commandos went first.', "about 600", "troops", "special_forces"),
        ("The paper said 2,000 ‘volunteer’ soldiers had sailed from Wonsan.", "2,000", "troops", None),
        ("A further 900 'elite' troops followed in spring.", "900", "troops", "reinforcements"),
        ("Moscow expects 4,000 “military builders” by June.", "4,000", "troops", "construction_workers"),
        ("Officials expect 700 ‘combat engineers’ by June.", "700", "troops", "engineers"),
        ("Kyiv said 300 North Korean “volunteers” and 40 'elite' snipers were killed.", "40", "casualties", "killed"),
    ],
)
def test_quoted_words_between_a_figure_and_its_noun_are_passed_over(text, quantity, category, subtype):
    row = one(text, quantity)
    assert (row["category"], None if pd.isna(row["subtype"]) else row["subtype"]) == (category, subtype)


def test_a_quoted_figure_still_counts_the_noun_after_its_closing_mark():
    assert one("Officials spoke of “up to 9,000” soldiers in all.", "up to 9,000")["category"] == "troops"


@pytest.mark.parametrize(
    "text",
    [
        "The North has sent two battalions of sappers to the border region.",
        "Pyongyang added three brigades of construction troops, the JCS said.",
        "Seoul counts four regiments of infantry and two artillery battalions in Kursk.",
        "Two companies of marines landed near the port.",
        "At least two divisions of engineers are being trained near Vladivostok.",
    ],
)
def test_a_count_of_formations_is_no_count_of_people(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("About 1,800 Storm Corps troops crossed into Kursk.", "About 1,800"),
        ("A brigade of 3,500 soldiers left Chongjin.", "3,500"),
        ("The 2,500 brigade soldiers sent in May were rotated home.", "2,500"),
    ],
)
def test_a_formation_named_beside_a_count_of_people_leaves_it_a_count(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Pyongyang sent 2,500 more soldiers in May, which brought the total since October 2024 to 13,500.", "13,500", "troops"),
        ("Kyiv said 120 North Koreans were killed this week, raising the toll since January 2025 to 1,900.",
         "1,900", "casualties"),
    ],
)
def test_a_year_between_a_total_and_its_figure_starts_nothing(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper told of one soldier who shielded his comrades from a grenade.",
        "Pyongyang held one deployment of marines in reserve, the source said.",
    ],
)
def test_one_soldier_is_a_person_not_a_force(text):
    assert run(text).empty


def test_one_soldier_lost_is_still_a_loss():
    assert one("Kyiv said one North Korean soldier was captured near Sudzha.", "one")["category"] == "casualties"


@pytest.mark.parametrize(
    "text",
    [
        "A column of 40 tractors carried ammunition to the front.",
        "Pyongyang now makes six kinds of missiles, the report said.",
        "Seoul said 25 factories turn out shells around the clock.",
    ],
)
def test_a_plural_no_vocabulary_knows_is_what_its_figure_counts(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv says 9 HIMARS launchers were hit.", "9", "artillery_systems"),
        ("Rajin loaded 6 trainloads of shells and 2 shiploads of rockets.", "6", "shipments"),
        ("Rajin loaded 6 trainloads of shells and 2 shiploads of rockets.", "2", "shipments"),
        ("North Korea supplied 300 various munitions to Russia.", "300", "artillery_shells"),
    ],
)
def test_a_plural_the_vocabularies_know_or_an_acronym_is_passed_as_before(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The NIS said about 1,200 special operations personnel were moved east.", "about 1,200", "troops"),
        ("Monitors counted 35 arms shipments through Rajin.", "35", "shipments"),
    ],
)
def test_a_plural_modifying_a_counted_noun_is_passed_over(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The lawmaker said the casualties, which numbered about 2,500 in December, keep rising.", "about 2,500", "casualties"),
        ("The contingent, which stood at 12,000 in the autumn, is being rotated.", "12,000", "troops"),
    ],
)
def test_a_relative_clause_links_its_figure_to_the_noun_before_it(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A verb of the link right after a comma opens a phrase about the noun before it.
        ("Pyongyang's losses, estimated at about 3,300 by Kyiv, have not been acknowledged.", "about 3,300", "casualties"),
        ("The second contingent, put at 6,000 by Seoul, left Wonsan in May.", "6,000", "troops"),
        ("The deliveries, totalling roughly 7,000 containers, went by sea.", "roughly 7,000", "shipments"),
    ],
)
def test_a_participle_after_a_comma_links_its_figure_to_the_noun_before_it(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # The subject's head counts, not a noun of the phrase that modifies it.
        ("Losses among the North Korean brigades sent to Kursk were put at roughly 3,800.", "roughly 3,800", "casualties"),
        ("Casualties on the Korean side of the front are estimated at 2,100.", "2,100", "casualties"),
        ("The toll within the deployed battalions reached 520 by January.", "520", "casualties"),
        ("Soldiers from the North's storm units numbered about 4,000 in the first wave.", "about 4,000", "troops"),
        # An agent between the verb and its "at" parts no noun from its figure.
        ("North Korean casualties were estimated by the spy agency at 2,300.", "2,300", "casualties"),
        ("The deployment was put by Kyiv at some 11,500.", "some 11,500", "troops"),
        # A noun before the link with no modifier between is still the noun.
        ("North Korean troops in Kursk numbered about 11,000.", "about 11,000", "troops"),
        ("The number of troops in the region stood at 12,000.", "12,000", "troops"),
    ],
)
def test_the_head_of_a_subject_with_a_modifier_is_what_its_figure_counts(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A loss through a passive infinitive: "to be", "understood", "presumed".
        ("Of the brigade, about 900 are believed to be wounded.", "about 900", "wounded"),
        ("Some 140 are understood to have been wounded near Sudzha.", "Some 140", "wounded"),
        ("At least 60 are presumed killed after the ambush.", "At least 60", "killed"),
    ],
)
def test_a_loss_read_through_a_passive_infinitive(text, quantity, subtype):
    row = one(f"Pyongyang sent 3,000 troops to the front. {text}", quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A comparison, a comma and "at" link the figure to the noun before, as a verb would.
        ("Tokyo's estimate of North Korean losses is higher, at roughly 5,200.", "roughly 5,200", "casualties"),
        ("The British count of the deployed troops was smaller, at 10,500.", "10,500", "troops"),
        # Without the comparison, "at" after a comma names a place or a time, not a figure's link.
        ("The convoy stopped in Rason, at 0500 local time.", "0500", None),
    ],
)
def test_a_comparison_before_at_links_its_figure_to_the_noun_before(text, quantity, category):
    df = run(text)
    rows = df[df["quantity_text"] == quantity]
    assert (rows["category"].tolist() or [None])[0] == category


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Soldiers sent to take the place of losses are added to the force.
        ("The units came back to the line with roughly 2,500 replacements, the spokesman said.", "roughly 2,500"),
        ("Pyongyang flew in some 1,200 replacement troops in March.", "some 1,200"),
    ],
)
def test_replacements_are_reinforcements(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("troops", "reinforcements")


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A share of artillery fire is a share of the shells fired.
        ("By the spring, North Korean rounds made up roughly a third of Russia's artillery fire.", "roughly a third"),
        ("North Korean shells accounted for about 55 percent of Russian artillery fire in Kursk.", "about 55 percent"),
    ],
)
def test_a_share_of_artillery_fire_is_of_shells(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("share_percent", "artillery_shells")


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("One analyst estimated the losses at 3,000 since the spring.", "3,000"),
        ("One diplomat reckoned the dead numbered around 700.", "around 700"),
        ("One expert estimated the death toll at 1,800.", "1,800"),
    ],
)
def test_a_figure_before_a_noun_for_someone_s_job_counts_that_person(text, quantity):
    df = run(text)
    assert list(df["quantity_text"]) == [quantity]


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Missiles: 148 (South Korean Joint Chiefs of Staff).", "148", "missiles"),
        ("Troops killed: about 300.", "about 300", "casualties"),
        ("Koksan self-propelled guns: at least 24 confirmed.", "at least 24", "artillery_systems"),
    ],
)
def test_a_small_figure_in_a_list_s_row_counts_its_label_s_noun(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize("text", ["Age: 20.", "Updated: 3 March.", "Episode: 12."])
def test_a_list_s_row_whose_label_counts_nothing_gives_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Satellite images showed 14 troop trains leaving Chongjin in a week.", "14", "trains"),
        ("At least six troop ships had called at Dunai since August.", "At least six", "ships"),
        ("Monitors counted 30 personnel railcars on the siding near Rason.", "30", "railcars"),
    ],
)
def test_people_before_a_carrier_count_the_carriers(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("shipments", subtype)


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Some 3,000 soldiers boarded ships at Rajin, the JCS said.", "Some 3,000"),
        ("About 500 fallen soldiers were buried near Pyongyang.", "About 500"),
    ],
)
def test_people_before_other_words_still_count_people(text, quantity):
    assert one(text, quantity)["category"] in ("troops", "casualties")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A unit of materiel is one piece of it; the calibre before the noun stays no figure.
        ("Pyongyang has handed Moscow roughly 120 units of 240mm multiple rocket launchers.", "roughly 120", "artillery_systems"),
        ("Satellite photos show 30 units of 152mm towed howitzers on the pier.", "30", "artillery_systems"),
    ],
)
def test_units_of_materiel_count_the_materiel(text, quantity, category):
    df = run(text)
    assert df[["quantity_text", "category"]].values.tolist() == [[quantity, category]]


def test_units_of_people_still_count_formations():
    assert run("The corps sent four units of sappers to the border.").empty


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        # "Of these," opening a sentence: the figure is a part of what the figure before it counted.
        ("Ukraine says Russian forces lost some 1,100 men on Tuesday. Of these, about 40 were North Koreans.",
         "about 40", "casualties", "killed_or_wounded"),
        ("Pyongyang has sent about 250 howitzers since the summer. Of them, 60 were the older Koksan model.",
         "60", "artillery_systems", "howitzers"),
        ("Pyongyang has shipped roughly 4 million shells. Of these, perhaps 30 percent failed to fire.",
         "perhaps 30 percent", "share_percent", "artillery_shells"),
    ],
)
def test_a_part_opened_by_of_these_counts_what_the_figure_before_counted(text, quantity, category, subtype):
    row = one(text, quantity)
    got = None if pd.isna(row["subtype"]) else row["subtype"]
    assert (row["category"], got) == (category, subtype)


def test_of_these_far_from_the_last_figure_counts_nothing():
    text = ("Seoul says about 3,000 troops left for Kursk in the spring. The ministry keeps records of arrivals. "
            "Its data show that visitors from the North rose sharply. Of these, about 500 came to study.")
    assert run(text)["quantity_text"].tolist() == ["about 3,000"]


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Seoul estimates that about 12,000 Korean People's Army troops have been rotated through Kursk.", "about 12,000",
         "troops"),
        ("Some 1,500 Korean People’s Army engineers arrived in the region in September.", "Some 1,500", "troops"),
    ],
)
def test_a_possessive_inside_a_name_passes_to_the_noun_it_modifies(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_possessor_a_number_counts_still_ends_its_phrase():
    assert run("The two countries' armed forces held drills near Vladivostok.").empty


@pytest.mark.parametrize(
    "text",
    [
        "Each M1991 launcher fires 22 rockets in a single salvo.",
        "The Koksan fires up to two rounds per minute, against 40 rounds per minute for older guns.",
        "A Hwasong-11 transporter erector launcher carries two missiles.",
        "An MLRS battery can fire 72 rockets in one volley.",
        "Its launchers carry four missiles each, the report said.",
        "Each truck can take 40 rockets, the commander said.",
    ],
)
def test_what_one_piece_takes_is_a_specification(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("North Korea now ships about 3 million shells a year to Russia.", "about 3 million", "artillery_shells"),
        ("Russian guns fired some 10,000 shells per day in the summer.", "some 10,000", "artillery_shells"),
        ("A train carried 2,000 shells to the front last week.", "2,000", "artillery_shells"),
        ("Pyongyang sent 3,000 soldiers in a second rotation.", "3,000", "troops"),
        ("The launchers fired 22 rockets at Kharkiv overnight.", "22", "rockets"),
    ],
)
def test_a_rate_over_days_or_one_load_stays_a_figure(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang has sent 11,000 troops to Russia. Its population of 26 million has long endured shortages.",
        "Russia has lost 40,000 soldiers there. Belgorod, a city of 330,000, was shelled again on Friday.",
    ],
)
def test_how_many_live_somewhere_is_no_force(text):
    assert len(run(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # What one battery, salvo or crew holds is a specification: only the force's own figure is read.
        "North Korea has sent 120 Koksan guns to Russia. Each one fields a battery of six guns.",
        "North Korea has sent 120 Koksan guns to Russia; the MLRS fires a salvo of 12 rockets.",
        "North Korea has sent 120 Koksan guns to Russia, and a crew of seven operates each gun.",
        "North Korea has sent 120 Koksan guns to Russia, each battery of four guns with its own radar.",
    ],
)
def test_what_one_unit_of_materiel_holds_is_no_figure(text):
    assert run(text)["quantity_text"].tolist() == ["120"]


def test_a_unit_of_materiel_destroyed_counts_a_loss():
    assert one("Ukrainian drones destroyed a battery of six guns near Sudzha.", "six")["category"] == "artillery_systems"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Seoul says the North is assembling an army of 15,000 for a second tour in Russia.", "15,000"),
        ("“They have an army of 900,000 and we have a brigade,” the officer said.", "900,000"),
        ("The North keeps a standing army of about 1.2 million.", "about 1.2 million"),
    ],
)
def test_an_army_sized_by_a_number_is_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


def test_a_count_of_armies_is_no_count_of_people():
    assert run("Two armies of conscripts faced each other across the river.").empty


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were captured near Sudzha. One was wounded in the jaw, the other in the hand.",
        "One prisoner was wounded in the leg and the other was unhurt, the SBU said.",
    ],
)
def test_one_set_against_the_other_picks_out_a_person(text):
    assert not (run(text)["low"] == 1).any()


def test_one_counted_beside_a_larger_figure_stays_a_figure():
    assert one("Kyiv said 300 were killed and one was captured.", "one")["subtype"] == "captured"


def test_the_strength_of_each_unit_is_no_figure_of_the_force():
    assert run("Pyongyang added two battalions to the corps. Each battalion is about 500 strong.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Pyongyang has sent a 12,000-man force to Russia's Kursk region.", "12,000-man"),
        ("The 6,000-man engineering contingent will rebuild roads near Sudzha.", "6,000-man"),
        ("A 1,500-member unit of sappers arrived in August.", "1,500-member"),
    ],
)
def test_a_size_fused_to_man_or_member_before_a_force_is_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text", ["A 12-member delegation from Pyongyang visited Moscow.", "A 3-man crew flew the reconnaissance drone."]
)
def test_a_size_fused_to_man_or_member_of_no_force_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize("text", [
    "Kyiv now holds the two men as prisoners of war, officials said.",
    "The three men are still being held as prisoners of war in a detention centre near Lviv.",
])
def test_people_referred_back_to_who_are_held_as_prisoners_are_counted(text):
    rows = run(text)
    assert list(rows["subtype"]) == ["captured"], rows[["quantity_text", "subtype"]]


@pytest.mark.parametrize("text", [
    "The two men last met in Vladivostok in 2023.",
    "The two men were questioned as witnesses, not suspects.",
])
def test_people_referred_back_to_are_no_count(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # "round" before "trips" is no round of ammunition: a round trip of cargo is a shipment, as a voyage is.
        ("Three Russian freighters have made some 30 round trips between Rajin and Dunai since spring.", "some 30", None),
        ("The ships completed 15 supply voyages in the autumn.", "15", "ships"),
        ("Imagery shows more than 50 voyages by the Lady R and two sister ships this year.", "more than 50", "ships"),
        ("The Maia-1 completed 14 round-trip voyages before it was sanctioned.", "14", "ships"),
    ],
)
def test_voyages_and_round_trips_of_cargo_are_shipments(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], None if pd.isna(row["subtype"]) else row["subtype"]) == ("shipments", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "Kim has made two trips to Russia since 2019, both by armoured train.",
        "The ships made 40 ammunition trips.",  # the head "trips" decides: no shells, and a bare trip is no shipment
    ],
)
def test_a_trip_alone_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        # The head of a compound decides: ammunition trucks are vehicles, missile launchers launchers.
        ("Ukrainian drones destroyed three ammunition trucks near Kursk on Sunday.", "three", "other", "vehicles"),
        ("Kyiv's forces hit two missile launchers and five fuel lorries overnight.", "five", "other", "vehicles"),
        ("Kyiv's forces hit two missile launchers and five fuel lorries overnight.", "two", "artillery_systems", "launchers"),
    ],
)
def test_the_head_of_a_compound_decides_its_category(text, quantity, category, subtype):
    row = one(text, quantity)
    assert (row["category"], None if pd.isna(row["subtype"]) else row["subtype"]) == (category, subtype)


def test_an_age_after_one_of_two_people_is_no_figure():
    assert run("Two soldiers were captured. The younger one, 21, was wounded in the leg.")["quantity_text"].tolist() == ["Two"]


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Kyiv says the North has sent about 800 gunners to man the howitzers.", "about 800", None),
        ("A further 250 artillerymen and 90 gun crews crossed the border in June.", "90", None),
        ("The report counts 45 launcher crews among the new arrivals.", "45", None),
        ("Some 120 mortar crews were trained to fire from the hills.", "Some 120", None),
        ("The brigade lost none of its 300 sappers.", "300", "deminers"),
    ],
)
def test_the_people_who_work_guns_and_launchers_are_troops(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], None if pd.isna(row["subtype"]) else row["subtype"]) == ("troops", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "Each howitzer is served by a crew of five.",
        "The launcher needs a 4-man crew to fire.",
    ],
)
def test_the_crew_of_one_weapon_is_a_specification_not_a_force(text):
    assert run(text).empty


def test_a_sailing_is_a_shipment_by_ship():
    row = one("Satellite images showed at least 30 sailings from Rajin since the autumn.", "at least 30")
    assert (row["category"], row["subtype"]) == ("shipments", "ships")


def test_a_crew_of_no_weapon_is_no_troop():
    # Rescue and repair crews are civilians at work: a plain "crews" is no soldier.
    row = one("Rescue crews said about 40 people had been injured in the missile strike.", "about 40")
    assert row["category"] == "strike_casualties"


@pytest.mark.parametrize(
    "text",
    [
        "One prisoner said he had been told he was going to a training camp.",
        "One wounded soldier told the interviewer that his unit had no maps.",
        "Ukraine's security service said one captive told investigators he was 20.",
        "One deserter stated in a video that his battalion had run out of food.",
    ],
)
def test_one_and_a_speech_verb_bring_in_a_speaker_not_a_count(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, subtype",
    [
        ("One soldier was killed by a drone, the commander said.", "killed"),
        ("One prisoner was taken near the village, the brigade said.", "captured"),
    ],
)
def test_one_lost_before_the_attribution_is_still_a_loss(text, subtype):
    row = one(text, "One")
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, subtype",
    [
        # A passive or a participle of loss after "one" and its noun tells a loss, not who speaks.
        ("One soldier was reported killed near the village on Friday.", "killed"),
        ("One North Korean soldier reported missing in March has not been found.", "missing"),
        ("One soldier was said to have died of his wounds.", "killed"),
    ],
)
def test_one_before_a_passive_or_a_loss_participle_is_still_a_loss(text, subtype):
    row = one(text, "One")
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize("text", [
    # Rounds counted over a short span are a rate of fire: no figure of shells.
    "The crew got off four shells in three minutes before the drone found them.",
    "A trained battery can put 18 rounds in 60 seconds on a target.",
])
def test_rounds_in_a_short_span_are_a_rate_of_fire(text):
    assert run(text).empty


def test_shells_fired_over_days_stay_a_figure():
    # A span of days is no rate of fire: the count of shells is a figure.
    assert list(run("North Korean gunners fired some 9,000 shells in three days near Kursk.")["quantity_text"]) == ["some 9,000"]


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Seoul believes Pyongyang sent several thousand combat veterans to the front in spring.", "several thousand", "troops"),
        ("About 700 combat veterans of the Kursk fighting returned to Pyongyang in June.", "About 700", "troops"),
        ("Kyiv says some 2,000 veterans were dispatched to Kursk in March.", "some 2,000", "troops"),
    ],
)
def test_veterans_sent_or_fighting_are_troops(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "About 400 Korean War veterans attended the anniversary parade in Pyongyang.",
        "Kim greeted 150 veterans of the 1950s at a banquet.",
    ],
)
def test_veterans_neither_sent_nor_serving_are_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("As many as 9,000 North Koreans may have served near Kursk, officials believe.", "As many as 9,000"),
        ("Roughly 2,000 North Koreans served with Russian airborne units last winter.", "Roughly 2,000"),
    ],
)
def test_a_country_s_people_who_served_somewhere_are_troops(text, quantity):
    r = one(text, quantity)
    assert r["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("About 400 North Koreans served as drivers for Russian logistics firms, the report said.", "About 400"),
        ("Some 300 North Korean workers served meals at the Vladivostok summit.", "Some 300"),
    ],
)
def test_served_as_a_role_or_serving_a_meal_sends_no_one(text, quantity):
    assert quantity not in run(text)["quantity_text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Pyongyang have held four rounds of consultations on the treaty since June.",
        "The brigade, counting its first echelon and at least three rounds of reinforcements, is now at full strength.",
        "Washington imposed two further rounds of sanctions on the shipping firms.",
        "After five rounds of voting the assembly adopted the resolution.",
    ],
)
def test_rounds_of_a_series_count_no_ammunition(text):
    assert "artillery_shells" not in set(run(text)["category"])


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The trains carried 40,000 rounds of 122mm ammunition to the depot.", "40,000"),
        ("Kyiv says North Korea shipped 9,000 rounds of its own artillery shells in March.", "9,000"),
        ("North Korea shipped 9,000 rounds of ammunition in March.", "9,000"),
        ("The depot held some 30,000 rounds, the report said.", "some 30,000"),
    ],
)
def test_rounds_of_ammunition_stay_shells(text, quantity):
    got = run(text)
    assert dict(zip(got["quantity_text"], got["category"])).get(quantity) == "artillery_shells"


@pytest.mark.parametrize(
    "text, quantity",
    [
        # The stops of an initialism before the noun end no phrase.
        ("Some 40,000 U.S. troops are based in the region.", "Some 40,000"),
        ("Any cut to the 40,000 U.S. troops in the region would be noticed.", "40,000"),
        ("About 1,500 U.K. soldiers joined the exercise.", "About 1,500"),
    ],
)
def test_an_initialism_before_the_noun_is_passed_over(text, quantity):
    assert one(text, quantity)["category"] == "troops"


def test_an_initialism_before_a_noun_of_no_force_gives_no_figure():
    assert run("The conference drew 400 U.S. officials and cost 300 U.S. dollars a seat.").empty


@pytest.mark.parametrize(
    "text, part",
    [
        # A part written large of a force counted here is troops as well.
        ("Roughly 7,000 of the 9,000 North Korean soldiers sent east are now near the border.", "Roughly 7,000"),
        ("Some 2,500 of the estimated 6,000 to 7,000 troops deployed are engineers.", "Some 2,500"),
    ],
)
def test_a_large_part_of_a_force_is_troops(text, part):
    assert one(text, part)["category"] == "troops"


def test_a_small_part_of_a_force_picks_people_out():
    got = run("Two of the 12 soldiers in the platoon spoke Russian.")
    assert got["quantity_text"].tolist() == ["12"]



@pytest.mark.parametrize(
    "text, quantity",
    [
        # "rounds of artillery" is artillery ammunition, as "rounds of artillery ammunition" is.
        ("Pyongyang has handed Moscow millions of rounds of artillery and scores of missiles.", "millions"),
        ("The depots released 2 million rounds of artillery last winter.", "2 million"),
    ],
)
def test_rounds_of_artillery_are_shells(text, quantity):
    assert one(text, quantity)["category"] == "artillery_shells"


def test_rounds_of_talks_are_no_shells():
    assert run("The envoys held two rounds of talks on artillery exports.").empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # "Koreans", as Russian coverage calls the North's soldiers, are troops when sent or arriving, a loss when killed.
        ("Sources say about 1,500 Koreans arrived by train at the station last week.", "about 1,500", "troops"),
        ("Russia's allies sent 2,000 more Koreans to the border region in August.", "2,000", "troops"),
        ("Kyiv says about 300 Koreans were killed near Sudzha in one week.", "about 300", "casualties"),
        ("Some 900 Koreans are now serving in the region, the governor said.", "Some 900", "troops"),
    ],
)
def test_koreans_sent_or_lost_are_counted(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text",
    ["Seoul sent 30 South Koreans to observe the talks.", "Some 400 Koreans live in the town, locals say."],
)
def test_south_koreans_or_koreans_not_sent_are_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Seoul believes about 1,500 of Kim's soldiers have died in Kursk.", "about 1,500", "casualties", "killed"),
        ("Kyiv said 400 of North Korea's troops were wounded last week.", "400", "casualties", "wounded"),
        ("Moscow has fired roughly 9,000 of Pyongyang's rockets since May.", "roughly 9,000", "rockets", None),
        ("Some 3,000 of the KPA's men had reached the front by then.", "Some 3,000", "troops", None),
    ],
)
def test_a_part_of_a_named_owners_force_counts_the_noun_after_the_possessive(text, quantity, category, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"] if isinstance(row["subtype"], str) else None) == (category, subtype)


def test_a_possessive_right_after_the_number_still_counts_the_possessor():
    # "the two countries' armed forces": the count is of the countries, no force.
    assert run("Talks between the two countries' armed forces resumed in June.").empty
    assert run("Two of Kim's aides flew to Moscow.").empty  # the owner's aides: no counted noun


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Norway has pledged 14 F-35 fighter jets to the alliance.", "14"),
        ("The drill involved some 90 warplanes and two carriers.", "some 90"),
        ("Moscow says it shot down six fighter aircraft over the Black Sea.", "six"),
    ],
)
def test_fighter_jets_and_warplanes_are_aircraft_not_fighters(text, quantity):
    got = run(text)
    rows = got[got["quantity_text"] == quantity]
    assert [(r.category, r.subtype) for r in rows.itertuples()] == [("other", "aircraft")]


def test_fighters_alone_are_still_troops():
    got = run("About 400 Chechen fighters were moved to Kursk in March.")
    assert got[got["quantity_text"] == "About 400"]["category"].tolist() == ["troops"]


def test_suicide_bombers_are_people_not_aircraft():
    got = run("Kyiv says some 15 suicide bombers blew themselves up near Sudzha in one week.")
    assert [(r.category, r.subtype) for r in got.itertuples()] == [("casualties", "killed")]
