"""dossier.extractors.speech.quote_channels: words said to the press reach us from there, not through a medium another
sentence of the article names for the speaker's other words; read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _channels(text: str, source: str = "El Mundo") -> list[tuple[str | None, str | None]]:
    """(channel, basis) of each quote of a one-article corpus."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-07-14")], "source": [source]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    return [(c if isinstance(c, str) else None, b if isinstance(b, str) else None) for c, b in zip(df.channel, df.channel_basis)]


_BEFORE = ("Foreign Minister Sergei Lavrov praised the Korean troops, saying they had fought “like brothers,” "
           "according to the state agency RIA Novosti.\n\nThe talks ran into a second day.\n\n")


@pytest.mark.parametrize("later", [
    # The verb and its audience after the quote, before it, and with another noun of the press.
    "“We are pleased with the results,” Lavrov told reporters at the airport.",
    "Lavrov told journalists on leaving that the talks had been “very useful.”",
    "“The visit was a success,” the minister told correspondents, smiling.",
    # Said at a press occasion, however it is qualified.
    "At a joint news conference, Lavrov called the talks “frank and friendly.”",
    "Lavrov said during his closing press briefing that the partnership was “for the long term.”",
    # A press event or appearance is a press occasion too.
    "At a joint press event after the talks, Lavrov called the visit “a turning point.”",
    "During a short press appearance in the lobby, the minister called the talks “businesslike.”",
])
def test_words_said_to_the_press_do_not_inherit_a_medium_named_elsewhere(later):
    assert _channels(_BEFORE + later)[1:] == [(None, None)]


def test_words_given_no_occasion_still_inherit_the_medium():
    # The look-alike: nothing says to whom the later words were said, so the agency named before still carries them.
    assert _channels(_BEFORE + "“Our friendship is tested in battle,” Lavrov said.")[1:] == [("RIA Novosti", "article")]


def test_a_medium_told_is_still_the_channel():
    # "told RIA Novosti" names the medium spoken to: that is a channel, not the press at large.
    assert _channels("“We will come back in autumn,” Lavrov told RIA Novosti.") == [("RIA Novosti", "sentence")]


def test_a_state_outlet_still_carries_its_officials_words_to_reporters():
    # Words to reporters in the state agency's own report reach us through the agency itself.
    assert _channels("“The talks went well,” Kremlin spokesman Dmitry Peskov told reporters.", "TASS") == [
        ("TASS", "article")]
