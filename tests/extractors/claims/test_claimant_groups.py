"""dossier.claimant_groups: groups of people named by whose they are."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claimant_groups import state_group
from estimate_readings import one


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A plain group of people after a state's word or a name is the subject of a verb of counting.
        ("Ukrainian monitors tallied the debris of some 35 North Korean missiles over the winter.", "some 35", "Ukrainian monitors"),
        ("UN inspectors documented at least 70 North Korean shells in the warehouse.", "at least 70", "UN inspectors"),
        ("Russian researchers recorded about 1,100 North Korean soldiers in the region.", "about 1,100", "Russian researchers"),
        # A state's owner before it makes the group that state's, by its adjective.
        ("Kyiv's investigators counted 18 KN-23 missiles fired at the capital since January.", "18", "Ukrainian investigators"),
        ("Seoul's analysts put the number of shells shipped at more than 8 million.", "more than 8 million", "South Korean analysts"),
        ("South Korean analysts think some 2,600 North Korean soldiers have been wounded.", "some 2,600", "South Korean analysts"),
    ],
)
def test_a_group_of_people_named_by_its_state_is_the_claimant(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "clean, group",
    [
        ("kyiv's investigators", "Ukrainian investigators"),
        ("the south's monitors", "South Korean monitors"),
        ("moscow's experts", "Russian experts"),
        ("kyiv's soldiers", None),  # no group of examiners
        ("the agency's analysts", None),  # no state's owner
    ],
)
def test_state_group(clean, group):
    assert state_group(clean) == group
