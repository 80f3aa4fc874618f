"""dossier.claim_questions: a figure in a question put to someone is the asker's, not the answerer's."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_questions import question_end
from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity,text,expected", [
    # No asker named: the press put the question.
    ("about 4,000", "Asked whether about 4,000 North Korean soldiers had been wounded, Peskov said he had no such data.",
     ("reporter", None)),
    ("1,500", "When asked by a journalist if 1,500 more North Korean troops were coming, the minister declined to answer.",
     ("reporter", None)),
    # "by" names who asked: a medium the vocabularies know.
    ("2,500", "Asked by Reuters whether 2,500 North Korean soldiers had been captured, Budanov said only two had.",
     ("Reuters", None)),
])
def test_a_figure_in_the_question_is_the_askers(quantity, text, expected):
    assert claim(quantity, text) == expected


def test_a_figure_in_the_answer_is_the_one_who_answers():
    # The question holds no figure; the one after the comma is the answer's.
    text = "Asked about the fighting near Kursk, Budanov said about 1,100 North Korean soldiers had been killed."
    assert claim("about 1,100", text) == ("Kyrylo Budanov", None)


def test_a_sentence_that_opens_on_no_question_has_no_question_end():
    assert question_end("Budanov asked whether 3,000 soldiers had died, and was told no.") == -1
    assert question_end("Asked whether 3,000 soldiers had died, Budanov said no.") == len("Asked whether 3,000 soldiers had died")
