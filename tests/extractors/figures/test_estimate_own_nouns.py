"""dossier.estimate_nouns.forward: a count whose own noun, which counts nothing, stands before a counted noun counts
no estimate: an article after a noun opens another phrase, and some plurals never modify the noun after them."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text",
    [
        "In at least one instance a sniper fired on the rescuers.",  # "instance", then "a sniper": another phrase
        "Officials described one episode the soldiers still talk about.",
        "Trains have two things trucks lack: range and volume.",  # a plural of its own before "trucks"
        "He said three times shells had run short at the front.",
    ],
)
def test_a_noun_of_its_own_before_a_counted_noun_is_no_figure(text):
    assert run(text).empty


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Kyiv says it destroyed half of all the shells stored there.", "half", "share_percent"),  # "of all the"
        ("Pyongyang sent 1,500 special operations personnel.", "1,500", "troops"),  # a plural modifier still passes
        ("Russia launched 40 Iskander-M missiles at the city.", "40", "missiles"),
    ],
)
def test_counted_nouns_after_function_words_and_modifiers_are_still_reached(text, quantity, category):
    assert one(text, quantity)["category"] == category
