"""dossier.estimate_groups: the size of each of many groups a force moves or fights in."""

from __future__ import annotations

import pytest

from estimate_readings import run


def figures(*paragraphs: str) -> list[tuple[str, float, float, str]]:
    df = run(*paragraphs)
    return [(r.quantity_text, r.low, r.high, r.category) for r in df.itertuples()]


@pytest.mark.parametrize(
    "text, quantity, low, high",
    [
        # The soldiers named before the groups: the size of each is a figure of troops.
        ("Pyongyang's infantrymen crossed the fields in groups of 15-20 people under drone fire.", "15-20", 15, 20),
        ("The Korean soldiers, a brigade commander said, now assault in waves of twelve to fifteen people.",
         "twelve to fifteen", 12, 15),
        ("According to the scouts, the North Korean troops moved through the forest in columns of 40 or 50.",
         "40 or 50", 40, 50),
        ("Russian marines came first. Behind them the North Koreans followed in groups of about thirty men each.",
         "about thirty", 30, 30),
        # A rough range said aloud, with a comma for "or".
        ("The Korean sappers clear the fields in teams of 10, 12 people, a Russian officer told reporters.",
         "10, 12", 10, 12),
        # Set off after a group's singular noun.
        ("The enemy soldiers walked towards the treeline in a column, sixty or seventy people, without cover.",
         "sixty or seventy", 60, 70),
    ],
)
def test_the_size_of_each_group_of_soldiers_is_a_troop_figure(text, quantity, low, high):
    assert (quantity, low, high, "troops") in figures(text)


def test_batches_of_arms_count_the_arms_named_not_the_delivery():
    text = ("Satellite photos show trains carrying Koksan howitzers east of the Urals; the shipments arrive in batches "
            "of several dozen, analysts say.")
    assert [f[3] for f in figures(text) if f[0] == "several dozen"] == ["artillery_systems"]


@pytest.mark.parametrize(
    "text",
    [
        # People of no trade or of a civilian one: no figure of forces.
        "The men in grey jackets arrive at the plant in groups of 25 or 30 and sleep in a hostel.",
        "The North Korean workers live on the site and are brought in groups of 40-50 people by bus.",
        "Russian travel agencies sent groups of 20 to 30 tourists to the beach resort this summer.",
        # A handful is a tactic's size (estimate_subsets), and a plural of its own is what is counted.
        "The Korean soldiers now move in groups of three or four people.",
        "The convoy moved in columns of 30 or 40 trucks along the highway.",
    ],
)
def test_groups_of_civilians_handfuls_and_things_of_their_own_are_no_troop_figure(text):
    assert not [f for f in figures(text) if f[3] == "troops"]


def test_two_figures_set_off_by_a_comma_elsewhere_stay_two():
    got = figures("In 2024, 300 soldiers were sent to the border.")
    assert [(f[0], f[1]) for f in got] == [("300", 300)]
