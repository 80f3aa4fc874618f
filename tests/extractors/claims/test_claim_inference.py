"""A figure the writer infers from figures given before (dossier.extractors.claims.claim_inference)."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_inference import inferred
from estimate_readings import claimants


@pytest.mark.parametrize("text, figure", [
    # "imply": reasoning from figures, whatever the subject.
    ("Counting the missing, the ministry's own figures imply losses of more than 2,500.", "more than 2,500"),
    # "suggest" after a subject that holds a figure of its own.
    ("The agency's count of 900 dead, out of some 3,000 casualties, suggests a loss rate near one in four.",
     "near one in four"),
    # "suggest" after a pronoun pointing back at numbers named before it in the sentence.
    ("Both tallies are rough, but they suggest that about a third of the force was lost.", "about a third"),
])
def test_a_verb_of_inference_after_figures_draws_the_writers_reading(text, figure):
    assert inferred(text, text.index(figure))


@pytest.mark.parametrize("text, figure", [
    ("Western estimates suggest thousands of conscripts have died.", "thousands"),  # the estimates' own figure
    ("They suggest that about 600 soldiers died in March.", "about 600"),  # "they": people, no figures named
])
def test_estimates_that_suggest_a_figure_report_it(text, figure):
    assert not inferred(text, text.index(figure))


def test_the_inferred_figure_is_the_outlets_and_its_grounds_stay_the_sources():
    got = claimants("The National Intelligence Service put the dead at about 900 in March. Both tallies are rough, "
                    "but they suggest that about a third of the force was lost.")
    assert got["about 900"] == "National Intelligence Service" and got["about a third"] is None
