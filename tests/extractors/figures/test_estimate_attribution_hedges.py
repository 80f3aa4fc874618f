"""dossier.estimates: a word the attribution's verb holds ("estimated", "talked about") is no hedge of the figure."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("The NIS estimated 3,200 killed and wounded among the North Koreans.", "3,200", "casualties"),
        ("Kyiv talked about 5,000 killed or wounded in the Kursk fighting.", "5,000", "casualties"),
        ("Seoul's spy agency estimated 12,500 troops in the Kursk region by March.", "12,500", "troops"),
        ("Ukrainian officials spoke about 2,100 dead and wounded North Koreans last month.", "2,100", "casualties"),
    ],
)
def test_the_verb_of_the_attribution_is_not_the_figures_hedge(text, quantity, category):
    row = one(text, quantity)
    assert row["hedge"] == "exact" and row["category"] == category and row["claimant"]


@pytest.mark.parametrize(
    "text, quantity, hedge",
    [
        # A hedge of its own after the verb stays the figure's.
        ("The NIS estimated about 3,200 troops had been killed.", "about 3,200", "approximate"),
        ("Kyiv spoke of nearly 5,000 killed and wounded.", "nearly 5,000", "upper_bound"),
        ("An estimated 4,000 North Koreans were killed or wounded, the agency said.", "An estimated 4,000", "approximate"),
    ],
)
def test_a_hedge_after_the_verb_stays(text, quantity, hedge):
    assert one(text, quantity)["hedge"] == hedge


def test_a_number_inside_the_attribution_names_who_speaks():
    # "One official" is who speaks; the figure the attribution holds whole is no count.
    assert run("One official said shell deliveries had slowed sharply.").empty
