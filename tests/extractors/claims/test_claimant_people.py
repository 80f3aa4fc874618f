"""Ukrainian officials who give figures, by their canonical names whatever the spelling."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim_in


@pytest.mark.parametrize("text, quantity, claimant", [
    ("Skibitskyi, the deputy intelligence chief, estimated that some 70 Koksan guns had crossed the border.",
     "some 70", "Vadym Skibitskyi"),
    ("Operational Command North's spokesman Vadym Mysnyk spoke on Monday. According to Mysnyk, some 70 Koksan guns "
     "fire from the Belgorod side.", "some 70", "Vadym Mysnyk"),
    ("Andrii Yusov told the telethon that some 70 missiles were delivered in a month.", "some 70", "Andriy Yusov"),
])
def test_named_officials(text, quantity, claimant):
    assert claim_in("Ukrainska Pravda", quantity, text) == claimant
