"""dossier.extractors.mentions.name_heads: the last name before a text's end that ends in a head noun."""

from __future__ import annotations

import pytest

from dossier.extractors.mentions.name_heads import head_noun, last_name_ending


@pytest.mark.parametrize("text, noun", [
    ("the brigade", "brigade"),
    ("The bureau", "bureau"),
    ("the command", "command"),
    ("a bureau", None),  # no article pointing back
    ("the bureau chief", None),  # a person, not the body
    ("the agency", None),  # a description the vocabularies resolve
])
def test_head_noun(text, noun):
    assert head_noun(text) == noun


@pytest.mark.parametrize("text, noun, name", [
    ("Soldiers of the 28th Separate Mechanized Brigade held the road.", "brigade", "28th Separate Mechanized Brigade"),
    ("Latvia's Constitution Protection Bureau said so.", "bureau", "Constitution Protection Bureau"),  # the owner apart
    ("The Second Investigation Bureau and the 3rd Assault Brigade.", "bureau", "Second Investigation Bureau"),
    ("The Second Investigation Bureau and the 3rd Assault Brigade.", "brigade", "3rd Assault Brigade"),
    ("A regional bureau of the party met.", "bureau", None),  # lower case, no ordinal: a description
    ("The 3rd Assault Brigade fought there.", "bureau", None),  # another head
])
def test_last_name_ending(text, noun, name):
    assert last_name_ending(text, noun) == name
