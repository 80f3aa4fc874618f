"""A bare family name that opens with a capital beyond ASCII ("Çelik", "Šimonytė") is the person named in full before."""

from __future__ import annotations

import pytest

from dossier.extractors.mentions.discourse import account


def _bare(text: str, word: str):
    at = text.rindex(word)
    return account(text).resolve(at, at + len(word))


@pytest.mark.parametrize("text, word, name", [
    ("Foreign Minister Ömer Çelik flew to Kyiv on Friday. Çelik met the president there.", "Çelik", "Ömer Çelik"),
    ("Prime Minister Ingrida Šimonytė spoke in Vilnius. Later, Šimonytė took questions.", "Šimonytė", "Ingrida Šimonytė"),
    ("Gen. Łukasz Żółtowski toured the border. Reporters asked Żółtowski about the drills.", "Żółtowski",
     "Łukasz Żółtowski"),
    ("The spokesman, Émile Ödegaard, declined to comment; Ödegaard's office later sent a statement.", "Ödegaard",
     "Émile Ödegaard"),
])
def test_a_bare_family_name_beyond_ascii_is_the_person_named_before(text, word, name):
    hit = _bare(text, word)
    assert hit is not None and hit.name == name


def test_a_capitalised_word_beyond_ascii_that_no_one_was_named_by_is_no_one():
    text = "Foreign Minister Ömer Çelik flew to Kyiv on Friday. Über all else, the visit was a signal."
    assert _bare(text, "Über") is None
