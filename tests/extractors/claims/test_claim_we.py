"""dossier.claim_we: "As X said, we estimate ...": "As" opens no claimant, and the "we" speaks for the one X is."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claim_we import past_as
from estimate_readings import run
from test_estimate_claimants import claim


@pytest.mark.parametrize("text, rest", [
    ("As the minister said", "the minister said"),
    ("Just as the agency warned", "the agency warned"),
    ("Asan Institute researchers said", "Asan Institute researchers said"),  # a name that starts with the letters
    ("The ministry said", "The ministry said"),
])
def test_past_as(text, rest):
    assert text[past_as(text, 0):] == rest


def test_an_aside_naming_a_person_gives_we_to_their_government():
    got = claim("about 2,000", "Defense Secretary Lloyd Austin met his counterpart in Seoul on Tuesday.",
                "As the secretary told reporters there, we assess that about 2,000 North Korean soldiers have been wounded.")
    assert got[0] == "United States government"


def test_an_aside_naming_a_body_gives_we_to_the_body():
    got = claim("some 400", "As South Korea's spy agency reported in the spring, we believe some 400 North Korean soldiers "
                            "have been taken prisoner.")
    assert got[0] == "National Intelligence Service"


def test_an_official_saying_as_i_said_speaks_for_their_body():
    df = run("Press Briefing by Pentagon Press Secretary Pat Ryder",
             "GEN. RYDER: As I noted on Monday, we estimate that about 7,000 North Korean soldiers are in eastern Russia.")
    assert df.set_index("quantity_text").loc["about 7,000", "claimant"] == "the Pentagon"


def test_as_with_no_we_after_keeps_the_person():
    # No first person after the aside: the figure is what the named person said, not their government's.
    got = claim("about 1,000", "Defense Secretary Lloyd Austin met his counterpart in Seoul on Tuesday.",
                "As Austin said on Monday, about 1,000 North Korean soldiers have been killed.")
    assert got[0] == "Lloyd Austin"
