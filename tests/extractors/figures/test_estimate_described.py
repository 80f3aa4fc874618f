"""dossier.estimate_described: people who are sent and described as soldiers are troops."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity",
    [
        # A description after a colon, a dash, a comma and a word of "most of them", each by a troop noun.
        ("Last week the envoy announced that the North would send another 6,000 people to the region: sappers, "
         "engineers and builders.", "6,000"),
        ("Seoul says Pyongyang is getting ready to dispatch up to 5,000 more people, mostly engineering troops.",
         "up to 5,000"),
        ("The North will send another 4,000 people to the region - 1,500 deminers and 2,500 military builders, the "
         "envoy said.", "4,000"),
        ("Some 3,000 people were deployed to the border area, chiefly soldiers of the engineering corps, Kyiv said.",
         "Some 3,000"),
    ],
)
def test_sent_people_described_by_a_troop_noun_are_troops(text, quantity):
    rows = run(text)
    row = rows[rows["quantity_text"] == quantity]
    assert len(row) == 1 and row.iloc[0]["category"] == "troops"


@pytest.mark.parametrize(
    "text",
    [
        "The North will send another 4,000 people to the region, mostly students and tourists.",  # no troop noun
        "About 6,000 people live in the town, mostly soldiers' families.",  # not sent
        "The North will send another 4,000 people to the region.",  # no description at all
    ],
)
def test_people_not_sent_or_not_described_as_soldiers_are_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Officials in Seoul expect Pyongyang to send another 3,000 people to the Belgorod region next month.", "3,000"),
        ("The regime is dispatching several hundred people to a war it calls a holy duty.", "several hundred"),
        ("Kyiv believes the North will send 2,500 people to the front in the spring.", "2,500"),
    ],
)
def test_people_sent_to_a_named_place_of_war_are_troops(text, quantity):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == "troops"


@pytest.mark.parametrize(
    "text",
    [
        "The veterans' league sent 40 people to the war memorial in Seoul.",  # a war word that modifies another noun
        "The North will send 5,000 people to Russia under a labour deal.",  # not a place of war: perhaps workers
        "The North will send another 2,000 people to the region.",  # which region is not said
        "The ministry sent 30 people to the front desk of the embassy.",
        "The charity sent 14 people to the Kharkiv region to hand out food.",  # a dozen: a team, no contingent
        "Seoul sent 25 people to the War Memorial of Korea for the ceremony.",
    ],
)
def test_people_sent_elsewhere_are_no_figure(text):
    assert run(text).empty


def test_north_korean_citizens_sent_to_war_are_troops():
    row = run("By then more than 15,000 North Korean citizens will have been involved, the paper said.").iloc[0]
    assert row["quantity_text"] == "more than 15,000" and row["category"] == "troops"
    assert run("About 400 North Korean nationals study at Russian universities.").empty
