"""dossier.estimate_sanctions: a few officers named as the targets of sanctions are no figure of troops."""

from __future__ import annotations

import pytest

from estimate_readings import run


@pytest.mark.parametrize(
    "text",
    [
        "Canberra sanctioned three senior officers of the North Korean General Staff on Monday.",
        "The new package of sanctions names two generals of the Korean People's Army and a shipping firm.",
        "Asset freezes were imposed on four KPA generals and the defence minister, the ministry said.",
        "London added two colonels who oversaw the deployment to its travel ban list.",
    ],
)
def test_officers_named_as_targets_of_sanctions_are_no_figure(text):
    assert not [r for r in run(text).itertuples() if r.category == "troops"]


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        # Soldiers by any other noun, or a loss of officers, stay figures in a sentence of sanctions.
        ("Washington imposed sanctions over the deployment of 11,000 troops to Kursk.", "11,000", "troops"),
        ("Despite the sanctions, Pyongyang sent 3,000 more soldiers in January.", "3,000", "troops"),
        ("The sanctions came after two generals were killed in a Ukrainian strike.", "two", "casualties"),
        # Without a word of sanctions, officers are counted as ever.
        ("Pyongyang sent three generals to command the Kursk contingent.", "three", "troops"),
    ],
)
def test_other_counts_in_a_sentence_of_sanctions_stay_figures(text, quantity, category):
    got = [r.category for r in run(text).itertuples() if r.quantity_text == quantity]
    assert got == [category]
