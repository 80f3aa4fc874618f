"""dossier.extractors.speech.quote_channels: a paragraph that says the DPRK's media carried nothing gives the
DPRK's words after it no medium (not the one the lead named for other words); read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _channels(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None]]:
    """(channel, basis) of each quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-09-02")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(c if isinstance(c, str) else None, b if isinstance(b, str) else None) for c, b in zip(df.channel, df.channel_basis)]


_LEAD = ("North Korea's leader Kim Jong Un praised the returning engineers as “the pride of the nation,” KCNA "
         "reported on Monday.\n\nAnalysts in Seoul were not surprised.\n\n")


@pytest.mark.parametrize("paragraph", [
    # A medium said to have carried nothing, by name or description, in several tenses; the words of a body or a
    # person of the DPRK's state after it.
    "For weeks, state media said nothing about the losses. The foreign ministry called the reports “a fabrication.”",
    "KCNA has said nothing of the casualties. Kim Yo Jong dismissed the figures as “pure invention.”",
    "The Rodong Sinmun published nothing on the deployment for months, and the foreign ministry brushed off the "
    "accounts as “slander.”",
    "North Korea's official media reported nothing at the time. Pyongyang's defence ministry later called the soldiers "
    "“heroes.”",
])
def test_words_after_a_silent_medium_take_no_medium(paragraph):
    assert _channels(_LEAD + paragraph)[1:] == [(None, None)]


def test_words_after_a_medium_that_carried_something_keep_it():
    # The look-alike: the paragraph's medium carried a report, so the words after it are its account.
    text = _LEAD + "State media reported the ceremony at length. Kim Yo Jong called the figures “pure invention.”"
    assert _channels(text)[1:] == [("DPRK state media", "paragraph")]


def test_a_paragraph_without_a_medium_keeps_the_leads():
    assert _channels(_LEAD + "North Korea's foreign ministry called the reports “a fabrication.”")[1:] == [("KCNA", "article")]


def test_an_empty_it_is_no_medium_of_the_paragraph():
    # "It was …" opens the paragraph with no referent: the lead's medium, known from the lead, not the paragraph.
    text = ("“We are proud of you,” Kim told the engineers, according to KCNA, which called him “deeply moved.”\n\n"
            "It was a sharp reversal. North Korea's foreign ministry called the reports “a fabrication.”")
    assert _channels(text)[2:] == [("KCNA", "article")]
