""""The brigade, believed to number 3,000, ...": a passive of belief cut short to its participle credits unnamed
sources as the full passive does; and an impersonal passive keeps its figure when a named source follows in a clause
of its own."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, text", [
    ("about 3,000", "The second wave, believed to number about 3,000 soldiers, reached the front in January."),
    ("400", "The battalion, widely thought to have lost 400 men, was pulled back to Kursk."),
    ("some 2,000", "The sappers, estimated to number some 2,000 men, arrived by rail in August."),
])
def test_a_participle_of_belief_after_a_comma_is_unattributed_reports(quantity, text):
    assert claim(quantity, text)[0] == "unattributed reports"


def test_a_participle_of_belief_in_a_named_sources_clause_stays_theirs():
    got = claim("about 3,000", "The NIS said the second wave, believed to number about 3,000 soldiers, arrived in January.")
    assert got[0] == "National Intelligence Service"


def test_a_verb_of_telling_after_a_comma_is_no_participle_of_belief():
    # "reported to" after an aside is the subject's verb: the figure of its "that" clause is never unattributed.
    got = claim("300", "Valery Gerasimov, the chief of staff, reported to Putin that 300 Ukrainian soldiers had surrendered.")
    assert got[0] != "unattributed reports"


def test_an_impersonal_passive_keeps_its_figure_before_a_named_clause():
    text = ("Pyongyang is believed to have shipped some 4,000 containers to Russia this year, and in May Moscow "
            "announced that 2,000 builders would follow.")
    assert claim("some 4,000", text)[0] == "unattributed reports"
    assert claim("2,000", text)[0] == "Russian government"


def test_an_impersonal_passive_after_the_figure_in_another_clause_claims_nothing():
    text = "About 600 soldiers were killed in March, and the North is believed to have sent 2,000 more, officials said."
    assert claim("About 600", text)[0] != "unattributed reports"
