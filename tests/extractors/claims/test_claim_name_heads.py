"""dossier.claim_name_heads: "according to the brigade" is the unit named before by a name ending in "brigade"."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_name_heads import name_head
from test_estimate_claimants import claim


@pytest.mark.parametrize("text, noun", [
    ("the brigade", "brigade"),
    ("the Centre", "centre"),
    ("the command", "command"),
    ("a brigade", None),  # no article pointing back
    ("the brigade commander", None),  # a person, not the unit
    ("the ministry", None),  # a description the vocabularies already resolve
])
def test_name_head(text, noun):
    assert name_head(text) == noun


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    # An ordinal unit in lower case, then "according to the brigade" opening the next sentence.
    ("31", ["Paratroopers of the 82nd separate assault brigade held the crossing near the village for a week.",
            "According to the brigade, 31 North Korean soldiers were killed on the first day."],
     "82nd separate assault brigade"),
    # A capitalised body, then its estimate as a possessive at the sentence's end.
    ("about 7,000", ["Col. Ivar Tamm, who heads the Latvian Naval Intelligence Center, spoke to reporters in Riga.",
                     "Pyongyang has shipped about 7,000 rockets to Russia this year, according to the center's estimate."],
     "Latvian Naval Intelligence Center"),
    # The trailing cue after a comma, the unit named two sentences before.
    ("Nearly 12", ["The 41st Mechanized Brigade posted a video from the front on Sunday.",
            "The clip shows a column of armoured vehicles on a forest road.",
            "Nearly 12 North Korean soldiers were captured, according to the brigade."],
     "41st Mechanized Brigade"),
    # "Centre" spelt the British way, named with "for" inside it.
    ("some 900", ["Analysts at the Baltic Centre for Defence Studies traced the convoys.",
                  "By the autumn some 900 North Korean troops had crossed the border, according to the centre."],
     "Baltic Centre for Defence Studies"),
])
def test_the_head_of_a_name_is_the_one_so_named(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


def test_a_head_no_name_before_ends_in_names_no_one():
    # "the command" with no command named before: no one is credited, not the bare word.
    got = claim("about 800", "The governor thanked the soldiers clearing the fields.",
                "According to the command, about 800 North Korean engineers are taking part.")
    assert got[0] not in ("command", "Command")


def test_a_lower_case_description_is_no_name():
    # "the regional command" is a description; "the command" later does not stand for "regional command".
    got = claim("about 800", "Officers of the regional command visited the fields on Monday.",
                "According to the command, about 800 North Korean engineers are taking part.")
    assert got[0] not in ("regional command", "command")
