"""A state's General Staff named by "of" and the state's armed forces (data/speakers.csv, data/claimants.csv), after
another state's General Staff: the one named, not the one before. Sentences written for the tests."""

import pytest

from estimate_readings import one
from quote_readings import quote_speakers


@pytest.mark.parametrize("name", ["The General Staff of the Ukrainian Armed Forces", "The General Staff of the AFU"])
def test_the_general_staff_of_a_states_forces_is_that_states(name):
    text = ("Valery Gerasimov, chief of the Russian General Staff, reported to the Kremlin on Saturday. "
            f"{name} called his report “a fantasy” on Sunday.")
    assert quote_speakers(text, "Reuters")[-1] == "General Staff of the Armed Forces of Ukraine"


def test_the_general_staff_of_a_states_forces_claims_for_its_military():
    text = "The General Staff of the Ukrainian Armed Forces said some 1,300 Russian soldiers had been killed in a week."
    assert one(text, "some 1,300").claimant == "Ukrainian military"
