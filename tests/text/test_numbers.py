"""dossier.text.numbers: quantities written as a fraction of a scale or with "and a half"."""

from __future__ import annotations

import math

import pytest

from dossier.text.quantities import find_quantities
from estimate_readings import run


def only(text: str):
    found = find_quantities(text)
    assert len(found) == 1, f"{text!r}: {found}"
    q = found[0]
    return text[q.start : q.end], q


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("Pyongyang has sent half a million shells since June.", "half a million", 500_000),
        ("The plant makes a quarter of a million rounds a year.", "a quarter of a million", 250_000),
        ("Some three quarters of a million shells crossed by rail.", "Some three quarters of a million", 750_000),
        ("Officials said one and a half million shells had been delivered.", "one and a half million", 1_500_000),
        ("Kyiv says two and a half thousand troops were rotated.", "two and a half thousand", 2_500),
        ("The unit received half a dozen launchers.", "half a dozen", 6),
    ],
)
def test_a_fraction_of_a_scale_is_one_count(text, written, value):
    got, q = only(text)
    assert got == written
    assert q.kind == "count" and q.low == value


def test_a_hedge_bounds_a_fraction_of_a_scale():
    got, q = only("Russia received more than half a million shells.")
    assert got == "more than half a million" and q.hedge == "lower_bound" and q.low == 500_000 and math.isnan(q.high)


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("About half of the shells were duds.", "About half", 50),
        ("A quarter of the 11,000 troops were wounded.", "A quarter", 25),
    ],
)
def test_a_fraction_of_a_noun_stays_a_share(text, written, value):
    q = find_quantities(text)[0]
    assert text[q.start : q.end] == written and q.kind == "share" and q.low == value


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("Eleven thousand five hundred soldiers were sent in all.", "Eleven thousand five hundred", 11_500),
        ("The North shipped two million three hundred thousand shells.", "two million three hundred thousand", 2_300_000),
        ("About three thousand and two hundred troops crossed.", "About three thousand and two hundred", 3_200),
        ("One hundred and fifty soldiers were captured.", "One hundred and fifty", 150),
        ("Some two thousand five hundred and twenty rounds a day.", "Some two thousand five hundred and twenty", 2_520),
    ],
)
def test_number_words_of_several_scales_are_one_number(text, written, value):
    got, q = only(text)
    assert got == written and q.low == value


def test_a_number_word_after_a_scale_without_its_own_scale_stays_apart():
    got, q = only("Five thousand troops arrived two days later.")
    assert got == "Five thousand" and q.low == 5_000


@pytest.mark.parametrize(
    "text, written, low, high",
    [
        ("Officials said 11,000 or 12,000 troops had been sent.", "11,000 or 12,000", 11_000, 12_000),
        ("The North fired two or three missiles at Kharkiv.", "two or three", 2, 3),
        ("Kyiv says 3 or 4 million shells went by rail.", "3 or 4 million", 3_000_000, 4_000_000),
    ],
)
def test_two_numbers_joined_by_or_are_a_range(text, written, low, high):
    got, q = only(text)
    assert got == written and q.hedge == "range" and (q.low, q.high) == (low, high)


def test_a_date_of_two_days_joined_by_or_is_no_range():
    assert find_quantities("Troops could be in combat by Nov. 3 or 4, he said.") == []


@pytest.mark.parametrize(
    "text, written, hedge, low, high",
    [
        ("Seoul puts the contingent at north of 12,000 men.", "north of 12,000", "lower_bound", 12_000, None),
        ("Well north of 3 million rounds have crossed the border.", "Well north of 3 million", "lower_bound", 3_000_000, None),
        ("As few as 2,500 soldiers may still hold the line.", "As few as 2,500", "lower_bound", 2_500, None),
        ("Losses could be as low as 900 men.", "as low as 900", "lower_bound", 900, None),
        ("The brigade is shy of 4,000 troops.", "shy of 4,000", "upper_bound", None, 4_000),
        ("Deliveries fell short of 40 launchers.", "short of 40", "upper_bound", None, 40),
        ("Kyiv counts in the neighbourhood of 6,000 dead.", "in the neighbourhood of 6,000", "approximate", 6_000, 6_000),
        ("Perhaps 1,500 engineers went with them.", "Perhaps 1,500", "approximate", 1_500, 1_500),
    ],
)
def test_hedges_of_wire_copy_bound_a_figure(text, written, hedge, low, high):
    got, q = only(text)
    assert (got, q.hedge) == (written, hedge)
    assert (None if math.isnan(q.low) else q.low, None if math.isnan(q.high) else q.high) == (low, high)


