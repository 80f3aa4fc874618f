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
