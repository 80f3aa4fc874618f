"""dossier.estimate_claimants: a verb's subject that the writer puts in quotation marks ('The Danish "Home Guard"
said ...') is the whole quoted name with the words before it, without its marks, not its last word and a stray mark."""

from __future__ import annotations

import pytest

from estimate_readings import claimants
from dossier.extractors.claims.claimant_quoted_subjects import quoted_subject


@pytest.mark.parametrize("sentence", [
    'The "collective West" says about 800 soldiers have been killed.',
    'About 800 soldiers have been killed, the “West” claims.',
])
def test_no_claimant_keeps_a_stray_mark(sentence):
    who = claimants(sentence).get("About 800") or claimants(sentence).get("about 800")
    assert who is not None and '"' not in who and "”" not in who


def test_a_quoted_name_is_read_with_the_words_before_it():
    sentence = 'The Danish "Home Guard" said about 800 volunteers have died.'
    end = sentence.index(" said")
    read = quoted_subject(sentence, sentence.index("Guard"), end, 'Guard"')
    assert read.who.endswith("Danish Home Guard") and sentence[read.start:].startswith(read.who.split()[0])


def test_a_quotations_last_words_leave_the_subject_after_the_verb():
    sentence = '"We lost the bridge," said Ole Hansen.'
    read = quoted_subject(sentence, sentence.index("bridge"), sentence.index(" said"), 'bridge,"')
    assert read.who == ""