@pytest.mark.parametrize(
    "text, written, hedge",
    [
        ("The agency estimated about 700 soldiers had been wounded.", "about 700", "approximate"),
        ("Kyiv estimated more than 1,200 North Koreans were fighting.", "more than 1,200", "lower_bound"),
        ("Seoul put the toll at an estimated more than 4,000.", "an estimated more than 4,000", "lower_bound"),
    ],
)
def test_a_reporting_verb_before_a_hedge_is_no_part_of_the_figure(text, written, hedge):
    got, q = only(text)
    assert (got, q.hedge) == (written, hedge)


@pytest.mark.parametrize(
    "text, written, low",
    [
        ("Several hundred thousand rounds went by rail.", "Several hundred thousand", 300_000),
        ("A few hundred thousand shells are stockpiled.", "A few hundred thousand", 200_000),
        ("Hundreds of thousands of shells have been sent.", "Hundreds of thousands", 200_000),
    ],
)
def test_a_vague_count_of_a_few_of_its_scales(text, written, low):
    got, q = only(text)
    assert (got, q.hedge, q.low) == (written, "vague", low) and math.isnan(q.high)


@pytest.mark.parametrize(
    "text, written, value",
    [
        # "A couple of" says about two of its scale, not at least two: a round figure, as the labels read it.
        ("A couple of hundred conscripts were sent back.", "A couple of hundred", 200),
        ("Kyiv says a couple hundred were taken prisoner.", "a couple hundred", 200),
        ("A couple of dozen launchers crossed the border.", "A couple of dozen", 24),
        ("The North lost a couple of thousand men in the winter.", "a couple of thousand", 2000),
    ],
)
def test_a_couple_of_a_scale_is_about_two_of_it(text, written, value):
    got, q = only(text)
    assert (got, q.hedge, q.low, q.high) == (written, "approximate", value, value)


@pytest.mark.parametrize(
    "text, written, hedge, low",
    [
        ("Officials say something like 3,000 soldiers were sent.", "something like 3,000", "approximate", 3000),
        ("By then, something like 400 launchers had arrived.", "something like 400", "approximate", 400),
        # A plural scale said of a crowd is as vague as the plural alone.
        ("Russian soldiers die in their hundreds there, Kyiv says.", "in their hundreds", "vague", 200),
        ("The refugees left in their thousands.", "in their thousands", "vague", 2000),
    ],
)
def test_spoken_hedges_of_a_count(text, written, hedge, low):
    got, q = only(text)
    assert (got, q.hedge, q.low) == (written, hedge, low)


@pytest.mark.parametrize(
    "text",
    [
        "The pact, article 4 of which binds each side to help the other, took effect in December.",
        "Under clause 3 of the accord, both armies train together.",
        "The provision is in section 12 of the law.",
    ],
)
def test_a_lower_case_article_or_clause_number_is_a_label(text):
    assert find_quantities(text) == []


def test_a_lower_case_unit_word_before_a_number_leaves_it_a_count():
    assert [q.low for q in find_quantities("The brigade lost a unit 40 strong.")] == [40]


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("The dispatch brought the number since September 2024 to 13,500.", "13,500", 13_500),
        ("Shipments from 2023 to 9 million rounds were logged.", "9 million", 9_000_000),
        ("Losses for 2025 TO 2,300, the ministry said.", "2,300", 2_300),
    ],
)
def test_a_year_is_no_end_of_a_range(text, written, value):
    found, q = only(text)
    assert (found, q.low, q.high, q.hedge) == (written, value, value, "exact")


@pytest.mark.parametrize("text", ["North Korea's 2024-25 winter rotation was its largest.", "In 1950-53 the war raged."])
def test_a_year_and_its_successor_written_short_are_no_range(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text, written, low, high",
    [
        ("Officials said about half veered off course.", "about half", 50, 50),
        ("Seoul thinks nearly a third were wounded.", "nearly a third", math.nan, 33.3),
    ],
)
def test_a_hedged_fraction_with_no_of_is_a_share(text, written, low, high):
    found, q = only(text)
    assert (found, q.kind) == (written, "share")
    assert (math.isnan(q.low) if math.isnan(low) else q.low == low) and q.high == high


@pytest.mark.parametrize("text", ["In the second half the pace slowed.", "A third deployment is expected.", "The first half its pace slowed."])
def test_a_bare_fraction_word_is_no_share(text):
    assert find_quantities(text) == []


