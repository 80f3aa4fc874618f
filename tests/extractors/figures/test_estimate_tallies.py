"""Loss tallies as armed forces print them: a hedge written once for the whole list, the day's increment in
brackets, the machines lost beside a toll of people, and the nouns of the machines such tallies list.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        # A hedge before the colon that opens the tally covers each item, not only the first.
        ("Enemy losses since the spring approximately amounted to: tanks – 4,310, howitzers – 2,095, drones – 31,200.",
         "2,095", "approximate"),
        ("Enemy losses since the spring approximately amounted to: tanks – 4,310, howitzers – 2,095, drones – 31,200.",
         "31,200", "approximate"),
        ("Over the week the enemy's losses totalled roughly: 42 tanks, 17 howitzers and 9 launchers.", "17", "approximate"),
        ("The losses of the brigade were about: 12 armoured vehicles, 6 guns.", "6", "approximate"),
        ("Equipment destroyed over the month amounted to at least: 80 tanks; 40 guns.", "80", "lower_bound"),
    ],
)
def test_a_hedge_before_the_colon_covers_every_item_of_the_tally(text, quantity, hedge):
    assert one(text, quantity)["hedge"] == hedge


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A hedge in the words before the colon that is not the tally's own leaves its items as written.
        ("Here is what we know about the convoy: 14 trucks crossed the bridge at dawn.", "14"),
        ("Asked about the figures: 300 shells a day, he said, is what the guns fire.", "300"),
        ("The ministry's tally: tanks – 4,310, howitzers – 2,095.", "2,095"),
    ],
)
def test_a_colon_without_the_tally_s_hedge_leaves_items_exact(text, quantity):
    assert one(text, quantity)["hedge"] == "exact"


@pytest.mark.parametrize(
    "text, increment, category",
    [
        # "(+9)" after a running total is the day's addition: it counts what the total counts.
        ("Losses to date: tanks – 4,210 (+7), artillery systems – 9,830 (+25).", "7", "other"),
        ("Losses to date: tanks – 4,210 (+7), artillery systems – 9,830 (+25).", "25", "artillery_systems"),
        ("The running count of destroyed howitzers stands at 1,140 (+ 3) after Tuesday's strikes.", "3", "artillery_systems"),
        ("By the evening the count of drones shot down since January had reached 5,600 (+112).", "112", "other"),
    ],
)
def test_a_bracketed_increment_counts_what_its_total_counts(text, increment, category):
    assert one(text, increment)["category"] == category


def test_a_bracketed_figure_without_a_sign_is_no_increment():
    # "(2024)" or "(3)" without a plus is a year or a note, not the day's addition.
    df = run("Brigade losses: tanks – 4,210 (2024), guns – 900.")
    assert "2024" not in set(df["quantity_text"])


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        # A toll of people is estimated, the machines lost beside it are counted one by one.
        ("The enemy lost up to 180 servicemen, 3 pick-up trucks and a mortar.", "3", "exact"),
        ("Ukrainian losses amounted to up to 260 troops, a tank and 4 armoured vehicles.", "4", "exact"),
        ("Kyiv's forces lost as many as 95 soldiers and 2 self-propelled guns near the village.", "2", "exact"),
        # Within the toll itself the hedge still reaches every kind of loss.
        ("The enemy lost up to 180 servicemen killed and 60 wounded.", "60", "upper_bound"),
        # Not a toll: a hedge on troops sent still reaches the guns sent with them.
        ("Seoul says roughly 9,000 troops and 150 howitzers were sent.", "150", "approximate"),
    ],
)
def test_a_hedge_on_a_toll_of_people_does_not_reach_the_machines_lost(text, quantity, hedge):
    assert one(text, quantity)["hedge"] == hedge


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A personnel carrier is a vehicle, not personnel.
        ("The brigade destroyed 14 armoured personnel carriers near the river.", "14", "other"),
        ("Satellite photos show 30 armored personnel carriers at the depot.", "30", "other"),
        ("Air defences shot down 7 guided aerial bombs overnight.", "7", "other"),
        ("Since the spring, 12 helicopters have been lost, the ministry said.", "12", "other"),
        # "Units of artillery", as ministries write a count of guns in a tally.
        ("Over the winter the enemy lost some 1,800 units of artillery.", "some 1,800", "artillery_systems"),
        ("Pyongyang has handed over about 200 units of artillery, the ministry said.", "about 200", "artillery_systems"),
        # Personnel on its own stays people.
        ("About 400 personnel were moved to the border.", "About 400", "troops"),
    ],
)
def test_the_machines_of_a_tally_are_counted_as_machines(text, quantity, category):
    assert one(text, quantity)["category"] == category


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A tally opened by a noun of losses counts the dead and wounded, whatever noun its row of people takes.
        ("Since June the losses of the enemy approximately amounted to: personnel – about 52,000 (+640) persons, "
         "tanks – 4,310 (+2).", "about 52,000"),
        ("Since June the losses of the enemy approximately amounted to: personnel – about 52,000 (+640) persons, "
         "tanks – 4,310 (+2).", "640"),
        ("The toll of the week: 140 soldiers, 12 tanks and 5 guns.", "140"),
        ("Losses of the brigade over the month were: 380 servicemen and 9 armoured vehicles.", "380"),
        ("Enemy losses during the assault totalled: some 600 troops, 14 tanks.", "some 600"),
    ],
)
def test_the_people_of_a_loss_tally_are_casualties(text, quantity):
    assert one(text, quantity)["category"] == "casualties"


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A colon after a clause about losses opens no tally: the figures after it keep their own reading.
        ("Losses mounted through the winter: 3,000 troops arrived in March to replace them.", "3,000"),
        ("Its losses were heavy: 3,000 troops arrived in March to replace them.", "3,000"),
        ("Here is the list: 3,000 troops arrived in March.", "3,000"),
    ],
)
def test_a_colon_after_a_clause_on_losses_opens_no_tally(text, quantity):
    assert one(text, quantity)["category"] == "troops"
