"""dossier.extractors.speech.quote_broadcasts: the broadcaster whose programme shows a speaker is the channel of their
words, read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier

_AIRED = "Korean Central Television on Sunday aired a documentary about the air force regiment.\n\n"


def _channels(text: str) -> list[tuple[str | None, str | None]]:
    """(channel, basis) of each quote of a one-article corpus from a Seoul daily."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-06")],
                         "source": ["The Korea Herald"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(c if isinstance(c, str) else None, b if isinstance(b, str) else None) for c, b in zip(df.channel, df.channel_basis)]


@pytest.mark.parametrize("text, expected", [
    # Words said into the camera, in one of the programme's scenes.
    (_AIRED + "“We will guard the sky of the motherland,” a young pilot says into the camera.",
     ("Korean Central Television", "article")),
    (_AIRED + "In one scene, a mechanic recalls that the engines had “never once failed.”",
     ("Korean Central Television", "article")),
    # Someone the programme includes, in the paragraph that named the broadcaster.
    ("Korean Central Television on Sunday aired a documentary about the regiment. It includes an interview with "
     "a veteran gunner, who says the crews “slept beside the guns.”", ("Korean Central Television", "paragraph")),
    # The programme's own voice.
    (_AIRED + "At one point the narration claims the regiment downed “dozens of drones” in a week.",
     ("Korean Central Television", "article")),
])
def test_a_voice_a_programme_shows_speaks_through_its_broadcaster(text, expected):
    assert _channels(text) == [expected]


@pytest.mark.parametrize("text", [
    # Said in an interview, not shown in the programme.
    _AIRED + "Kyrylo Budanov said in an interview that the crews had “learned fast.”",
    # A plan including a meeting is no programme.
    _AIRED + "The minister said the package includes a plan with Seoul, calling it “fair.”",
])
def test_words_no_programme_shows_have_no_broadcaster(text):
    assert _channels(text) == [(None, None)]


@pytest.mark.parametrize("text, expected", [
    # The DPRK's state TV, described, is the broadcaster the next paragraph opens by naming.
    ("North Korean state TV aired a film about the sappers, whom it called “the bravest sons.”\n\n"
     "The film, broadcast by Korean Central Television on Sunday, ran for an hour.",
     ("Korean Central Television", "sentence")),
    # Not one named further on.
    ("North Korean state TV aired a film about the sappers, whom it called “the bravest sons.”\n\n"
     "Seoul's spy agency said the unit had lost dozens.\n\n"
     "Korean Central Television also aired a concert on Sunday.", ("DPRK state media", "sentence")),
])
def test_the_dprk_s_state_tv_is_the_broadcaster_the_next_sentence_names(text, expected):
    assert _channels(text) == [expected]