def test_a_bare_fraction_before_the_determiner_of_a_whole_may_be_a_share():
    # "Half the shells", "half the time": a share of what follows; what it counts, if anything, estimates decide.
    assert [(q.kind, q.low) for q in find_quantities("Half the time it failed.")] == [("share", 50.0)]


@pytest.mark.parametrize(
    "text, written, value",
    [
        # A count before a calibre is no group of thousands with it.
        ("Pyongyang shipped about 180 152-mm howitzers by rail.", "about 180", 180),
        ("The army fielded 300 240mm rocket launchers.", "300", 300),
        # Groups of thousands parted by spaces stay one number.
        ("Russia received 1 500 000 shells in all.", "1 500 000", 1_500_000),
    ],
)
def test_a_count_before_a_calibre_stands_alone(text, written, value):
    got, q = only(text)
    assert (got, q.low) == (written, value)


@pytest.mark.parametrize(
    "text, quantity, value",
    [
        ("Officials say one in four North Korean shells is a dud.", "one in four", 25.0),
        ("Roughly one in three of the soldiers sent has been wounded.", "Roughly one in three", 33.3),
        ("Losses ran at about one in six of the men who crossed the border.", "about one in six", 16.7),
        ("One in eight of the launchers failed on its first salvo.", "One in eight", 12.5),
        ("By spring, two in five of the shells came from Pyongyang.", "two in five", 40.0),
        ("Perhaps three in ten of the rounds did not explode.", "Perhaps three in ten", 30.0),
    ],
)
def test_one_in_n_is_a_share(text, quantity, value):
    q = [q for q in find_quantities(text) if text[q.start : q.end] == quantity]
    assert len(q) == 1 and q[0].kind == "share" and q[0].low == value


@pytest.mark.parametrize(
    "text", ["A captured infantryman (24) told investigators he had trained for a month.",
             "Park (41) and Ri (37) were among the prisoners moved to Kyiv."],
)
def test_two_digits_alone_in_brackets_are_no_count(text):
    # Korean copy gives a person's age in brackets after the person.
    assert find_quantities(text) == []


def test_a_hedged_or_large_figure_in_brackets_stays_a_count():
    text = "Losses among the engineers (about 40) and the infantry (1,200) were heavy."
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["about 40", "1,200"]


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("Officials expect another thousand or so workers by spring.", "thousand or so", 1_000),
        ("ANOTHER THOUSAND TROOPS ARE DUE IN MAY.", "THOUSAND", 1_000),
        ("Moscow asked for a further hundred drivers.", "hundred", 100),
        ("An additional million shells left by rail.", "million", 1_000_000),
    ],
)
def test_a_scale_after_a_word_adding_to_a_count_is_one_of_it(text, written, value):
    got, q = only(text)
    assert got == written
    assert q.low == value


@pytest.mark.parametrize("text", ["The thousand soldiers who came first went home.", "Hundred-year-old rails carry the shells."])
def test_a_bare_scale_with_nothing_adding_to_a_count_is_no_figure(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("Seoul says about seven-thousand 400 soldiers were rotated home.", "about seven-thousand 400", 7_400),
        ("Roughly 4 thousand 250 workers arrived by train.", "Roughly 4 thousand 250", 4_250),
        ("The North fired some nine thousand 60 rounds a day.", "some nine thousand 60", 9_060),
        ("Pyongyang sent one million 200 thousand shells.", "one million 200 thousand", 1_200_000),
    ],
)
def test_digits_after_a_scale_of_thousands_go_on_with_it(text, written, value):
    got, q = only(text)
    assert got == written
    assert q.low == value


@pytest.mark.parametrize(
    "text, written",
    [("Moscow received three thousand 152mm shells.", "three thousand"), ("Some two thousand 122-mm rockets left.", "Some two thousand"),
     ("Seoul puts the total at over 4 million 155 mm shells.", "over 4 million")],
)
def test_a_calibre_after_a_scale_stays_apart(text, written):
    got, _ = only(text)
    assert got == written


@pytest.mark.parametrize(
    "text",
    [
        "Private Ri, 20, told interrogators his unit had no maps.",
        "The older brother, 24, was taken prisoner near Sudzha; the younger man, 19, was wounded.",
        "The soldier, 22, said he had never seen a drone before.",
    ],
)
def test_an_age_set_off_by_commas_after_a_person_is_no_count(text):
    assert find_quantities(text) == []


