"""dossier.estimate_claimants: a cue's object whose name the writer puts in quotation marks after its first words
('according to the Danish "Home Guard"') is the whole name without its marks, not the words before the marks."""

from __future__ import annotations

import pytest

from estimate_readings import claimants
from dossier.extractors.claims.claim_brackets import quoted_object


def test_the_words_before_the_marks_belong_to_the_name():
    sentence = 'According to the Danish "Home Guard", about 800 volunteers died.'
    read = quoted_object(sentence, len("According to"))
    assert read is not None and read.text == "Danish Home Guard"


@pytest.mark.parametrize("sentence", [
    'According to the "collective West" about 800 soldiers have been killed.',
    'According to the so-called "collective West," about 800 soldiers have been killed.',
])
def test_the_figure_is_the_quoted_names(sentence):
    who = claimants(sentence).get("about 800")
    assert who is not None and "West" in who and '"' not in who
