"""dossier.estimates on a figure restated for another noun: "as many", "the same number of"."""

from __future__ import annotations

import pandas as pd
import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, low, high, hedge, subtype",
    [
        ("Pyongyang has shipped more than 60 towed howitzers and as many 122mm rocket launchers to Russia.",
         "as many", 60, None, "lower_bound", "mlrs"),
        ("Kyiv counted about 40 Koksan guns near Kursk, and roughly the same number of multiple rocket launchers.",
         "roughly the same number of", 40, 40, "approximate", "mlrs"),
        ("The trains carried 24 howitzers and the same number of rocket launchers.", "the same number of", 24, 24,
         "exact", "mlrs"),
        # Restated only roughly: about the value, whatever bound the first figure had.
        ("Kyiv says at least 90 self-propelled guns crossed the border, and about the same number of rocket launchers.",
         "about the same number of", 90, 90, "approximate", "mlrs"),
        ("More than 50 howitzers went by rail, with around the same number of rocket launchers.",
         "around the same number of", 50, 50, "approximate", "mlrs"),
    ],
)
def test_a_figure_restated_for_another_noun_keeps_its_value_and_hedge(text, quantity, low, high, hedge, subtype):
    row = one(text, quantity)
    got_high = None if pd.isna(row["high"]) else row["high"]
    assert (row["low"], got_high, row["hedge"], row["category"], row["subtype"]) == (low, high, hedge,
                                                                                    "artillery_systems", subtype)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang sent 30 howitzers and twice as many rocket launchers.",  # another value
        "Seoul says as many as 40 rocket launchers were sent.",  # a hedge of the number after it
        "Pyongyang sent 30 howitzers, though not as many rocket launchers as Moscow wanted.",
        "Pyongyang hosted 300 Russian officers and as many tourists.",  # a noun no vocabulary counts
        "As many rocket launchers were sent, officials said.",  # no figure before to restate
    ],
)
def test_no_figure_is_restated_otherwise(text):
    got = run(text)
    assert not got["quantity_text"].str.fullmatch(r"(?i)as many|.*same number of").any()
