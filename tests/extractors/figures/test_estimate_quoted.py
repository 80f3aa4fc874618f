"""dossier.estimate_quoted: a figure quoted as a fragment of the writer's sentence reads on past its marks."""

from __future__ import annotations

import pytest

from dossier.extractors.figures.estimate_quoted import unquoted
from dossier.text.quantities import find_quantities
from estimate_readings import one, run


def _blanked(text: str) -> str:
    return unquoted(text, find_quantities(text)[0])


def test_marks_that_hug_a_figure_inside_the_writers_sentence_are_blanked_in_place():
    text = "A blogger put the number of gunners at “up to 2,000” along the river."
    got = _blanked(text)
    assert len(got) == len(text) and "“" not in got and "”" not in got


@pytest.mark.parametrize(
    "text",
    [
        "“About 300 of us are left,” the soldier said.",  # the mark closes a quoted clause
        "“Up to 2,000.” That was all the colonel would say.",  # no word of the writer's before or after
    ],
)
def test_marks_of_a_quoted_clause_are_kept(text):
    assert _blanked(text) == text


def test_a_figure_quoted_after_a_link_word_counts_the_noun_before():
    row = one("A Russian channel put the number of North Korean gunners near the river at “up to 2,000.”", "up to 2,000")
    assert (row["category"], row["high"]) == ("troops", 2000)


@pytest.mark.parametrize(
    "text, quantity, category",
    [
        ("Moscow says Pyongyang will send ‘four thousand road builders’ to repair the bridges.", "four thousand",
         "troops"),
        ("The envoy promised to dispatch ‘2,000 deminers’, the agency reported.", "2,000", "troops"),
        ("Kyiv said the North had shipped ‘about 40 howitzers’ by March.", "about 40", "artillery_systems"),
    ],
)
def test_a_figure_quoted_in_single_marks_finds_its_noun(text, quantity, category):
    row = run(text).query("quantity_text == @quantity")
    assert len(row) == 1 and row.iloc[0]["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers’ families were each paid 300 roubles, the paper said.",  # a plural's possessive, no quote
        "Officials called it ‘a farce’ and said 12 journalists’ visas were revoked.",  # the mark opens elsewhere
    ],
)
def test_a_possessive_after_a_figure_stays_no_quote(text):
    assert run(text).empty
