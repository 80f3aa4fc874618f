"""dossier.estimates: "grouping", a force's noun in translated military prose, and the size a verb brings it to."""

from __future__ import annotations

import pytest

from estimate_readings import run


def figures(text: str) -> list[tuple[str, float, float, str]]:
    return [(r.quantity_text, r.low, r.high, r.category) for r in run(text).itertuples()]


@pytest.mark.parametrize(
    "text, quantity, low, high",
    [
        ("The Ukrainian grouping near Sumy has been reduced to 15-18 thousand people, a Russian blogger claims.",
         "15-18 thousand", 15000, 18000),
        ("By March the enemy grouping had been reduced to about 9,000 people.", "about 9,000", 9000, 9000),
        ("Moscow's grouping in the Kherson direction numbered up to 40 thousand, the General Staff said.",
         "up to 40 thousand", float("nan"), 40000),
        ("The strength of the northern grouping is 12 thousand servicemen.", "12 thousand", 12000, 12000),
    ],
)
def test_the_size_of_a_grouping_is_a_troop_figure(text, quantity, low, high):
    got = [f for f in figures(text) if f[0] == quantity]
    assert len(got) == 1 and got[0][3] == "troops" and got[0][2] == high
    assert got[0][1] == low or low != low


@pytest.mark.parametrize(
    "text",
    [
        # A count of formations, its possessive's mark aside, is no count of men.
        "The strength of the grouping did not exceed three brigades' worth of infantry, Kyiv said.",
        "By spring the Korean contingent did not exceed two divisions' worth of personnel.",
    ],
)
def test_a_count_of_formations_in_the_possessive_is_no_figure(text):
    assert not figures(text)
