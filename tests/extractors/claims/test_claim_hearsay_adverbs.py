""""reportedly", "is said to have": a figure heard of from no named source is unattributed reports, never the
sentence's actor's."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, text", [
    ("several dozen", "Russia has reportedly fired several dozen of the North Korean missiles at Kharkiv."),
    ("about 60", "Pyongyang has reportedly handed over about 60 self-propelled howitzers to Moscow."),
    ("some 5,000", "The North was said to have sent some 5,000 construction workers to Russia in the spring."),
    # Reports someone has seen or heard of are reports still, not the words of the one who saw them.
    ("up to 2,000", "There are reports that up to 2,000 more North Korean soldiers will be sent by summer."),
    ("up to 2,000", "The State Department has seen reports that up to 2,000 more North Korean soldiers will be sent."),
])
def test_a_figure_reportedly_true_is_unattributed_reports(quantity, text):
    assert claim(quantity, text)[0] == "unattributed reports"


def test_a_named_speaker_who_reportedly_said_it_keeps_the_figure():
    # "reportedly" hedges how the article knows the speaker spoke: the figure is still the speaker's.
    got = claim("1,500", "Kim Jong Un reportedly told senior officers that 1,500 North Korean soldiers had been killed.")
    assert got[0] == "Kim Jong Un"
