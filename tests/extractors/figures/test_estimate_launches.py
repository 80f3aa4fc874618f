"""dossier.estimate_nouns: a count of launches of missiles or rockets counts the missiles fired."""

from __future__ import annotations

import pytest

from estimate_readings import run


def figures(text: str) -> list[tuple[str, str]]:
    return [(r.quantity_text, r.category) for r in run(text).itertuples()]


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("Ukraine's air force logged more than 50 launches of ballistic missiles from Bryansk in March.", "more than 50"),
        ("Investigators tied some 30 launches of North Korean missiles to strikes on Kharkiv.", "some 30"),
        ("Kyiv says it has recorded at least 45 KN-23 launches since the winter.", "at least 45"),
        ("Dozens of KN-24 launches were registered by radar, the general said.", "Dozens"),
    ],
)
def test_launches_of_missiles_count_the_missiles(text, quantity):
    assert (quantity, "missiles") in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # Launches of anything else, or with nothing named they carry, are no count of arms.
        "The spaceport hosted 12 launches of satellites last year.",
        "The company planned three launches of its new phone this autumn.",
    ],
)
def test_launches_of_other_things_are_no_figure(text):
    assert figures(text) == []