def test_a_count_in_a_list_after_a_verb_stays_a_count():
    # A verb before the comma, no person: "lost 40, 50 and 60" is a list of counts.
    text = "Russia lost 40, 50 and 60 tanks in three weeks."
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["40", "50", "60"]


@pytest.mark.parametrize(
    "text, written, low",
    [
        ("The brigade lost at least several hundred of its men.", "at least several hundred", 300),
        ("Moscow took delivery of more than a few thousand shells last month.", "more than a few thousand", 2_000),
    ],
)
def test_a_bound_before_a_vague_plural_keeps_it_vague_at_its_least_value(text, written, low):
    # The label format gives every plural without a number the hedge vague, bound or not.
    got, q = only(text)
    assert (got, q.hedge, q.low) == (written, "vague", low) and math.isnan(q.high)


@pytest.mark.parametrize(
    "text, written",
    [
        ("Officials say about hundreds of workers are already there.", "about hundreds"),
        # "over" here is the verb's particle, not a bound: the plural stays vague.
        ("The North handed over hundreds of launchers.", "hundreds"),
    ],
)
def test_a_vague_plural_with_no_bound_stays_vague(text, written):
    got, q = only(text)
    assert (got, q.hedge) == (written, "vague")


@pytest.mark.parametrize(
    "text",
    [
        "The depot held shells of 122 and 152 millimetres.",
        "Pyongyang ships 122, 152 and 240mm rounds by rail.",
        "The rockets have ranges of 40 or 70 km.",
    ],
)
def test_every_number_of_a_list_a_unit_ends_is_a_measure(text):
    assert find_quantities(text) == []


def test_a_list_of_counts_before_a_noun_of_its_own_stays_counts():
    # "and 600 tons": the unit ends the last member only, which has its own count before it.
    found = find_quantities("The North sent 2,000 soldiers, 50 howitzers and 600 tons of ammunition.")
    assert [q.low for q in found] == [2000, 50]


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A hedge between a month and a number opens a figure: no day of that month.
        ("Seoul said that by March some 400 had been killed.", "some 400"),
        ("In May about 2,000 more arrived by train.", "about 2,000"),
        ("Through June, roughly 1,500 engineers had crossed the border.", "roughly 1,500"),
        ("Kyiv said that since October more than 60 missiles had struck.", "more than 60"),
    ],
)
def test_a_hedged_number_after_a_month_is_a_figure(text, quantity):
    assert [text[q.start : q.end] for q in find_quantities(text)] == [quantity]


@pytest.mark.parametrize("text", ["On March 12 the envoy arrived.", "Troops left on 3 May, officials said."])
def test_a_day_of_a_month_stays_no_figure(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    ["in the first half of the year", "in the second half of 2024", "during the last quarter of the year"],
)
def test_a_fraction_after_an_ordinal_is_a_span_of_time(text):
    assert all(q.kind != "share" for q in find_quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "At one point half of the rounds reaching the front came from the North.",
        "He said that at one point a third of the guns were Korean.",
        "At one stage about 40 percent of the shells were North Korean.",
        "The minister admitted that at one stage most of the brigade was cut off.",
    ],
)
def test_one_before_point_or_stage_is_a_time_not_a_count(text):
    assert not any(q.low == 1 for q in find_quantities(text)), find_quantities(text)


def test_one_before_a_plain_noun_stays_a_count():
    assert [q.low for q in find_quantities("One battery and one launcher were destroyed.")] == [1, 1]


@pytest.mark.parametrize(
    "text",
    [
        "A 152-mm round sells for $900–1,300 on the open market.",
        "A 152-mm round sells for $900 - 1,300 abroad.",
        "Each missile is priced at €2 to 3 million by the estimate.",
        "The contract values a shell at £700 to 1,100.",
    ],
)
def test_the_second_end_of_a_price_range_is_money_too(text):
    assert find_quantities(text) == [], find_quantities(text)


@pytest.mark.parametrize(
    "text, lows",
    [
        ("Pyongyang sent 900–1,300 soldiers in the second wave.", [900]),
        ("The deal was worth $2 million; 1,300 soldiers went.", [1300]),
        ("It paid $40 for each of the 2,000 rounds.", [2000]),
    ],
)
def test_a_count_near_an_amount_of_money_stays_a_count(text, lows):
    assert [q.low for q in find_quantities(text)] == lows


