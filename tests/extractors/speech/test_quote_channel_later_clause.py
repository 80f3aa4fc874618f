"""dossier.extractors.speech.quote_channels: a medium named in a clause that a joining word opens after a quote, before
more words quoted, goes with those later words, not with the quote before it; read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _channels(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None]]:
    """(channel, basis) of each quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-09-02")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(c if isinstance(c, str) else None, b if isinstance(b, str) else None) for c, b in zip(df.channel, df.channel_basis)]


@pytest.mark.parametrize("text, expected", [
    # "and", "but", "while", "whereas"; the medium as the later clause's relay or as its own speaker; the same
    # speaker or another.
    ("Kim Jong Un called the ties “a militant bond” and, in remarks KCNA carried on Monday, said the allies were "
     "“one family.”", [(None, None), ("KCNA", "sentence")]),
    ("Sergei Shoigu described the treaty as “historic,” while TASS quoted him as calling the partnership "
     "“unbreakable.”", [(None, None), ("TASS", "sentence")]),
    ("North Korea's foreign ministry dismissed the reports as “slander,” but Rodong Sinmun went further, calling "
     "them “a provocation.”", [(None, None), ("Rodong Sinmun", "sentence")]),
    ("Kim Yo Jong called the drills “a rehearsal for war,” whereas state media described them as “reckless.”",
     [(None, None), ("DPRK state media", "sentence")]),
])
def test_a_medium_in_a_later_clause_goes_with_its_own_words(text, expected):
    assert _channels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The look-alikes: the medium before the joining word, or after all the words quoted, carries them all.
    ("“We stand together,” Kim Jong Un said, according to KCNA, and added that the bond was “eternal.”",
     [("KCNA", "sentence"), ("KCNA", "sentence")]),
    ("Kim Jong Un called the ties “a militant bond” and “one family,” KCNA reported.",
     [("KCNA", "sentence"), ("KCNA", "sentence")]),
])
def test_a_medium_before_the_join_or_after_all_words_carries_them(text, expected):
    assert _channels(text) == expected
