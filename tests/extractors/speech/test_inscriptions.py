"""Words a poster, banner or slogan carries have no speaker (dossier.extractors.speech.inscriptions), on sentences written
for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.inscriptions import inscription_before
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [r.speaker if isinstance(r.speaker, str) else None for r in df.itertuples()]


@pytest.mark.parametrize("text", [
    # The place the posters stand in is not a speaker.
    "Posters in Wonsan read “Smash the enemies of the motherland.”",
    "Posters read “Smash the enemies of the motherland.”",
    # Nor is the building a placard stands outside.
    "A placard outside the provincial security bureau read: “Loyalty to the last drop of blood.”",
    "Workers hung a banner that says “Our friendship will last forever.”",
    "Banners across the square carried the slogan “Glory to the fighters.”",
    # "a banner reading": the participle reads the words out as "read" does; the one standing before it says nothing.
    "Choe Ryong Hae spoke beneath a red banner reading “Eternal glory to the fallen.”",
    "The coffins passed under placards reading “They live forever in our hearts.”",
])
def test_the_words_a_thing_carries_have_no_speaker(text):
    assert _speakers(text) == [None]


@pytest.mark.parametrize("text, speaker", [
    # A thing before a clause of its own, or someone's slogan, is not what the words are.
    ("The banners came down, and Kim Jong Un said “Our friendship will last forever.”", "Kim Jong Un"),
    ("Posters in the square were torn and Kim Jong Un said “Our friendship will last forever.”", "Kim Jong Un"),
])
def test_a_thing_named_in_another_clause_leaves_the_speaker_alone(text, speaker):
    assert _speakers(text) == [speaker]


def test_the_thing_is_found_before_its_words():
    text = "Billboards along the highway to Sinuiju proclaimed "
    assert inscription_before(text, 0, len(text)).group("noun") == "Billboards"
    assert inscription_before("Choe Son Hui said ", 0, 18) is None


@pytest.mark.parametrize("text", [
    # How the thing was placed where it stands ("displayed", "put up", "hung") is no clause of its own, and the place
    # reads nothing, in its own clause or in the next one.
    "Billboards displayed along the Chongjin road read “Glory to the fallen heroes.”",
    "Banners put up outside the Hyesan station read “Our sons are the pride of the nation.”",
    "Posters hung in the plaza read “Forward to victory,” and a radio talk aired at noon called the war "
    "“a holy cause.”",
])
def test_a_thing_placed_somewhere_carries_words_no_one_speaks(text):
    assert set(_speakers(text)) == {None}
