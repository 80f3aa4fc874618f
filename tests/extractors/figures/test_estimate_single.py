"""dossier.estimate_single: the word "one" before a weapon or a shell is an example, unless lost or listed."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text",
    [
        "Even if one Iskander missile costs $3 million, Moscow can afford hundreds.",
        "Each drone that finds a howitzer means one less gun shelling Kharkiv.",
        "They aim ten rounds of 122mm shells at one tree line and hope.",
        "The figure that worries Kyiv most is one that no radar sees coming.",  # a pronoun
    ],
)
def test_a_lone_one_is_no_figure(text):
    assert "one" not in [t.lower() for t in run(text)["quantity_text"]]


@pytest.mark.parametrize(
    "text, category",
    [
        ("Drones destroyed three trucks, one tank and two howitzers near Sudzha.", "other"),  # a list of counts
        ("Near Tetkino one howitzer was destroyed by a drone.", "artillery_systems"),  # a loss of things
        ("Border guards said one soldier was killed in the shelling.", "casualties"),  # a loss of people
    ],
)
def test_one_in_a_list_or_with_a_loss_is_a_figure(text, category):
    assert one(text, "one")["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "Moscow fired one Kinzhal missile at Lviv overnight.",  # after a verb of firing
        "Pyongyang shipped one train of artillery shells to Rostov.",  # after a verb of sending
        "A spokesman said one Iskander missile was launched from Belgorod.",  # the subject of a launch
    ],
)
def test_one_as_a_count_of_what_was_fired_or_sent_is_a_figure(text):
    assert "one" in [t.lower() for t in run(text)["quantity_text"]]


@pytest.mark.parametrize(
    "text",
    [
        "When one regime sells shells to another, the war spreads.",
        "Where one state ships missiles to another and the other pays in grain, sanctions follow.",
        "The drones are cheap, yet each one is a loss to the brigade.",
    ],
)
def test_one_as_a_pronoun_of_a_pair_or_of_many_is_no_count(text):
    assert run(text).empty


def test_one_with_no_other_of_a_pair_stays_a_count():
    assert run("The battery fired one KN-23 missile at the port overnight.")["quantity_text"].tolist() == ["one"]


@pytest.mark.parametrize(
    "text, category",
    [
        ("One KN-23 missile struck a warehouse and another hit a depot near Kharkiv.", "missiles"),
        ("Pyongyang sent one shipment of shells in March and another in May.", "shipments"),
    ],
)
def test_one_then_another_after_a_coordinator_is_a_count(text, category):
    df = run(text)
    assert df.loc[df["quantity_text"].str.lower() == "one", "category"].tolist() == [category]
