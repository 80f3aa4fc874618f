"""A role after capitalised words (dossier.extractors.mentions.mention_vocab.role_phrase_re): a short word may end
with a dot ("U.S.", "Lt."), and so may an abbreviation ("Capt."); any other long word's dot ends a sentence. Phrases written for the tests."""

import pytest

from dossier.extractors.mentions.mention_vocab import role_phrase_re


@pytest.mark.parametrize("text", ["the U.S. envoy", "the Lt. commander", "the North Korean leader", "the Capt. commander",
                                  "the Brig. general"])
def test_a_role_after_short_words_with_dots(text):
    m = role_phrase_re().match(text)
    assert m is not None and m.group(0) == text


@pytest.mark.parametrize("text", ["the Korean Peninsula. Chief Cabinet Secretary", "the Security Council. Chief"])
def test_no_role_across_a_sentences_end(text):
    m = role_phrase_re().match(text)
    assert m is None or "." not in m.group(0)
