"""dossier.extractors.speech.quote_channels: a DPRK state medium named in the quote's own sentence, as what shows or carries
the speaker there, is the channel of the DPRK speaker's words there, before a medium an earlier sentence of the
paragraph named for other words of the speaker; read through dossier.quotes."""

from __future__ import annotations

import pandas as pd
import pytest

import dossier


def _last(text: str) -> tuple[str | None, str | None]:
    """(channel, basis) of the last quote of a one-article corpus from a magazine."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-10-01")], "source": ["The New Yorker"]})
    df = dossier.quotes(dossier.sentences(arts), arts)
    c, b = df.channel.iloc[-1], df.channel_basis.iloc[-1]
    return (c if isinstance(c, str) else None, b if isinstance(b, str) else None)


_FIRST = "Kim Jong Un told the graduates they were “the hope of the army,” according to KCNA. "


@pytest.mark.parametrize("then, channel", [
    # Shown by unnamed state media in the progressive, with a relative clause on the place or on what it made.
    ("Within days, state media was showing Kim at a shell plant, which he called “the front line of the rear.”",
     "DPRK state media"),
    ("Soon state television was airing footage of Kim at a drone workshop, whose output he called “decisive.”",
     "DPRK state media"),
    # Named, with another verb of showing, and another verb of saying.
    ("Korean Central Television kept showing Kim at the launcher, which he hailed as “a shield of the nation.”",
     "Korean Central Television"),
    ("By the summer, the Rodong Sinmun had run photographs of Kim on the test range, where he praised the crews as "
     "“flawless.”", "Rodong Sinmun"),
    ("The Rodong Sinmun pictured Kim on the test range; he praised the crews as “flawless.”", "Rodong Sinmun"),
])
def test_the_dprk_medium_of_the_quote_s_own_sentence_carries_it(then, channel):
    assert _last(_FIRST + then) == (channel, "sentence")


def test_without_a_medium_in_its_sentence_the_paragraph_s_medium_carries_it():
    # The look-alike: nothing in the sentence shows him; the agency named before still carries the words.
    assert _last(_FIRST + "Days later, Kim called the shell plant “the front line of the rear.”") == ("KCNA", "paragraph")


def test_a_medium_said_to_carry_nothing_is_not_the_channel():
    text = _FIRST + "State television did not show the visit, at which Kim called the plant “decisive.”"
    assert _last(text) == ("KCNA", "paragraph")
