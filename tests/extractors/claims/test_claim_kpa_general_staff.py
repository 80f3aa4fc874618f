"""The KPA's General Staff as a claimant (data/claimants.csv), by each of its names. Sentences written for the tests."""

import pytest

from dossier.extractors.claims.claimant_names import normalise
from estimate_readings import one


@pytest.mark.parametrize("words", ["the General Staff of the Korean People's Army", "The KPA General Staff",
                                   "the General Staff of the KPA"])
def test_its_names(words):
    assert normalise(words) == "General Staff of the Korean People's Army"


def test_it_claims_a_figure():
    text = "The General Staff of the KPA said 41 engineers had been wounded while clearing mines."
    assert one(text, "41").claimant == "General Staff of the Korean People's Army"
