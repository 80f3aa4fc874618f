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


@pytest.mark.parametrize("text, figure, claimant", [
    # The reviewer's: a clause boundary or an attribution stands between the verb of inference and the figure.
    ("Those numbers imply heavy losses, and the NIS said on Monday that about 3,000 soldiers had been killed.",
     "about 3,000", "National Intelligence Service"),
    ("The figures imply heavy losses; the National Intelligence Service said about 3,000 soldiers had been killed.",
     "about 3,000", "National Intelligence Service"),
    ("The HUR's tally implies, Budanov said, that about 3,000 North Korean soldiers have died.", "about 3,000",
     "Kyrylo Budanov"),
    # The reviewer's: a reporting verb governs the verb of inference.
    ("Budanov said the intercepted figures imply that about 3,000 North Korean soldiers have died.", "about 3,000",
     "Kyrylo Budanov"),
    # The reviewer's: the pronoun points back at figures a named source released.
    ("South Korea's spy agency released new figures on Monday, and they suggest that about 3,000 North Korean "
     "soldiers have died.", "about 3,000", "National Intelligence Service"),
    # Ours.
    ("The counts imply a grim toll, but Zelensky said on Friday that some 400 soldiers had died.", "some 400",
     "Volodymyr Zelensky"),
    ("Zelensky said the leaked ledgers imply that roughly 700 recruits deserted.", "roughly 700",
     "Volodymyr Zelensky"),
])
def test_a_source_governing_the_inference_keeps_the_figure(text, figure, claimant):
    assert claimants(text)[figure] == claimant
