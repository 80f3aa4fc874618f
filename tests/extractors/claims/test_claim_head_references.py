"""A body named once in full and then by its head noun: "the brigade said", "by the ministry's count", "the agency was
telling lawmakers" credit the body named before, never a body of another head noun, and never the bare noun."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier
from dossier.extractors.figures.estimates import estimates
from test_estimate_claimants import claim


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    # A reporting verb after "the <head>": past, present, "claimed to have", and after an opening time.
    ("four", ["The 53rd Separate Mechanized Brigade posted drone footage on Saturday.",
              "The brigade said it had hit four Russian supply trucks near the river."],
     "53rd Separate Mechanized Brigade"),
    ("six", ["Drone crews of the 110th Mechanized Brigade have worked the sector since spring.",
             "In a clip posted on Tuesday, the brigade claimed to have destroyed six howitzers supplied by Pyongyang."],
     "110th Mechanized Brigade"),
    ("about 9,000", ["Lithuania's Second Investigation Bureau released its threat review on Monday.",
                     "The bureau estimates that about 9,000 North Korean rockets reached Russia last year."],
     "Second Investigation Bureau"),
    ("some 300", ["The Baltic Naval Intelligence Bureau tracks cargo in the region.", "Ships are watched daily.",
                  "The bureau says some 300 containers crossed the strait in March."],
     "Baltic Naval Intelligence Bureau"),
])
def test_the_head_as_subject_is_the_body_named_before(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    # A possessive of the head before a claim noun, opening or closing the sentence.
    ("about 700", ["The Second Investigation Bureau briefed parliament in Vilnius.",
                   "By the bureau's count, about 700 North Korean workers arrived in Russia in May."],
     "Second Investigation Bureau"),
    ("Roughly 40", ["The 47th Mechanized Brigade published a video of the strikes.",
                    "Roughly 40 North Korean soldiers were killed, in the brigade's estimate."],
     "47th Mechanized Brigade"),
    # A description ("the ministry") of a ministry the vocabularies know, by its possessive.
    ("about 400", ["Japan's Ministry of Defense has followed the ships since last year.",
                   "By the ministry's count, they carried about 400 containers."],
     "Japanese Ministry of Defense"),
    ("nearly 50", ["The Ministry of Defence in London keeps a record of the sailings.",
                   "By the ministry's tally, nearly 50 cargo ships have called at the port."],
     "Ministry of Defence"),
])
def test_the_heads_possessive_is_the_body_named_before(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


@pytest.mark.parametrize("quantity, paragraphs", [
    # A progressive reporting verb: the subject ends before its auxiliary.
    ("some 2,500", ["South Korea's National Intelligence Service briefed the intelligence committee.",
                    "By June, the agency was telling lawmakers that some 2,500 North Koreans had been wounded."]),
    ("about 1,200", ["South Korea's National Intelligence Service briefed the intelligence committee.",
                     "The agency has been telling legislators that about 1,200 had died."]),
    ("around 300", ["The National Intelligence Service met lawmakers again on Friday.",
                    "The NIS was saying then that around 300 had been captured."]),
    ("at least 800", ["The National Intelligence Service met lawmakers again on Friday.",
                      "Since the spring, the spy agency is telling allies that at least 800 engineers have left."]),
])
def test_a_progressive_reporting_verb_credits_its_subject(quantity, paragraphs):
    assert claim(quantity, *paragraphs)[0] == "National Intelligence Service"


@pytest.mark.parametrize("quantity, paragraphs, expected", [
    # Committees, departments, councils and commissions named in full, then by their head noun.
    ("about 2,000", ["The Senate Foreign Relations Committee released its staff report on Thursday.",
                     "The committee said about 2,000 North Korean troops had been wounded in Kursk."],
     "Senate Foreign Relations Committee"),
    ("some 150", ["Estonia's Foreign Intelligence Department briefed journalists in Tallinn.",
                  "The department estimated that some 150 trains had crossed the border since January."],
     "Foreign Intelligence Department"),
    ("over 90", ["The Nordic Defence Council met in Oslo this week.",
                 "By the council's tally, over 90 ships carried munitions through the strait."],
     "Nordic Defence Council"),
    ("nearly 500", ["The Central Military Commission of the Workers' Party issued an order in May.",
                    "The Commission stated that nearly 500 engineers would follow the first group."],
     "Central Military Commission of the WPK"),
])
def test_bodies_of_other_heads_are_read_alike(quantity, paragraphs, expected):
    assert claim(quantity, *paragraphs)[0] == expected


def test_the_committee_with_none_named_is_no_one():
    got = claim("about 2,000", "Lawmakers met behind closed doors on Tuesday.",
                "The committee said about 2,000 North Korean troops had been wounded in Kursk.")
    assert got[0] not in ("committee", "Committee")


def test_the_brigade_is_no_body_of_another_head():
    # Only a bureau named before: "the brigade" does not jump to it.
    got = claim("five", "The Second Investigation Bureau released its review on Monday.",
                "The brigade said it had destroyed five launchers.")
    assert got[0] not in ("Second Investigation Bureau", "brigade")


def test_a_head_with_no_name_before_is_no_one():
    got = claim("five", "Fighting went on near the river all week.", "The bureau said five launchers had been hit.")
    assert got[0] not in ("bureau", "Bureau")


def test_telling_as_an_adjective_is_no_reporting_verb():
    # "a telling sign" credits no one: the figure stays the outlet's.
    got = claim("about 600", "The National Intelligence Service briefed lawmakers on Monday.",
                "The loss of about 600 men in a week was a telling sign of how hard the fighting had become.")
    assert got[0] != "National Intelligence Service"


def _claimant_from(source: str, quantity: str, *paragraphs: str) -> str | None:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)],
                         "published": [pd.Timestamp("2025-03-04")], "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    value = df.loc[df.quantity_text == quantity, "claimant"].iloc[0]
    return None if isinstance(value, float) else value


def test_the_ministrys_count_in_a_japanese_paper_is_japans_ministry():
    # The ministry named without its state in a Japanese regional paper, then by its possessive: Japan's.
    got = _claimant_from("Hokkaido Shimbun", "about 400", "The Ministry of Defense has followed the freighters since spring.",
                         "By the ministry's count, the freighters carried about 400 containers of shells.")
    assert got == "Japanese Ministry of Defense"
