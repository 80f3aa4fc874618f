"""Someone unnamed whom a paper brings in by sector and post ("a defense industry official") is of the state the
paper writes from (dossier.extractors.speech.home_officials), on sentences written for the tests."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers

SEOUL_PAPER = "Kangwon Ilbo"


@pytest.mark.parametrize("text, speaker", [
    ("The guns moved north. “The shells are getting better every month,” a defense industry official said.",
     "South Korean defense industry official"),
    ("The guns moved north, and an intelligence official estimated that “a few dozen” guns had gone.",
     "South Korean intelligence official"),
    ("“This is a grave matter for all of us,” a ruling party lawmaker said after the briefing.",
     "South Korean ruling party lawmaker"),
])
def test_a_post_with_its_sector_in_a_home_paper_is_of_the_papers_state(text, speaker):
    assert quote_speakers(text, SEOUL_PAPER) == [speaker]


def test_a_paper_of_no_known_state_keeps_the_post_as_written():
    text = "The guns moved north. “The shells are getting better every month,” a defense industry official said."
    assert quote_speakers(text, "Reuters") == ["defense industry official"]


@pytest.mark.parametrize("text", [
    # A post below the state: the city's or the place's, not the state's.
    "The guns moved north. “We will support the exporters in every way we can,” a city official said.",
    "The guns moved north. “The border is calm tonight for once,” said one local fishing cooperative official.",
    # A bare post says nothing of a sector.
    "The guns moved north. “The shells are getting better every month,” an official said.",
    # Words of rank alone say nothing of a sector either.
    "The guns moved north. “Nobody expected the barges so soon,” a senior official said.",
    "The guns moved north. “The port has been busy since May,” said one high-ranking official.",
])
def test_a_local_or_bare_post_is_not_labelled_by_the_state(text):
    assert not any(s and s.startswith("South Korean") for s in quote_speakers(text, SEOUL_PAPER))


@pytest.mark.parametrize("text, speaker", [
    # A body the vocabulary knows speaks through its official; a named person keeps their name.
    ("The guns moved north. “The shells are getting better every month,” a JCS official said.", "Joint Chiefs of Staff"),
    ("“The shells are getting better every month,” Kim Do-hyun, a defense industry official, said.", "Kim Do-hyun"),
])
def test_a_known_body_or_a_name_comes_before_the_papers_state(text, speaker):
    assert quote_speakers(text, SEOUL_PAPER) == [speaker]


def test_a_post_with_another_state_is_never_the_papers():
    text = "The guns moved north. “The shells are getting better every month,” a Russian defense industry official said."
    assert not any(s and s.startswith("South Korean") for s in quote_speakers(text, SEOUL_PAPER))
