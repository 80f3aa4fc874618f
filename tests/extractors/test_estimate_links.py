"""dossier.estimate_links: the noun before a link word that a figure after it counts."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # A date between the noun and its link is no break of the phrase, whichever way it is written.
        ("Kyiv said Russia's losses since Jan. 1, 2025 had climbed to 410,000.", "410,000", "casualties"),
        ("Ukraine's military said Russian losses since 1 January 2025 had risen to 410,000.", "410,000", "casualties"),
        ("The number of North Korean troops sent since March 2025 reached 15,000.", "15,000", "troops"),
    ],
)
def test_a_date_inside_the_subject_of_a_link(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_date_alone_is_no_figure():
    # The day and the year of the date are not read as figures of their own.
    df = run("Russia's losses since Jan. 1, 2025 had climbed to 410,000, Kyiv said.")
    assert list(df["quantity_text"]) == ["410,000"]
