"""Blogs and channels by the names they write under (dossier.extractors.speech.speakers, subject_forms, quote_referents),
on sentences written for the tests."""

import pandas as pd
import pytest

import dossier
from dossier.extractors.speech.quotes import quotes


def _speakers(text: str) -> list:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    df = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in df["speaker"]]


@pytest.mark.parametrize("text, speaker", [
    # A channel's or a blogger's name right after the noun of its kind, no comma.
    ("“The Koreans learn fast,” wrote the channel Northern Front.", "Northern Front"),
    ("“The Koreans learn fast,” wrote the pro-war blogger Kotov.", "Kotov"),
    # An aside with a number in it between the name and the verb.
    ("The channel Northern Front, which has 350,000 subscribers, wrote that the Koreans were “learning fast.”",
     "Northern Front"),
    ("“The Koreans learn fast,” the channel Northern Front, which has 350,000 followers, wrote.", "Northern Front"),
    # A member picked out of a group and named by the name they write under.
    ("Another blogger, who writes under the name Kotov, claimed the unit had been “shattered.”", "Kotov"),
])
def test_a_blog_speaks_by_its_name(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # An official's title is no kind a name follows so: the sentence's time word is no one's name.
    ("“The trains run daily,” said a senior official Monday.", "senior official"),
    # No name after the kind: as before.
    ("“The Koreans learn fast,” wrote one blogger.", "blogger"),
])
def test_no_name_after_the_kind_keeps_the_reading(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # A channel's name opening with a number word, which could open a group: the whole name.
    ("The channel Two Colonels, which has 90,000 subscribers, wrote that the Koreans were “learning fast.”",
     "Two Colonels"),
    # A name after no noun of a kind: the name as found.
    ("The war reporter Ivan Sokolov wrote that the Koreans were “learning fast.”", "Ivan Sokolov"),
])
def test_a_name_of_its_own_after_its_kind(text, speaker):
    assert _speakers(text)[-1] == speaker
