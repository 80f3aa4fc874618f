"""dossier.estimates on the verbs of a figure whose noun is elided: a loss, or people sent."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import one, run


def reading(text: str, quantity: str) -> tuple:
    row = one(text, quantity)
    return row["category"], None if pd.isna(row["subtype"]) else row["subtype"]


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Kyiv said some 150 North Korean soldiers were killed near Sudzha and about 600 more were wounded.",
         "about 600", "casualties", "wounded"),
        ("Seoul believes 14,000 troops went to Kursk. Around 3,000 more were killed or wounded there.",
         "Around 3,000", "casualties", "killed_or_wounded"),
        ("The brigade lost 90 men killed on Monday; 40 more were captured.", "40", "casualties", "captured"),
        ("Officials counted roughly 2,000 killed. A few thousand more are in training near Khabarovsk.",
         "A few thousand", "troops", "reinforcements"),
        ("About 400 North Koreans died in January. Another 2,500 are expected to be sent by May.",
         "2,500", "troops", "reinforcements"),
        ("Roughly 900 were wounded in the spring, and some 5,000 more are due to arrive this summer.",
         "some 5,000", "troops", "reinforcements"),
    ],
)
def test_an_elided_count_reads_its_own_verb(text, quantity, category, subtype):
    assert reading(text, quantity) == (category, subtype)


def test_more_than_after_a_number_is_no_addition():
    assert run("Seoul said 3,000 more than it expected.").empty


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("The North has sent some 300 North Korean specialists to restore the power grid.", "some 300", None),
        ("Moscow said 2,500 volunteers were dispatched to the front in May.", "2,500", None),
        ("Roughly 5,000 North Korean workers were sent to Russian building sites last year.", "Roughly 5,000", "workers"),
        ("Pyongyang will send 800 technicians and 200 specialists to Kursk.", "200", None),
    ],
)
def test_people_sent_are_troops_keeping_their_kind(text, quantity, subtype):
    assert reading(text, quantity) == ("troops", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "The shell plant in Chagang employs about 20,000 workers.",
        "Some 400 volunteers cleared rubble in Kharkiv after the night of shelling ended.",
        "More than 30 specialists attended the conference in Vladivostok.",
    ],
)
def test_people_not_sent_are_no_figure(text):
    assert run(text).empty


def test_workers_killed_in_a_strike_are_its_casualties():
    assert reading("A drone strike on a depot in Lviv killed 7 workers.", "7") == ("strike_casualties", "killed")


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Kyiv's army chief said more than 2,000 North Korean soldiers had been eliminated since January.", "more than 2,000", "killed"),
        ("Ukrainian drones eliminated 45 North Korean troops in a single night, the unit said.", "45", "killed"),
        ("Moscow claimed its forces liquidated up to 90 Ukrainian servicemen near Sumy.", "up to 90", "killed"),
        ("Special forces neutralized roughly 200 North Korean soldiers in the forest.", "roughly 200", "killed_or_wounded"),
    ],
)
def test_words_of_military_communiques_for_killing_are_losses(text, quantity, subtype):
    assert reading(text, quantity) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("The brigade said 4 soldiers were seriously wounded in the shelling of its positions.", "4", "wounded"),
        ("About 30 North Korean troops were fatally injured near Sudzha.", "About 30", "wounded"),
    ],
)
def test_an_adverb_of_degree_before_a_loss_verb_keeps_the_loss(text, quantity, subtype):
    assert reading(text, quantity) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Seoul said some 1,800 had been killed and about 2,400 others wounded.", "about 2,400", "wounded"),
        ("Kyiv said 900 North Korean soldiers were killed and 1,600 others injured.", "1,600", "wounded"),
    ],
)
def test_a_loss_verb_before_and_is_the_figure_befores(text, quantity, subtype):
    assert reading(text, quantity) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, part, category, subtype",
    [
        ("About 20 of the 170 self-propelled guns were destroyed, the Ukrainian military said.", "About 20",
         "artillery_systems", "self_propelled_guns"),
        ("Some 40 of the 200 rocket launchers had been lost by March, HUR said.", "Some 40", "artillery_systems", "mlrs"),
    ],
)
def test_a_part_of_a_counted_whole_counts_the_whole_s_noun(text, part, category, subtype):
    got = one(text, part)
    assert (got["category"], got["subtype"]) == (category, subtype)


def test_a_share_of_a_counted_whole_is_not_a_count_of_its_noun():
    got = run("North Korean shells made up roughly half of the 10,000 rounds Russia fired each day, analysts said.")
    half = got[got["quantity_text"] == "roughly half"]
    assert (half["category"] != "artillery_shells").all()


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A figure that opens with its own link verb: the loss noun before it, past its modifiers, is what it counts.
        ("Russian casualties on the eastern front topped 1,500 soldiers a day in May.", "topped 1,500", "casualties"),
        ("Losses among the North Korean units surpassed 4,000 men, officials said.", "surpassed 4,000", "casualties"),
        # No loss noun before the verb: the soldiers are a force.
        ("The North Korean force in the Kursk region exceeded 12,000 soldiers by December.", "exceeded 12,000", "troops"),
    ],
)
def test_a_loss_linked_by_the_figures_own_verb(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "paragraphs, quantity",
    [
        # A count sent after a count of losses is of troops, a modal between them and the verb or not.
        (["Some 3,500 North Korean soldiers have been killed or wounded.", "Another 1,500 will be deployed in May."],
         "1,500"),
        (["Some 3,500 North Korean soldiers have been killed or wounded.", "Thousands more could be sent this year."],
         "Thousands"),
    ],
)
def test_a_count_sent_with_a_modal_after_losses_is_of_troops(paragraphs, quantity):
    df = run(*paragraphs)
    row = df[df["quantity_text"] == quantity].iloc[0]
    assert (row["category"], row["subtype"]) == ("troops", "reinforcements")


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Soldiers taken or put out of action, or incapacitated, are losses of either kind.
        ("Kyiv said that about 1,800 North Korean soldiers had been taken out of action.", "about 1,800"),
        ("The commander said some 400 North Korean infantrymen were put out of action by drones.", "some 400"),
        ("Roughly 900 North Korean soldiers were incapacitated in the first week, Ukraine said.", "Roughly 900"),
    ],
)
def test_out_of_action_is_a_loss(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", "killed_or_wounded")


@pytest.mark.parametrize(
    "paragraphs, quantity, category",
    [
        (["North Korean units mounted attacks near Sudzha all week.", "Kyiv says 400 North Koreans were killed."], "400",
         "casualties"),
        (["\"They attack across open fields,\" the sergeant said.", "Some 1,000 North Koreans have been killed."], "Some 1,000",
         "casualties"),
        (["A Russian attack on Zaporizhzhia left 11 people dead overnight."], "11", "strike_casualties"),
    ],
)
def test_troops_attacks_are_fighting_not_a_strike(paragraphs, quantity, category):
    assert one("\n\n".join(paragraphs), quantity)["category"] == category


@pytest.mark.parametrize(
    "paragraphs, quantity, subtype",
    [
        (("The toll so far, as counted by Kyiv:", "Troops sent: 12,000", "Killed or wounded: about 5,300"),
         "about 5,300", "killed_or_wounded"),
        (("Ukraine's figures for the Kursk campaign:", "Dead or wounded: roughly 3,800"),
         "roughly 3,800", "killed_or_wounded"),
        (("Ukraine's figures for the Kursk campaign:", "Wounded: 2,900"), "2,900", "wounded"),
    ],
)
def test_a_row_labelled_with_joined_loss_verbs_counts_both(paragraphs, quantity, subtype):
    rows = run(*paragraphs)
    row = rows[rows["quantity_text"] == quantity].iloc[0]
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("British intelligence said Russia was losing an average of 1,300 troops a day in May.", "an average of 1,300"),
        ("Ukraine's General Staff said Russian forces lost on average 900 soldiers a day.", "on average 900"),
    ],
)
def test_an_average_loss_is_an_approximate_loss(text, quantity):
    row = one(text, quantity)
    assert (row["hedge"], row["category"]) == ("approximate", "casualties")


def test_a_small_count_after_the_same_loss_verb_is_a_loss_too():
    df = run("In March his company lost 25 men in three days, while the North Koreans on its flank lost about 90.")
    got = {r.quantity_text: (r.category, r.subtype) for r in df.itertuples()}
    assert got == {"25": ("casualties", "killed_or_wounded"), "about 90": ("casualties", "killed_or_wounded")}


@pytest.mark.parametrize(
    "sentence, quantity",
    [
        ("North Korean assault units number between 1,500 and 2,500 people, the officer said.", "between 1,500 and 2,500"),
        ("A North Korean regiment of about 900 people moved into the forest.", "about 900"),
    ],
)
def test_people_of_a_formation_of_a_size_are_troops(sentence, quantity):
    row = one(sentence, quantity)
    assert (row["category"], row["subtype"] != row["subtype"]) == ("troops", True)


def test_people_of_their_own_after_a_formation_are_no_troops():
    assert run("A company of 140 civilians was evacuated from the border villages.").empty


def test_a_verb_that_befalls_things_is_no_loss_of_people_after_things():
    df = run("Russia has fielded 48 Koksan guns, of which 11 were destroyed and 3 captured.")
    assert set(df["category"]) == {"artillery_systems"}
    people = run("North Korea sent 600 soldiers to the village, of whom 40 were killed and 3 captured.")
    assert people.set_index("quantity_text").loc["3", "subtype"] == "captured"


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        ("Seoul's spy agency said the North sent between 8,000 and 9,000 soldiers to Russia and that hundreds were "
         "killed within weeks.", "between 8,000 and 9,000", "troops", None),
        ("Seoul's spy agency said the North sent between 8,000 and 9,000 soldiers to Russia and that hundreds were "
         "killed within weeks.", "hundreds", "casualties", "killed"),
        ("Officials said Pyongyang dispatched 6,000 troops last winter and that 400 of them had died.", "6,000",
         "troops", None),
        ("The regime shipped 4,500 soldiers east in March and dozens were wounded on arrival.", "4,500", "troops", None),
        ("Pyongyang sent 10,000 men to the front, but many were killed in the first assault.", "10,000", "troops", None),
        ("Kim sent 7,000 soldiers to Kursk and most have since been wounded or killed.", "7,000", "troops", None),
        ("The 2,000 soldiers Kim sent in the spring have all been killed, Kyiv claims.", "2,000", "casualties", "killed"),
    ],
)
def test_a_loss_in_a_clause_of_its_own_leaves_the_force_troops(text, quantity, category, subtype):
    assert reading(text, quantity) == (category, subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Three North Korean soldiers held in Ukraine have asked to be sent to Seoul.", "Three"),
        ("Four Korean People's Army soldiers held by Kyiv appeared in a video released on Monday.", "Four"),
        ("Five North Korean servicemen in Ukrainian custody were shown to reporters.", "Five"),
        ("Dozens of North Korean troops are being held in Ukrainian captivity, the president said.", "Dozens"),
        ("Seven North Koreans held captive by Ukraine were questioned by the SBU.", "Seven"),
        ("Two soldiers who surrendered to a Ukrainian drone unit were treated in hospital.", "Two"),
        ("Kyiv is holding three North Korean soldiers as prisoners of war.", "three"),
        ("Zelensky said that a dozen were now held by Ukraine.", "a dozen"),
    ],
)
def test_soldiers_a_captor_holds_are_captured(text, quantity):
    assert reading(text, quantity) == ("casualties", "captured")


@pytest.mark.parametrize(
    "paragraphs, quantity",
    [
        # A description set off by commas stands between a count and its loss verb.
        (["The three, a medic and two gunners, were taken prisoner near the river."], "three"),
        (["The two, a 19-year-old cook from Hamhung and a 31-year-old driver from Wonsan, were captured in March."],
         "two"),
        (["Kyiv says two, both badly burned, had surrendered to a drone unit."], "two"),
        # "known to have been" is a hedge of the loss, as "believed to have been" is.
        (["Officials said only four soldiers are known to have been captured."], "four"),
        # "taken alive" is captured.
        (["Thousands of North Korean soldiers fought near Sudzha.", "Only three of them were taken alive."], "three"),
    ],
)
def test_a_count_reaches_its_capture_past_a_description_or_a_hedge(paragraphs, quantity):
    rows = run(*paragraphs)
    row = rows[rows["quantity_text"] == quantity].iloc[0]
    assert (row["category"], row["subtype"]) == ("casualties", "captured")


@pytest.mark.parametrize(
    "text",
    [
        "The two, a banker and a lawyer, met in Vladivostok in 2019.",  # a description, and no loss after it
        "The three countries, a nuclear power among them, were named in the report.",
        "Pyongyang sent 300, a small number, and the rest stayed home.",
    ],
)
def test_a_description_after_a_count_is_no_loss_by_itself(text):
    got = run(text)
    assert not (got["category"] == "casualties").any()


@pytest.mark.parametrize(
    "text, whole, subtype",
    [
        # "One of" picks a person out of a whole whose loss is its own participle: the whole is the loss.
        ("He is one of two North Korean soldiers taken prisoner by Ukrainian paratroopers.", "two", "captured"),
        ("The private, one of three soldiers captured near Kursk, asked to stay in Ukraine.", "three", "captured"),
    ],
)
def test_one_of_a_whole_lost_leaves_the_whole_the_loss(text, whole, subtype):
    rows = run(text)
    assert rows["quantity_text"].tolist() == [whole]
    assert (rows.iloc[0]["category"], rows.iloc[0]["subtype"]) == ("casualties", subtype)


def test_one_of_a_whole_whose_verb_is_the_parts_is_the_loss():
    # "was killed" is said of the one: one killed, and the two are the force it is taken from.
    rows = run("One of the two soldiers was killed by a drone.")
    assert dict(zip(rows["quantity_text"], rows["category"])) == {"One": "casualties", "two": "troops"}


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Some 3,000 troops held in reserve near Kursk were moved to the front.", "Some 3,000"),
        ("About 11,000 soldiers surrendered their phones before boarding the trains.", "About 11,000"),
        ("Pyongyang deployed 2,000 soldiers as reinforcements in March.", "2,000"),
    ],
)
def test_soldiers_held_back_or_giving_up_things_stay_troops(text, quantity):
    assert reading(text, quantity)[0] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("At least 40 households in Kaesong were handed death certificates last month, the source said.", "At least 40"),
        ("Dozens of families in Wonsan were told that their sons had been killed abroad.", "Dozens"),
        ("Some 60 families have received notices that their sons died in an overseas operation.", "Some 60"),
        ("Roughly 150 parents in the county were informed of their sons' deaths in December.", "Roughly 150"),
        ("About 25 bereaved families attended the ceremony in Pyongyang.", "About 25"),
    ],
)
def test_families_told_of_a_death_count_soldiers_killed(text, quantity):
    assert reading(text, quantity) == ("casualties", "killed")


@pytest.mark.parametrize(
    "text",
    [
        "Officials handed rice and cooking oil to some 80 families in the district.",
        "About 300 families were moved out of the border county in the spring.",
        "Some 1,000 families of soldiers sent to Russia were given extra rations.",
    ],
)
def test_families_not_told_of_a_death_are_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kim paid tribute to 14 soldiers who lost their lives near Sudzha.", "14"),
        ("Some 250 Korean fighters laid down their lives for the liberation of Kursk, KCNA said.", "Some 250"),
        ("Hundreds of soldiers have given their lives in the operation.", "Hundreds"),
        ("Urns holding the ashes of 45 soldiers were flown to Pyongyang.", "45"),
    ],
)
def test_soldiers_who_gave_their_lives_are_killed(text, quantity):
    assert reading(text, quantity) == ("casualties", "killed")


def test_lives_put_at_risk_are_no_loss():
    assert run("Thousands of them put their lives at risk for the motherland, the agency said.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("State media said 38 soldiers were posthumously made Heroes of the DPRK.", "38"),
        ("Kim conferred posthumous orders on 27 soldiers of the overseas units.", "27"),
        ("Lawmakers said the North had held funerals for some 150 soldiers.", "some 150"),
        ("Memorial services were held for 30 soldiers in Chongjin last week.", "30"),
    ],
)
def test_soldiers_honoured_as_dead_are_killed(text, quantity):
    assert reading(text, quantity) == ("casualties", "killed")


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("At a memorial ceremony, Kim praised the 11,000 troops sent to Kursk.", "11,000"),
        ("Kim posthumously honoured three officers, and greeted 2,000 troops back from Kursk.", "2,000"),
        ("Some 2,000 soldiers were awarded medals at the ceremony.", "Some 2,000"),
    ],
)
def test_soldiers_honoured_alive_stay_troops(text, quantity):
    assert reading(text, quantity)[0] == "troops"


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Three soldiers of the Korean People's Army held by Ukraine asked to go to Seoul.", "Three", "captured"),
        ("Some 2,000 troops of the 11th Corps were killed or wounded in the spring.", "Some 2,000", "killed_or_wounded"),
    ],
)
def test_a_loss_reaches_its_count_past_the_name_of_a_unit(text, quantity, subtype):
    assert reading(text, quantity) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("The deserter said roughly 150 members of his platoon had been killed by drones.", "roughly 150", "killed"),
        ("Some 40 men from the same regiment died when the bridge was shelled, Kyiv said.", "Some 40", "killed"),
        ("About 60 soldiers from their battalion were wounded in the first assault.", "About 60", "wounded"),
        ("Nearly 25 members of the detachment were captured near Sudzha.", "Nearly 25", "captured"),
        ("Around 80 soldiers from a North Korean brigade died in the counter-attack.", "Around 80", "killed"),
    ],
)
def test_a_loss_reaches_its_count_past_the_unit_it_is_from(text, quantity, subtype):
    # "of his platoon", "from the same regiment": a modifier in lower case naming the formation the people belong to.
    assert reading(text, quantity) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Some 40 men from the regiment crossed the river at night.", "Some 40", "troops"),
        ("About 500 soldiers of the division were wounded.", "About 500", "casualties"),
    ],
)
def test_the_unit_modifier_changes_nothing_without_a_verb_of_loss(text, quantity, category):
    assert reading(text, quantity)[0] == category


def test_members_of_no_force_with_no_loss_are_no_figure():
    assert run("Some 300 members of the assembly gathered in Pyongyang for the vote.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Three North Korean soldiers remain in Ukrainian hands, the SBU said.", "Three"),
        ("The two North Koreans detained by Ukraine want to go south.", "two"),
        ("SBU officers have been interrogating four North Korean soldiers since January.", "four"),
        ("Two soldiers remained in Ukrainian custody at the end of the year.", "Two"),
    ],
)
def test_soldiers_in_a_captor_s_hands_are_captured(text, quantity):
    assert reading(text, quantity) == ("casualties", "captured")


def test_soldiers_who_remain_somewhere_stay_troops():
    assert reading("Some 11,000 soldiers remain in the Kursk region.", "Some 11,000") == ("troops", None)


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Some 700 were killed over the winter. About 2,000 more were moved to the front in March.", "About 2,000",
         "reinforcements"),
        ("Roughly 500 were wounded in the spring. Some 1,500 were airlifted to Vladivostok in May.", "Some 1,500", None),
        ("Moscow redeployed 2,500 North Koreans to the Belgorod border.", "2,500", None),
    ],
)
def test_a_count_moved_to_a_front_is_troops_whatever_the_loss_before(text, quantity, subtype):
    assert reading(text, quantity) == ("troops", subtype)


def test_civilians_moved_are_no_troops():
    assert len(run("About 400 were wounded, and 1,000 civilians were moved out of the town.")) == 1


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Ukrainian paratroopers captured two wounded North Korean soldiers near Sudzha.", "two"),
        ("Three injured North Korean soldiers were taken prisoner by Ukraine's special forces.", "Three"),
    ],
)
def test_wounded_soldiers_who_are_captured_are_captured(text, quantity):
    assert reading(text, quantity) == ("casualties", "captured")


def test_wounded_soldiers_moved_stay_wounded():
    assert reading("Some 300 wounded soldiers were flown back to Pyongyang.", "Some 300") == ("casualties", "wounded")


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("The spy agency briefed lawmakers, saying 3,000 had been deployed to the front in January.", "3,000", None),
        ("Seoul said 1,500 were training near Vladivostok by Friday.", "1,500", None),
        ("A think tank said up to 25,000 more could be deployed by the summer.", "up to 25,000", "reinforcements"),
    ],
)
def test_a_bare_count_sent_with_no_noun_before_is_troops(text, quantity, subtype):
    assert reading(text, quantity) == ("troops", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "Some 12 arrived at the embassy on Monday.",
        "Pyongyang could send up to 30,000 more by the summer.",
        "Another 1,000 were sent in May, the ministry said.",
    ],
)
def test_a_bare_count_small_or_sent_by_a_verb_before_it_is_no_figure(text):
    assert run(text).empty


def test_a_force_s_losses_after_a_strike_told_before_are_no_strike_s():
    text = ("The brigade posted footage of three drone strikes. Seoul says 11,000 troops were sent and that about "
            "4,000 casualties have followed, including roughly 600 dead.")
    assert set(run(text)["category"]) == {"troops", "casualties"}


def test_prisoners_are_never_a_strike_s_casualties():
    text = "We hit 12 of their positions in an hour. The brigade said it took 1 prisoner."
    assert reading(text, "1") == ("casualties", "captured")


def test_a_strike_told_first_still_makes_a_city_s_losses_its_own():
    text = "A Russian missile hit a block of flats in Kharkiv. About 90 people were injured."
    assert reading(text, "About 90") == ("strike_casualties", "wounded")


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("The families of dozens of soldiers have been notified of their deaths.", "dozens"),
        ("Officials informed the relatives of about 90 soldiers that they had died in Kursk.", "about 90"),
        ("Some 50 families in Hoeryong have lost sons in Russia, the source said.", "Some 50"),
        ("More than 100 mothers have received notices that their sons died abroad.", "More than 100"),
    ],
)
def test_the_bereaved_of_soldiers_count_soldiers_killed(text, quantity):
    assert reading(text, quantity) == ("casualties", "killed")


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The families of 3,000 soldiers sent to Russia received extra rations.", "3,000", "troops"),
        ("About 40 wives of officers were told their husbands were safe.", None, None),
        ("Some 200 families lost their homes in the flood.", None, None),
    ],
)
def test_families_not_told_of_a_death_leave_no_loss(text, quantity, category):
    df = run(text)
    assert (df.empty if quantity is None else reading(text, quantity)[0] == category)


@pytest.mark.parametrize("text, quantity, subtype", [
    # The predicate decides what soldiers counted are: destroyed men are killed, captured ones prisoners.
    ("The drone unit destroyed about 35 North Korean soldiers in a single morning.", "about 35", "killed"),
    ("Kyiv confirmed the capture of two more North Korean servicemen near Sudzha.", "two", "captured"),
    ("Paratroopers captured three North Korean soldiers after a night assault.", "three", "captured"),
])
def test_a_verb_of_loss_before_soldiers_makes_them_casualties(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


def test_destroyed_things_are_no_casualties():
    # "destroyed" counts a loss of people only where people are counted: guns stay guns.
    row = one("Drones destroyed 14 North Korean howitzers near Kursk last month.", "14")
    assert row["category"] != "casualties"


@pytest.mark.parametrize("paragraphs, quantity", [
    # A deploying verb before a bare figure, troops counted in the same sentence or the one before: more troops.
    (["Pyongyang has sent about 12,000 soldiers to Russia and may yet send as many as 40,000 if Moscow asks."],
     "as many as 40,000"),
    (["Pyongyang has sent about 12,000 soldiers to Russia.", "It could eventually deploy up to 30,000 over the winter."],
     "up to 30,000"),
])
def test_a_bare_figure_a_deploying_verb_takes_counts_the_troops_before(paragraphs, quantity):
    df = run(*paragraphs)
    assert list(df.loc[df["quantity_text"] == quantity, "category"]) == ["troops"]


def test_a_bare_figure_after_shells_sent_is_no_troops():
    # The figure before counts shells: a deploying verb does not make the bare figure troops.
    df = run("Pyongyang has sent about 12,000 shells to Russia and may yet send 40,000 if Moscow asks.")
    assert "troops" not in set(df["category"])


def test_ordinal_parts_of_troops_named_before_count_troops():
    df = run("The North Korean soldiers crossed in two groups, the first of about 4,000 and a second of some 1,500.")
    assert dict(zip(df["quantity_text"], df["category"])) == {"about 4,000": "troops", "some 1,500": "troops"}


def test_ordinal_parts_of_things_are_no_troops():
    # The noun before counts shells: an ordinal's part of them is no count of soldiers.
    df = run("Moscow took the shells in two lots, the first of about 4,000 and a second of some 1,500.")
    assert "troops" not in set(df["category"])


def test_a_restated_whole_and_its_part_set_off_count_the_troops_before():
    df = run("About 9,000 North Korean troops reached Kursk in the autumn.",
             "Of the roughly 9,000, most, about 6,500, are now at the front.")
    got = dict(zip(df["quantity_text"], df["category"]))
    assert got["roughly 9,000"] == "troops" and got["about 6,500"] == "troops"


def test_a_whole_with_a_noun_of_its_own_lends_its_part_no_troops():
    # "Of the 3,000 residents, most, about 2,100, ...": the part is of the residents, not of the troops before.
    df = run("About 9,000 North Korean troops reached Kursk in the autumn.",
             "Of the 3,000 residents, most, about 2,100, have left the town.")
    assert "about 2,100" not in set(df.loc[df["category"] == "troops", "quantity_text"])


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        ("North Korean losses topped 6,000 by the end of winter, Kyiv said.", "topped 6,000", "lower_bound"),
        ("The toll among the Korean units climbed to about 900 within a week.", "about 900", "approximate"),
        ("North Korean losses rose to some 1,700 people in March.", "some 1,700", "approximate"),
        ("Losses among the North Korean brigades exceeded 2,500 men.", "exceeded 2,500", "lower_bound"),
    ],
)
def test_a_loss_noun_as_subject_of_a_verb_of_rising_counts_casualties(text, quantity, hedge):
    r = one(text, quantity)
    assert (r["category"], r["hedge"]) == ("casualties", hedge)


def test_a_count_of_troops_rising_is_no_loss():
    assert reading("The number of North Korean troops rose to 16,000 by summer.", "16,000")[0] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Roughly 1,500 members of the Storm Corps were moved to Kursk in the autumn.", "Roughly 1,500"),
        ("About 400 members of his regiment are fighting near Sudzha, the defector said.", "About 400"),
        ("Pyongyang dispatched some 250 people from an engineering battalion to clear mines.", "some 250"),
    ],
)
def test_members_of_a_unit_who_are_sent_are_troops(text, quantity):
    assert reading(text, quantity) == ("troops", None)


@pytest.mark.parametrize(
    "text",
    [
        "Some 120 members of the Supreme People's Assembly were sent to Moscow for the ceremony.",
        "Pyongyang sent 30 members of its delegation to Vladivostok.",
        "Roughly 1,500 members of the Storm Corps attended the rally in Pyongyang.",
    ],
)
def test_members_of_no_unit_or_not_sent_are_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category, subtype",
    [
        # A cost in soldiers is a loss of them, whoever the cost fell on.
        ("The failed crossing cost Moscow more than 2,500 soldiers, Kyiv claims.", "more than 2,500", "casualties",
         "killed_or_wounded"),
        ("Analysts say the winter fighting has cost the Korean brigades some 3,000 men.", "some 3,000", "casualties",
         "killed_or_wounded"),
        ("The assault cost the attackers about 800 lives.", "about 800", "casualties", "killed"),
        # Units or pieces of a mass noun of materiel: materiel of no one kind.
        ("The assault cost the attackers about 800 troops and nearly 300 units of equipment.", "nearly 300", "other",
         None),
        ("Sappers said drones had struck 25 pieces of heavy engineering equipment.", "25", "other", None),
        ("Kyiv listed 1,200 units of Russian weaponry destroyed since the summer.", "1,200", "other", None),
    ],
)
def test_a_cost_in_soldiers_is_a_loss_and_units_of_equipment_are_materiel(text, quantity, category, subtype):
    assert reading(text, quantity) == (category, subtype)


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Storms cost 4,000 people their homes along the coast.", "4,000", None),
        ("The programme cost Moscow $2 billion, and 3,000 soldiers were sent in May.", "3,000", "troops"),
        ("Four units of sappers arrived with 30 pieces of artillery.", "30", "artillery_systems"),
    ],
)
def test_a_cost_or_a_unit_reads_nothing_else(text, quantity, category):
    got = run(text)
    assert dict(zip(got["quantity_text"], got["category"])).get(quantity) == category
    assert "other" not in set(got["category"]) or category == "other"


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A verb that gives a figure with "at", its object a loss with whose loss it is: the loss is the figure.
        ("Seoul's spy agency assessed the overall casualties of the Korean brigades at 2,600, of whom 400 died.",
         "2,600", "killed_or_wounded"),
        ("Kyiv put the losses of the North Korean force at about 3,500.", "about 3,500", "killed_or_wounded"),
        ("Seoul's spy agency assessed the overall casualties of the Korean brigades at 2,600, of whom 400 died.",
         "400", "killed"),
        # A loss noun parted from its verb by an attribution between commas.
        ("Korean losses, according to Ukrainian military sources, had climbed to some 2,200 people by March.",
         "some 2,200", "killed_or_wounded"),
        ("The losses, Ukraine's defence ministry said, reached roughly 1,800 soldiers by the end of winter.", "roughly 1,800",
         "killed_or_wounded"),
    ],
)
def test_a_loss_given_at_or_past_an_attribution_counts_casualties(text, quantity, subtype):
    assert reading(text, quantity) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # Not a loss: the object of the verb is the force itself, or the "of" names what the shipments carry.
        ("Seoul estimated the North Korean troops in Kursk at 11,000.", "11,000", "troops"),
        ("The reinforcements, according to Seoul, reached about 3,000 soldiers by April.", "about 3,000", "troops"),
    ],
)
def test_a_figure_given_at_without_a_loss_noun_is_no_loss(text, quantity, category):
    assert reading(text, quantity)[0] == category


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A loss word before the people noun a link counts, past its nationality, makes the figure a loss.
        ("Kyiv said the number of wounded North Korean troops near Sudzha now stands at 4,000.", "4,000", "wounded"),
        ("Kyiv said the count of killed and wounded Korean soldiers in the region had passed 3,500.", "passed 3,500",
         "killed_or_wounded"),
        ("According to Zelensky, the number of killed and wounded North Korean servicemen already exceeds 4,000.",
         "exceeds 4,000", "killed_or_wounded"),
        ("The tally of dead North Korean soldiers, Kyiv says, has reached 1,000.", "1,000", "killed"),
    ],
)
def test_a_loss_word_before_the_linked_noun_makes_a_loss(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Kyiv said the number of North Korean troops near Sudzha now stands at 4,000.", "4,000"),
        ("Kyiv said the number of trained North Korean troops near Sudzha now stands at 4,000.", "4,000"),
    ],
)
def test_a_linked_noun_with_no_loss_word_stays_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        # "become casualties", like "been killed", makes a count of people taken from a force a loss.
        ("Seoul says about 12,000 troops went. Roughly 5,000 of these soldiers had become casualties by May.",
         "Roughly 5,000"),
        ("Of the 11,000 men sent, nearly 4,000 of the soldiers became casualties within months, Kyiv said.",
         "nearly 4,000"),
        ("Seoul said that by March some 400 had been killed and 3,100 wounded.", "some 400"),
    ],
)
def test_a_part_that_became_casualties_is_a_loss(text, quantity):
    assert one(text, quantity)["category"] == "casualties"


def test_soldiers_who_became_engineers_are_no_loss():
    assert one("About 1,000 of the soldiers later became engineers, officials said.", "About 1,000")["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        # People counted by a figure that a link joins to a force before it are that force's men.
        ("Seoul and Kyiv put the North Korean force at about 11-12 thousand people.", "about 11-12 thousand"),
        ("Officials estimate the contingent at roughly 13,000 people, according to Seoul.", "roughly 13,000"),
        ("The North Korean contingent in Kursk numbers some 12,000 people, Kyiv says.", "some 12,000"),
        ("By Kyiv's count, the North Korean force there now stands at 9,000 people.", "9,000"),
    ],
)
def test_people_a_link_joins_to_a_force_are_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text",
    ["The town's population is about 12,000 people.", "The delegation numbered 40 people.",
     "The crowd at the rally was put at about 20,000 people."],
)
def test_people_linked_to_no_force_are_no_figure(text):
    assert run(text).empty


def test_people_linked_to_losses_stay_a_loss():
    assert one("Kyiv put North Korean losses at about 4,000 people.", "about 4,000")["category"] == "casualties"


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A loss heading what "at" joins the figure to makes soldiers counted by their own noun a loss.
        ("Moscow puts the losses of the Ukrainian army at more than 50,000 personnel.", "more than 50,000"),
        ("Moscow puts the losses of the Ukrainian army in the region at more than 50,000 personnel.",
         "more than 50,000"),
        ("The ministry estimates the losses of the enemy during the offensive at about 20,000 servicemen.",
         "about 20,000"),
        ("Casualties among the Ukrainian brigades in the pocket were put by Moscow at 3,000 soldiers.", "3,000"),
    ],
)
def test_soldiers_a_loss_is_put_at_are_a_loss(text, quantity):
    assert one(text, quantity)["category"] == "casualties"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Moscow puts the strength of the Ukrainian army in the region at 50,000 personnel.", "50,000"),
        ("Despite heavy losses of equipment, the army kept its strength at 50,000 personnel.", "50,000"),
    ],
)
def test_soldiers_put_at_with_no_loss_heading_stay_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Kyiv says just three have so far been taken prisoner.", "three", "captured"),
        ("Some 700 have thus far been killed, by Seoul's count.", "Some 700", "killed"),
        ("About 1,200 North Korean soldiers have so far been wounded.", "About 1,200", "wounded"),
        ("Of the contingent, 40 had so far died of their wounds.", "40", "killed"),
    ],
)
def test_so_far_between_a_count_and_its_loss_verb_keeps_the_loss(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


def test_so_far_before_a_verb_of_no_loss_makes_no_loss():
    assert run("Only two have so far been sent home.").empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        # Soldiers "blown up" by mines or charges are lost: killed or wounded, the verb does not say which.
        ("Three deminers were blown up on an anti-tank mine near the border.", "Three"),
        ("Relatives were told that two of their sappers had been blown up in August.", "two"),
        ("Four soldiers, blown up by a mine, were flown to Moscow.", "Four"),
        ("Six of the engineers have been blown up on mines since May, the source said.", "Six"),
    ],
)
def test_soldiers_blown_up_are_casualties(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", "killed_or_wounded")


@pytest.mark.parametrize(
    "text",
    [
        # Things blown up are no loss of people; soldiers beside a blast are no loss either.
        "The engineers said 40 bridges were blown up during the retreat.",
        "A mine blew up under the truck carrying 12 soldiers.",
    ],
)
def test_things_blown_up_are_no_casualties(text):
    assert "casualties" not in set(run(text)["category"])


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A casualty verb before the unit a figure sizes reaches the figure: the unit's men are the loss.
        ("In one clash, paratroopers destroyed an enemy group of 19 servicemen.", "19", "killed"),
        ("Drones eliminated an enemy assault group of 12 soldiers overnight.", "12", "killed"),
        ("Ukrainian forces captured a group of 6 North Korean soldiers near the village.", "6", "captured"),
        ("The battalion destroyed an enemy platoon of 25 men at dawn.", "25", "killed"),
    ],
)
def test_a_loss_verb_reaches_the_figure_sizing_a_unit(text, quantity, subtype):
    assert reading(text, quantity) == ("casualties", subtype)


@pytest.mark.parametrize(
    "text, quantity",
    [
        # No loss verb before the unit: its size is a force's.
        ("The ministry sent a group of 40 soldiers to the front.", "40"),
        ("An enemy group of 30 servicemen tried to cross the river at night.", "30"),
    ],
)
def test_a_unit_sized_without_a_loss_verb_is_troops(text, quantity):
    assert reading(text, quantity) == ("troops", None)


@pytest.mark.parametrize(
    "text, quantity",
    [
        ('A Russian officer said "as many as 90 Koreans" died in a single attack on the hamlet of Plodovoye.', "as many as 90"),
        ("In one assault near the village, roughly 60 North Koreans were killed, the drone unit said.", "roughly 60"),
        ("After the raid on the farm, about 40 North Korean specialists were reported wounded.", "about 40"),
        ("The strike on the command post killed 12 North Koreans, Ukraine's army said.", "12"),
    ],
)
def test_losses_of_people_sent_as_soldiers_are_no_strike_s(text, quantity):
    assert one(text, quantity)["category"] == "casualties"


def test_a_city_s_people_killed_in_a_strike_stay_a_strike_s():
    text = "A missile strike on a market in Kostiantynivka killed 16 people."
    assert reading(text, "16") == ("strike_casualties", "killed")


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Seoul says 250 North Korean soldiers were killed and 2,100 wounded after a drone raid in March.", "2,100", "wounded"),
        ("The agency said some 400 of the troops had died and 1,900 injured since the strikes began.", "1,900", "wounded"),
        ("Kyiv says 300 soldiers were wounded and 45 captured near the village, where an attack failed.", "45", "captured"),
    ],
)
def test_the_second_half_of_a_soldiers_loss_counts_the_same_soldiers(text, quantity, subtype):
    assert reading(text, quantity) == ("casualties", subtype)


def test_the_second_half_of_a_city_s_loss_stays_the_city_s():
    text = "A missile hit a hospital in Sumy; 9 people were killed and 40 injured."
    assert reading(text, "40") == ("strike_casualties", "wounded")


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Estonia says 12,000 North Koreans were sent to Kursk and about 4,500 of them have by now been killed or wounded.",
         "about 4,500"),
        ("Of the 11,000 sent, some 3,000 have to date been wounded, the ministry said.", "some 3,000"),
    ],
)
def test_an_adverb_of_time_before_a_loss_verb_keeps_it_a_loss(text, quantity):
    assert one(text, quantity)["category"] == "casualties"


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("A ballistic missile slammed into a hostel in Dnipro before dawn. At least 6 people were killed.", "At least 6",
         "killed"),
        ("Two drones crashed into a kindergarten in Kharkiv; 14 people were injured.", "14", "wounded"),
        ("The rocket smashed into the bus station, killing 5 people.", "5", "killed"),
    ],
)
def test_a_missile_that_slams_into_a_place_is_a_strike(text, quantity, subtype):
    assert reading(text, quantity) == ("strike_casualties", subtype)


def test_a_verb_of_criticism_is_no_strike():
    text = "The minister slammed the report. At least 8 soldiers were killed in the fighting."
    assert reading(text, "At least 8") == ("casualties", "killed")


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A loss told by its rate, a plural after "by the": the loss verb before it still makes it casualties.
        ("Ukrainian officers say North Korean infantry was dying by the hundreds in the first week.", "by the hundreds"),
        ("The Korean assault groups keep coming, and drone crews are wounding them by the dozens each night.",
         "by the dozens"),
    ],
)
def test_a_loss_at_a_rate_by_the_plural_is_casualties(text, quantity):
    row = one(text, quantity)
    assert (row["category"], row["hedge"]) == ("casualties", "vague")


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Shelling struck a market in Kherson. 23 people have been hospitalised, doctors said.", "23"),
        ("Officers said 300 soldiers of the brigade were hospitalized after the assault.", "300"),
    ],
)
def test_people_hospitalised_are_wounded(text, quantity):
    row = one(text, quantity)
    assert row["category"] in ("casualties", "strike_casualties") and row["subtype"] == "wounded"


def test_soldiers_a_unit_hit_are_its_casualties():
    row = one("The battalion's drone teams hit about 70 Russian soldiers near Pokrovsk on Tuesday.", "about 70")
    assert (row["category"], row["subtype"]) == ("casualties", "killed_or_wounded")
