"""Figures whose counted noun or predicate stands apart from the number: an aside or a relative clause between them,
a range named by a hedge, a noun that restates the figure before, a pronoun or a designator for the noun, a
modifier or concession before the verb of a loss, and a hedge that does or does not reach a figure joined later."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Overall losses, including the missing, have been estimated at roughly 3,200.", "roughly 3,200", "casualties"),
        ("The total of artillery pieces shipped, mainly Koksan guns, was put at 160.", "160", "artillery_systems"),
        ("Kyiv puts the number of drones supplied, excluding decoys, at close to 900.", "close to 900", "other"),
        ("The casualties, notably among the assault units, were put at more than 2,000.", "more than 2,000", "casualties"),
    ],
)
def test_an_aside_between_commas_leaves_the_noun_its_predicate(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_an_aside_holding_a_number_is_read_as_its_own_figure():
    df = run("Total losses, including 500 dead, were estimated at 2,800.")
    assert set(df["quantity_text"]) == {"500", "2,800"}
    assert df.set_index("quantity_text").loc["2,800", "category"] == "casualties"


def test_the_noun_read_past_an_aside_still_needs_a_predicate_of_a_count():
    # The recruits' noun is read past the aside, but "were aged" gives an age, no figure.
    assert run("The recruits, mostly from farming villages, were aged 18.").empty


@pytest.mark.parametrize(
    "text, quantity, low, high, hedge",
    [
        ("Losses are thought to be in the range of 1,500 to 2,000.", "in the range of 1,500 to 2,000", 1500, 2000, "range"),
        ("The deployment was of the order of 8,000 troops.", "of the order of 8,000", 8000, 8000, "approximate"),
    ],
)
def test_a_range_or_order_named_before_a_number_hedges_it(text, quantity, low, high, hedge):
    row = one(text, quantity)
    assert (row["low"], row["high"], row["hedge"]) == (low, high, hedge)


@pytest.mark.parametrize(
    "paragraph, quantity, category",
    [
        ("The agency counts 9,500 soldiers in the region; the Ukrainians put the figure nearer 11,000.",
         "nearer 11,000", "troops"),
        ("Officials said 400 Korean soldiers had died. Kyiv puts the toll closer to 700.", "closer to 700", "casualties"),
    ],
)
def test_a_noun_naming_the_figure_takes_a_hedge_for_its_at(paragraph, quantity, category):
    assert one(paragraph, quantity)["category"] == category


def test_the_figure_restates_the_part_just_given_a_total_the_whole():
    restated = one("About 9,000 soldiers went, and 1,200 of them have been killed or wounded. "
                   "Western officials put the figure higher, at some 2,000.", "some 2,000")
    assert restated["category"] == "casualties"
    total = one("About 9,000 soldiers went, and 1,200 of them have been killed. "
                "The total, which Kyiv puts at 12,000, keeps rising.", "12,000")
    assert total["category"] == "troops"


@pytest.mark.parametrize(
    "paragraphs, quantity, category",
    [
        (("Among the weapons launched overnight:", "- 17 Kh-31/35 air-launched missiles;"), "17", "missiles"),
        (("Air defence crews shot down 27 UAVs over the region.",), "27", "other"),
        (("By morning the air force reported the destruction of 54 air targets.",), "54", "other"),
    ],
)
def test_a_designator_variant_or_a_noun_of_air_attack_leaves_the_count_its_noun(paragraphs, quantity, category):
    df = run(*paragraphs)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1 and rows.iloc[0]["category"] == category


def test_a_part_honoured_as_dead_is_a_loss_of_the_whole():
    df = run("Kim decorated fourteen officers, six of them posthumously.")
    assert df.set_index("quantity_text").loc["six", "category"] == "casualties"
    assert df.set_index("quantity_text").loc["fourteen", "category"] == "troops"
    later = one("Twenty soldiers were decorated. Seven of them received the medal posthumously.", "Seven")
    assert (later["category"], later["subtype"]) == ("casualties", "killed")


def test_a_pronoun_count_of_a_country_s_people_sent_somewhere_is_troops():
    row = one("Villagers say the Koreans reached the village in March. Roughly three hundred of them were attached "
              "to the local regiment.", "Roughly three hundred")
    assert row["category"] == "troops"



@pytest.mark.parametrize("verb", ["estimated", "assessed"])
def test_a_verb_of_estimating_between_a_count_and_its_loss_leaves_the_loss(verb):
    row = one(f"Officials said some 1,300 Russian conscripts were {verb} to have died near Kupiansk.", "some 1,300")
    assert (row["category"], row["subtype"]) == ("casualties", "killed")


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        ("Three soldiers of the armed forces of Russia, taken prisoner near Vovchansk, were shown on video.", "Three",
         "captured"),
        ("Officials said 40 men of the Russian forces had died in the assault.", "40", "killed"),
        ("Four infantrymen, though wounded, held the bridge until dawn.", "Four", "wounded"),
    ],
)
def test_a_loss_is_read_past_a_force_s_name_or_a_concession(text, quantity, subtype):
    row = one(text, quantity)
    assert (row["category"], row["subtype"]) == ("casualties", subtype)


def test_a_formation_still_ends_a_modifier_before_a_force_noun_inside_it():
    row = one("Officials said nine sappers of an engineer regiment had died clearing mines.", "nine")
    assert (row["category"], row["subtype"]) == ("casualties", "killed")


@pytest.mark.parametrize("verb", ["could grow to", "may rise to", "will climb to"])
def test_a_verb_of_change_in_its_base_form_links_the_figure_to_the_noun_before(verb):
    row = one(f"Pyongyang has sent 9,000 soldiers. Kyiv warns the number {verb} 30,000.", "30,000")
    assert row["category"] == "troops"


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Moscow said about 4,000 North Koreans would go to the Belgorod region.", "about 4,000"),
        ("Analysts think roughly 2,500 North Koreans are now involved.", "roughly 2,500"),
        ("Analysts think roughly 2,500 North Koreans are now involved in the fighting.", "roughly 2,500"),
        ("Some 3,000 North Koreans went to the front last month.", "Some 3,000"),
        ("He said 3,000 North Koreans — gunners, drivers and signallers — were sent to Kursk.", "3,000"),
    ],
)
def test_a_country_s_people_sent_past_an_aside_or_by_going_are_troops(text, quantity):
    assert one(text, quantity)["category"] == "troops"


@pytest.mark.parametrize(
    "text",
    [
        # The reviewer's: involved in no fighting, and gone to no place of war.
        "Roughly 2,500 North Koreans are now involved in the talks.",
        "About 4,000 North Koreans would go to Russian factories as workers.",
        # Ours.
        "About 1,000 North Koreans went to Moscow for the parade.",
    ],
)
def test_a_country_s_people_going_or_involved_in_no_war_are_no_troops(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "paragraph, quantity",
    [
        ("The Hwasong-11 deserves a word of its own. Ukrainian radar tracked scores of launches in the winter.", "scores"),
        ("The brigade's missile teams have learned from dozens of launches at defended cities.", "dozens"),
    ],
)
def test_launches_with_no_missile_of_their_own_count_the_missiles_named_before(paragraph, quantity):
    assert one(paragraph, quantity)["category"] == "missiles"


def test_launches_of_no_weapon_count_nothing():
    assert run("The space agency planned three satellite launches and dozens of launches of weather balloons.").empty


@pytest.mark.parametrize("join", ["along with", "together with"])
def test_a_count_of_another_kind_added_after_a_clause_keeps_its_own_hedge(join):
    df = run(f"Pyongyang shipped more than 4 million shells to Russia last year, {join} 60 ballistic missiles.")
    hedges = dict(zip(df["quantity_text"], df["hedge"]))
    assert hedges == {"more than 4 million": "lower_bound", "60": "exact"}


def test_a_count_of_the_same_kind_added_after_a_clause_takes_the_hedge():
    row = one("Kyiv counted at least 40 Koksan guns in the area, along with 25 rocket launchers.", "25")
    assert row["hedge"] == "lower_bound"


def test_a_bracketed_measure_does_not_part_a_hedge_from_the_figure_joined_to_it():
    row = one("Drones spotted about 14 howitzers (152 mm) and 9 self-propelled guns near the border.", "9")
    assert row["hedge"] == "approximate"


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv has also seen 240-mm rocket launchers, of which, by Ukrainian counts, some 90 have arrived.", "some 90",
         "artillery_systems"),
        ("Pyongyang also sent howitzers, of which 30 were destroyed in the spring.", "30", "artillery_systems"),
        ("The soldiers came from a brigade that Western officials say numbered about 5,000.", "about 5,000", "troops"),
        ("The prisoners came from a battalion that numbered roughly 600.", "roughly 600", "troops"),
        # The stop of an initialism inside the clause ends no clause.
        ("Pyongyang sent a contingent that U.S. officials say numbered around 11,000.", "around 11,000", "troops"),
    ],
)
def test_a_relative_clause_leaves_the_figure_the_noun_it_opens_after(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_link_verb_before_a_figure_links_the_noun_before_an_aside_not_the_figure_before():
    row = one("Kim sent 11,000 men and 3,000 more later. About 2,000 are dead, and the wounded, by Seoul's earlier "
              "count, number several thousand more.", "several thousand")
    assert (row["category"], row["subtype"]) == ("casualties", "wounded")


def test_a_pronoun_count_written_large_finds_its_noun_a_few_sentences_back():
    row = one("The North Korean contingent was pulled back in March. They rested. The commanders were changed, "
              "and training resumed. Now there are roughly 9,000 of them near Belgorod.", "roughly 9,000")
    assert row["category"] == "troops"


def test_a_small_pronoun_count_looks_no_further_than_the_sentence_before():
    df = run("The North Korean brigades were pulled back in March. They rested. The commanders were changed, "
             "and training resumed. Now two of them speak Russian.")
    assert df.empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # The reviewer's: the aside closes an item of a list, and the figure is the next item's.
        ("Russia received shells, including 152 mm rounds, and drones totalling 300.", "300", "other"),
        ("Kim sent shells, mostly old stock, and missiles numbering 100.", "100", "missiles"),
        ("Kim sent shells, by then his main export, and missiles numbering 100.", "100", "missiles"),
        ("Russia attacked with drones, by night and by day, and missiles numbering 40.", "40", "missiles"),
        # Ours: a counted noun after the aside, with no joining word; and "as well as".
        ("Kim sent shells, including old stock, as well as rockets numbering 500.", "500", "rockets"),
        ("Pyongyang shipped guns, mostly Koksans, then missiles numbering 60.", "60", "missiles"),
    ],
)
def test_an_aside_that_closes_an_item_of_a_list_leaves_the_next_item_its_figure(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_an_aside_before_an_item_no_vocabulary_counts_lends_no_noun():
    # The reviewer's: "workers" is no counted noun, and the soldiers before the aside are not what numbers 12,000.
    assert run("Pyongyang moved its soldiers, by rail and by sea, and its workers numbering 12,000.").empty


def test_an_aside_of_by_still_parts_a_noun_from_its_predicate():
    assert one("The wounded, by most counts, number several thousand.", "several thousand")["category"] == "casualties"


@pytest.mark.parametrize(
    "paragraph",
    [
        # The reviewer's: a weapon named in the sentence before is not what "of them" stands for.
        "North Korean troops fought near Sudzha alongside the KN-23. About 300 of them were killed.",
        "Thousands of North Korean soldiers arrived, the Hwasong-11 with them. Some 600 of them have died.",
    ],
)
def test_a_weapon_named_before_a_pronoun_count_of_people_is_not_its_antecedent(paragraph):
    df = run(paragraph)
    assert set(df["category"]) <= {"troops", "casualties"} and "casualties" in set(df["category"])


def test_launches_counted_after_a_weapon_named_carry_its_name():
    row = one("The KN-23 is a separate topic. The enemy counted dozens of launches.", "dozens")
    assert (row["category"], row["item"]) == ("missiles", "KN-23")


@pytest.mark.parametrize(
    "paragraph, quantity",
    [
        # The reviewer's: a value above the whole restates the whole, not the part just taken from it.
        ("North Korea sent 11,000 troops. About 300 of them have been killed. The Pentagon puts the figure at 12,000.",
         "12,000"),
        ("Pyongyang sent 11,000 troops; 4,000 of them have been killed or wounded. Seoul's estimate is now 15,000.",
         "15,000"),
    ],
)
def test_a_figure_restated_above_the_whole_restates_the_whole(paragraph, quantity):
    df = run(paragraph)
    assert df.set_index("quantity_text").loc[quantity, "category"] == "troops"


def test_a_figure_restated_below_the_whole_still_restates_the_part():
    df = run("North Korea sent 11,000 troops. About 300 of them have been killed. Kyiv puts the figure higher, at 500.")
    assert df.set_index("quantity_text").loc["500", "category"] == "casualties"


def test_a_pronoun_count_written_large_reaches_back_only_along_a_chain_of_pronouns():
    # The reviewer's: the villagers, whom no vocabulary counts, are what returned; no sentence carries the soldiers on.
    assert run("North Korean soldiers were deployed to the Kursk region in October. The local villagers were "
               "evacuated. Most of the houses were destroyed. Now about 3,000 of them have returned.").empty


def test_a_chain_of_pronouns_carries_the_noun_inside_a_quotation_too():
    row = one('The North Korean contingent left in March. "They came back. The first wave suffered badly, but they '
              'learned. Now there are about 9,000 of them near Belgorod," he said.', "about 9,000")
    assert row["category"] == "troops"


@pytest.mark.parametrize("dash", ["—", "–"])
def test_an_aside_between_dashes_of_either_kind_leaves_the_noun_its_predicate(dash):
    row = one(f"Total casualties {dash} dead, wounded and missing {dash} were put at about 4,700.", "about 4,700")
    assert row["category"] == "casualties"