@pytest.mark.parametrize("keycap", ["\ufe0f\u20e3", "\u20e3"])
def test_a_keycap_digit_numbers_a_list_item_and_counts_nothing(keycap):
    text = f"Three things stand out. 2{keycap} Drones: 40 were shot down."
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["Three", "40"]


@pytest.mark.parametrize(
    "text, written",
    [("Half!", "Half"), ("“A third.”", "A third"), ("Roughly half.", "Roughly half")],
)
def test_a_fraction_that_is_its_sentence_is_a_share(text, written):
    found, q = only(text)
    assert (found, q.kind) == (written, "share")


@pytest.mark.parametrize("text", ["The pace slowed in the second half.", "They took the other half."])
def test_a_fraction_closing_a_sentence_after_other_words_is_no_share(text):
    assert find_quantities(text) == []


def test_several_alone_is_a_vague_count_of_at_least_three():
    found, q = only("The North fired several missiles.")
    assert (found, q.low, q.hedge) == ("several", 3, "vague")
    assert math.isnan(q.high)


def test_several_before_a_scale_stays_that_many_of_the_scale():
    found, q = only("The North sent several thousand troops.")
    assert (found, q.low) == ("several thousand", 3000)


@pytest.mark.parametrize(
    "text, written, low",
    [("Conscripts were deserting by the hundreds.", "by the hundreds", 200),
     ("By the dozens they came back wounded.", "By the dozens", 24)],
)
def test_a_plural_by_the_rate_is_one_vague_count(text, written, low):
    found, q = only(text)
    assert (found, q.low, q.hedge) == (written, low, "vague")


def test_by_the_before_a_number_is_no_part_of_it():
    found, q = only("The line was held by the 4,000 marines sent in May.")
    assert (found, q.hedge) == ("4,000", "exact")


@pytest.mark.parametrize(
    "text, written",
    [("The offensive was led by the thousands of North Korean soldiers sent in November.", "thousands"),
     ("The attack was repelled by the hundreds of drones Ukraine launched.", "hundreds")],
)
def test_by_the_before_a_plural_of_a_noun_is_no_part_of_it(text, written):
    # "by" names who acts ("led by the thousands of soldiers"), no rate: the plural is its own vague count.
    found, q = only(text)
    assert (found, q.hedge) == (written, "vague")


@pytest.mark.parametrize(
    "text, written, low, high",
    [
        ("The plant lost between a fifth and a quarter of its workers.", "between a fifth and a quarter", 20, 25),
        ("Officials think a third to a half of the grain was exported.", "a third to a half", 33.3, 50),
        ("Either one in four or one in ten of the fuses fail.", "one in four or one in ten", 10, 25),
    ],
)
def test_two_fractions_joined_are_a_range_of_shares(text, written, low, high):
    found, q = only(text)
    assert (found, q.kind, q.hedge, q.low, q.high) == (written, "share", "range", low, high)


def test_a_hedged_fraction_before_a_comma_is_a_share():
    found, q = only("Last winter it was nearly half, the gunners say.")
    assert (found, q.kind, q.hedge, q.high) == ("nearly half", "share", "upper_bound", 50)


def test_an_unhedged_fraction_before_a_comma_stays_no_share():
    assert find_quantities("In the second half, the pace of deliveries slowed.") == []


def test_a_half_is_a_fraction_as_half_is():
    found, q = only("By spring the share had fallen to nearly a half.")
    assert (found, q.kind, q.high) == ("nearly a half", "share", 50)
    assert [(q.low, q.kind) for q in find_quantities("They shipped two and a half million rounds.")] == [(2_500_000, "count")]


@pytest.mark.parametrize(
    "text",
    ["Pyongyang's part fell from a third to a quarter of the shells.", "From half to a fifth of the fuses were replaced."],
)
def test_two_fractions_after_from_are_a_change_not_a_range(text):
    # "from X to Y" tells where a share went, no span of estimates: each end is read alone.
    assert all(q.hedge != "range" for q in find_quantities(text))


@pytest.mark.parametrize(
    "text, written, value",
    [
        ("The figure reached 3 trillion last year.", "3 trillion", 3e12),
        ("Estimates run to trillions of particles.", "trillions", 2e12),
    ],
)
def test_a_trillion_is_a_scale(text, written, value):
    found, q = only(text)
    assert found == written and q.low == value


def test_a_sum_in_trillions_of_won_is_no_force():
    # Read whole, the sum is money; with "trillion" no scale, "about 9" was left to count the deployment before it.
    assert run("Analysts put the North's earnings from the troop deployment at about 9 trillion won.").empty
