"""dossier.extractors.speech.quote_channels: a medium that shows pictures of the speaker after his words relays none."""

from __future__ import annotations

import pytest

from quote_readings import quote_readings


def _quotes(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None, str | None]]:
    return quote_readings(text, source)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un praised the returning sappers as “loyal sons of the motherland”, and state media showed him "
        "hugging their mothers.",
        "Kim Jong Un hailed the sappers as “loyal sons of the motherland,” while state television has pictured him "
        "beside their families.",
        "The North Korean leader called the sappers “loyal sons of the motherland” and the KCNA has also filmed him "
        "at the airfield.",
        "“They are loyal sons of the motherland,” Kim Jong Un said of the sappers, but North Korean state media have "
        "shown him only at the ceremony.",
    ],
)
def test_a_medium_showing_the_speaker_after_his_words_is_no_channel(text):
    assert _quotes(text)[0][1:] == (None, None)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # Joined past the words, but relaying them: the medium carried the speech.
        ("Kim Jong Un praised the sappers as “loyal sons of the motherland”, and state media carried the speech "
         "in full.", "DPRK state media"),
        # Before the words, the medium that shows him is where we see him say them.
        ("State television showed Kim Jong Un at the airfield, where he called the sappers “loyal sons of the "
         "motherland”.", "DPRK state media"),
    ],
)
def test_a_medium_relaying_or_showing_him_before_the_words_is_their_channel(text, channel):
    assert _quotes(text)[0][1:] == (channel, "sentence")
