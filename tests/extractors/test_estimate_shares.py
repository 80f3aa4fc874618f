"""dossier.estimate_shares: what a share is a share of."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text, quantity, subtype",
    [
        # A share of a whole that names no noun is a share of what its clause's subject counts.
        ("“Shells from Pyongyang now make up perhaps two-thirds of what the Russians fire,” the colonel said.",
         "perhaps two-thirds", "artillery_shells"),
        ("North Korean missiles are thought to be about 30 percent of whatever Moscow launches at Kyiv.",
         "about 30 percent", "missiles"),
    ],
)
def test_a_share_of_what_is_of_the_noun_before_it(text, quantity, subtype):
    df = run(text)
    assert df[["quantity_text", "category", "subtype"]].values.tolist() == [[quantity, "share_percent", subtype]]


def test_a_share_of_what_with_no_noun_before_is_no_figure():
    assert run("Officials said about 40 percent of what was promised had arrived.").empty
