"""A channel's name in quotation marks right after the noun of its kind ("the Z-channel “Rybar” wrote", "Another
channel, “Grey Zone”, claimed") is a name, and its bearer speaks the sentence's quote; the marked name itself is no
one's words."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.speech.quotes import quotes


def _rows(text: str) -> list[tuple[str, str | None]]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [(t, s if isinstance(s, str) else None) for t, s in zip(q["text"], q["speaker"])]


def test_a_channel_named_in_marks_after_the_quote_speaks_it():
    rows = _rows("“The bridge is ours again,” the pro-war channel “Severny Veter” wrote on Sunday.")
    assert ("The bridge is ours again", "Severny Veter") in rows


def test_a_channel_named_in_marks_in_apposition_before_a_that_clause():
    rows = _rows("Another large channel, “Grey Zone”, claimed that the crossing had been “cut for a week.”")
    assert ("cut for a week", "Grey Zone") in rows


def test_a_blogger_named_in_marks_before_a_colon_intro():
    rows = _rows("The blogger “Starshe Eddy” wrote on Monday: “Nobody planned for the spring mud.”")
    assert rows[-1] == ("Nobody planned for the spring mud", "Starshe Eddy")


def test_the_marked_name_itself_has_no_speaker():
    rows = _rows("“The bridge is ours again,” the pro-war channel “Severny Veter” wrote on Sunday.")
    assert ("Severny Veter", None) in rows


def test_marks_after_a_kind_noun_with_no_verb_of_saying_after_them_give_no_speaker():
    # (Look-alike: "the channel “Grey Zone” lost its licence": no verb of saying after the name.)
    rows = _rows("The channel “Grey Zone” lost half its readers after the post, which called the retreat “a disgrace.”")
    assert ("a disgrace", "Grey Zone") not in rows
