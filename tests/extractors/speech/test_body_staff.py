"""Someone unnamed brought in by their post at a body the text does not name ("a senior official at a defense
company") is charted by state, the body's words and the post (dossier.extractors.speech.body_staff), on sentences
written for the tests."""

from __future__ import annotations

import pytest

from quote_readings import quote_speakers

SEOUL_PAPER = "Kangwon Ilbo"


@pytest.mark.parametrize("text, speaker", [
    ("A senior official at a defense company said, “The gun is slow to fire and to move.”",
     "South Korean defense company official"),
    # The place after the body is where it is, never the speaker.
    ("A senior official at a defense company in Gimhae's Jinyeong-eup said, “The gun is slow to fire and to move.”",
     "South Korean defense company official"),
    ("“The gun is slow to fire and to move,” said an engineer at a shipbuilding firm.",
     "South Korean shipbuilding firm engineer"),
])
def test_a_post_at_an_unnamed_body_is_a_person_of_the_papers_state(text, speaker):
    assert quote_speakers(text, SEOUL_PAPER) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # The body's own words, or the place it is in, tell its state before the paper does.
    ("An official at a Russian arms manufacturer said, “The order book is full this year.”",
     "Russian arms manufacturer official"),
    ("“The gun is slow to fire,” said an official at a think tank in Moscow.", "Russian think tank official"),
    ("“The gun is slow to fire,” said a researcher at a Japanese government-affiliated institute.",
     "Japanese government-affiliated institute researcher"),
])
def test_the_bodys_own_state_comes_first(text, speaker):
    assert quote_speakers(text, SEOUL_PAPER) == [speaker]


@pytest.mark.parametrize("text", [
    "“The toll is heavy for them,” said a senior researcher at a government-funded institute.",
    # A place tells where the expert works, not a state their words are charted by.
    "“The toll is heavy for them,” said a senior researcher at a government-funded institute in Seoul.",
])
def test_an_expert_at_a_body_of_no_state_stays_an_unnamed_analyst(text):
    assert quote_speakers(text, SEOUL_PAPER) == ["unnamed analyst"]


@pytest.mark.parametrize("text, speaker", [
    # A body the text names speaks through its official.
    ("An official at the Ministry of Unification said, “The talks are not over yet.”", "South Korean Ministry of Unification"),
    # A named person keeps the name their apposition follows.
    ("Kim Do-hyun, an engineer at a shipyard in Busan, said the hull was “thinner than it looks”.", "Kim Do-hyun"),
    # Words inside a quote bring no one in: the speaker is the one who quotes them.
    ("“An official at a defense company told me so,” the lawmaker said, “and I believe him.”", "lawmaker"),
])
def test_a_named_body_a_name_or_a_quoted_phrase_is_not_read_so(text, speaker):
    assert quote_speakers(text, SEOUL_PAPER)[0] == speaker


def test_a_paper_of_no_known_state_keeps_the_post_as_read():
    text = "A senior official at a defense company said, “The gun is slow to fire and to move.”"
    assert quote_speakers(text, "Reuters") == ["senior official"]
