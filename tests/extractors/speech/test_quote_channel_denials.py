"""dossier.extractors.speech.quote_channels: a medium said in the perfect to have carried nothing ("has made no mention")
is no source of the quotes after it, as one in the past is; read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _channel(text: str) -> str | None:
    """The channel of the last quote of a one-article corpus from a wire."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-09-02")], "source": ["Reuters"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    c = df.channel.iloc[-1]
    return c if isinstance(c, str) else None


@pytest.mark.parametrize("text", [
    "North Korean state media has made no mention of the captured men. Defence Minister No Kwang Chol called the "
    "claims “a smear.”",
    "KCNA has given no account of the losses, and Kim Jong Un has called the fallen “heroes of the nation.”",
    "The North's official media have carried no report of the transfer. Kim Yo Jong dismissed it as “fiction.”",
    "Rodong Sinmun has offered no comment. A foreign ministry spokesman in Pyongyang called the claim “absurd.”",
])
def test_a_medium_that_has_carried_nothing_relays_nothing(text):
    assert _channel(text) is None


def test_a_medium_that_has_reported_still_relays():
    # The look-alike: the perfect of a verb that did carry words.
    text = "North Korean state media has reported the visit. Defence Minister No Kwang Chol called it “historic.”"
    assert _channel(text) == "DPRK state media"
