"""Bodies joined by "and" before one plural noun are one joint claimant as written, whatever state comes first
(dossier.extractors.claims.claimant_names): the shared plural names one body of its kind for each part."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claimant_names import normalise
from estimate_readings import claimants


@pytest.mark.parametrize("words, joint", [
    # The last part alone ("ukrainian governments") named no one before its noun was read in the singular.
    ("the South Korean and Ukrainian governments", "South Korean and Ukrainian governments"),
    ("the Japanese and Ukrainian governments", "Japanese and Ukrainian governments"),
    # The order that was read already stays as it was.
    ("the Ukrainian and South Korean governments", "Ukrainian and South Korean governments"),
])
def test_joined_states_before_a_plural_noun_are_one_joint_claimant(words, joint):
    assert normalise(words) == joint


def test_the_joint_subject_claims_the_figure():
    found = claimants("The South Korean and Ukrainian governments say about 9,000 engineers were sent to the coast.")
    assert found["about 9,000"] == "South Korean and Ukrainian governments"
