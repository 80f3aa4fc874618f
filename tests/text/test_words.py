"""What a word is (dossier.text.words): the two definitions, counting, one alternation of many words, plurals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.text.words import (
    LEXICON_WORD, WORD, alternation, count_lexicon_words, count_token_words, count_words, count_words_upto, plural, singular,
)


def test_a_word_keeps_its_apostrophes_and_hyphens():
    assert WORD.findall("Kim's North-Korean troops fired KN-23s") == ["Kim's", "North-Korean", "troops", "fired", "KN-23s"]
    assert count_words("Kim's North-Korean troops fired KN-23s") == 5


def test_a_lexicon_word_is_split_at_hyphens_and_underscores():
    assert LEXICON_WORD.findall("anti-imperialist Kim’s snake_case") == ["anti", "imperialist", "Kim’s", "snake", "case"]
    assert count_lexicon_words("anti-imperialist Kim’s snake_case") == 5


def test_no_word_in_punctuation():
    assert count_words(" — “ ” ... ") == 0 and count_lexicon_words(" — “ ” ... ") == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1_'’- .,“”—–é", max_size=40))
def test_counting_lexicon_words_equals_finding_them(text):
    assert count_lexicon_words(text) == len(LEXICON_WORD.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1_'’- .,“”—–é\u00a0\u0301²\n", max_size=40), st.integers(1, 12))
def test_counting_words_equals_finding_them(text, most):
    found = len(WORD.findall(text))
    assert count_words(text) == found
    assert count_words_upto(text, most) == min(found, most)
    assert count_token_words(text.split()) == found


def test_a_text_with_a_lone_surrogate_is_counted_too():
    # No UTF-8 holds it, so the bytes cannot be counted: the pattern is.
    assert count_words("Kim\ud800 said it’s over") == len(WORD.findall("Kim\ud800 said it’s over")) == 4


# Words as vocabularies write them: trimmed, one space between their parts.  (Two spaces in a
# row would both match one run of white space, which the trie and the flat list split apart
# differently.)
_word = st.text(alphabet="abk .", min_size=1, max_size=6).map(lambda w: " ".join(w.split())).filter(bool)
_words = st.lists(_word, min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_words, st.text(alphabet="abk .\n", max_size=30))
def test_alternation_matches_what_the_longest_first_list_matches(words, text):
    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    assert [m.span() for m in re.finditer(alternation(words), text)] == [m.span() for m in re.finditer(flat, text)]


def test_a_space_in_a_word_matches_any_white_space():
    assert re.fullmatch(alternation(["Kim Jong Un", "KCNA"]), "Kim\nJong  Un")


@pytest.mark.parametrize("one, many", [
    ("official", "officials"), ("secretary", "secretaries"), ("deputy", "deputies"), ("envoy", "envoys"),
    ("serviceman", "servicemen"), ("woman", "women"), ("witness", "witnesses"), ("box", "boxes"),
    ("church", "churches"), ("study", "studies"),
])
def test_plural_and_singular_are_each_other_s_inverse(one, many):
    assert plural(one) == many
    assert singular(many) == one


def test_singular_leaves_a_final_e_that_belongs_to_the_word():
    assert [singular(w) for w in ("houses", "nurses", "delegates")] == ["house", "nurse", "delegate"]
