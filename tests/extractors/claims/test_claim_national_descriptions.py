"""A body described by its state's word and a noun ("the South Korean service") refers back to that state's body named
before (dossier.extractors.claims.claimant_nationals); South Korea's foreign intelligence is the NIS. Sentences
written for the tests."""

import pytest

from estimate_readings import one


@pytest.mark.parametrize("noun", ["service", "spy agency"])
def test_the_states_word_and_a_bodys_noun_is_the_body_named_before(noun):
    text = ("South Korea's National Intelligence Service briefed lawmakers on the deployment on Monday. "
            f"According to the South Korean {noun}, some 1,300 soldiers were wounded in the spring.")
    assert one(text, "some 1,300").claimant == "National Intelligence Service"


def test_a_body_of_another_state_named_before_is_not_the_one():
    text = ("Ukraine's military intelligence briefed reporters on the deployment on Monday. "
            "According to the South Korean service, some 1,300 soldiers were wounded in the spring.")
    assert one(text, "some 1,300").claimant != "Ukrainian military intelligence (HUR)"


def test_the_states_officials_stay_the_states():
    text = ("South Korea's National Intelligence Service briefed lawmakers on the deployment on Monday. "
            "South Korean officials said some 1,300 soldiers were wounded in the spring.")
    assert one(text, "some 1,300").claimant != "National Intelligence Service"


def test_south_koreas_foreign_intelligence_is_the_nis():
    text = "South Korea's foreign intelligence service has estimated that some 1,300 soldiers were wounded in the spring."
    assert one(text, "some 1,300").claimant == "National Intelligence Service"
