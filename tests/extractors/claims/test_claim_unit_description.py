"""claimant_descriptions.csv, "unit": "the unit said" refers back to the military formation named before it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim

SSO = "Ukrainian Special Operations Forces"


@pytest.mark.parametrize("quantity, paragraphs", [
    # The formation publishes something, then "the unit said" in the next sentence.
    ("17", ["Ukraine's Special Operations Forces released a video on Tuesday.",
            "The unit said its drones had killed 17 North Korean soldiers near the border."]),
    # A cue instead of a verb.
    ("about 40", ["Ukrainian Special Operations Forces posted footage of a night raid.",
                  "According to the unit, about 40 North Korean troops were wounded in the raid."]),
    # The verb before its subject, the figure first.
    ("Nine", ["Ukraine's Special Operations Forces shared photos from the Kursk region.",
              "Nine North Korean soldiers were captured in the raid, the unit reported."]),
])
def test_the_unit_is_the_formation_named_before(quantity, paragraphs):
    assert claim(quantity, *paragraphs)[0] == SSO


def test_the_unit_is_never_the_bare_noun():
    # No formation named before: whatever it is read as, never the word "unit" itself.
    got = claim("17", "The unit said its drones had killed 17 North Korean soldiers near the border.")
    assert got[0] not in ("unit", "Unit", "the unit")
