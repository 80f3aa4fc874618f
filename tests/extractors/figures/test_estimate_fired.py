"""dossier.estimate_fired: a count with no noun that a verb of firing makes munitions counts those named before it."""

from __future__ import annotations

import pytest

from estimate_readings import one, run


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Iskander missiles hit Dnipro twice in May; about thirty were launched that month, the air force said.",
         "about thirty", "missiles"),
        ("Odesa was shelled with 152mm rounds from the coast. At least 400 were fired in one night.", "At least 400",
         "artillery_shells"),
        ("Moscow bought Hwasong-11 missiles from Pyongyang, of which its army has fired more than fifty at Kharkiv.",
         "more than fifty", "missiles"),
    ],
)
def test_a_count_fired_or_launched_counts_the_munitions_named_before(text, quantity, category):
    assert one(text, quantity)["category"] == category


def test_a_count_fired_with_no_munitions_named_is_no_figure():
    assert run("The commander said about thirty were launched into the attack before dawn.").empty


def test_a_count_whose_noun_follows_its_of_keeps_that_noun():
    got = run("Pyongyang has also sent artillery shells. The navy said Russia had fired \"scores upon scores\" of Kalibr "
              "cruise missiles at the port since May.")
    assert got["category"].tolist() == ["missiles"]  # the missiles after "of", not the shells named before
