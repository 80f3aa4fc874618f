"""dossier.extractors.speech.cited_media: a medium cited in parentheses after the words it carried."""

from __future__ import annotations

import pytest

from quote_readings import quote_readings


def _quotes(text: str, source: str = "Eurasia Review") -> list[tuple[str | None, str | None, str | None]]:
    return quote_readings(text, source)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Sergei Lavrov described the talks as “constructive and frank” (TASS, March 3).", "TASS"),
        ("Sergei Lavrov described the talks as “constructive and frank” (Interfax).", "Interfax"),
        ("“The talks were constructive and frank,” Sergei Lavrov said (RIA Novosti, March 3, 2025).", "RIA Novosti"),
        ("Sergei Lavrov told foreign journalists that the talks had been “constructive and frank” (Kyodo, March 3); "
         "Seoul disagreed.", "Kyodo"),
    ],
)
def test_a_citation_after_the_words_is_their_channel(text, channel):
    assert _quotes(text)[0] == ("Sergei Lavrov", channel, "sentence")


@pytest.mark.parametrize(
    "text",
    [
        # A dateline names the outlet's own wire, before any words.
        "MOSCOW, March 3 (Interfax) -- Sergei Lavrov described the talks as “constructive and frank”.",
        # A parenthesis that names no medium.
        "Sergei Lavrov described the talks as “constructive and frank” (March 3).",
        # An aside after the words, naming no medium.
        "Sergei Lavrov called the talks “constructive and frank” (his third visit this year).",
        # A medium in parentheses before the words: a gloss of who spoke, no citation of them.
        "The spokesman of the Russian news agency (TASS) Ivan Petrov, said nothing; Sergei Lavrov called the talks "
        "“constructive and frank”.",
    ],
)
def test_no_channel_from_a_parenthesis_that_cites_no_words(text):
    assert _quotes(text)[0][1:] == (None, None)
