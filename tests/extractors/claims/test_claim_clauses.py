"""Two attributions in one sentence, each over its own clause: a figure takes the one whose clause holds it."""

from __future__ import annotations

import pytest

from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, text, expected", [
    # The second clause's verb sets its object at a figure of its own: the first clause's figure is not its.
    ("over 2,000", "Kyiv assessed in February that North Korean losses had reached over 2,000, and the Pentagon later put "
                   "the number of dead at roughly 600.", "Ukrainian government"),
    ("roughly 600", "Kyiv assessed in February that North Korean losses had reached over 2,000, and the Pentagon later put "
                    "the number of dead at roughly 600.", "the Pentagon"),
    # A trailing attribution closes the clause before it; the next clause's figure is the one its own attribution closes.
    ("some 700", "Nearly 4,000 North Korean soldiers were sent to Kursk in the autumn, U.S. officials said, and some 700 "
                 "additional troops arrived in January, according to the National Intelligence Service.",
     "National Intelligence Service"),
    ("Nearly 4,000", "Nearly 4,000 North Korean soldiers were sent to Kursk in the autumn, U.S. officials said, and some 700 "
                     "additional troops arrived in January, according to the National Intelligence Service.", "United States government"),
    # A trailing cue closes its clause as a trailing verb does.
    ("roughly 450", "Roughly 200 North Korean soldiers were captured in the winter, according to Kyiv, and roughly 450 "
                    "have been wounded, Seoul's spy agency said.", "National Intelligence Service"),
    ("Roughly 200", "Roughly 200 North Korean soldiers were captured in the winter, according to Kyiv, and roughly 450 "
                    "have been wounded, Seoul's spy agency said.", "Ukrainian government"),
])
def test_a_figure_takes_the_attribution_of_its_own_clause(quantity, text, expected):
    assert claim(quantity, text)[0] == expected


def test_a_verb_pointing_back_at_the_figure_keeps_it():
    # "confirmed it" points back at the figure before it and sets nothing at a figure of its own: the first
    # clause's figure stays with its own attribution.
    got = claim("about 3,000", "Seoul said about 3,000 North Korean soldiers had been wounded, and Washington confirmed it.")
    assert got[0] == "South Korean government"


def test_an_attribution_opening_the_sentence_claims_both_clauses():
    # The first attribution opens the sentence and governs both clauses: the cue after the second is its source.
    got = claim("some 700", "The National Intelligence Service said nearly 4,000 North Korean soldiers were sent to Kursk, "
                            "and some 700 additional troops arrived in January, according to lawmakers.")
    assert got[0] == "National Intelligence Service"
