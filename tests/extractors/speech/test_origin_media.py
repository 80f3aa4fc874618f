"""dossier.extractors.speech.origin_media: a medium described by where it is from, as the source of words."""

from __future__ import annotations

import pytest

from quote_readings import quote_readings


def _quotes(text: str, source: str = "Reuters") -> list[tuple[str | None, str | None, str | None]]:
    return quote_readings(text, source)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # Quoted by, according to, broadcast by, reported: the medium described relays the words.
        ("“The bridge is finished,” Marek Dvořák said, quoted by a British news agency.", "British news agency"),
        ("“The bridge is finished,” Marek Dvořák said, according to footage broadcast by Japanese television.",
         "Japanese television"),
        ("German newspapers reported that Marek Dvořák called the bridge “finished at last.”", "German newspapers"),
        ("“The bridge is finished,” Marek Dvořák said on Ukrainian television.", "Ukrainian television"),
    ],
)
def test_a_medium_described_by_its_origin_relays_the_words(text, channel):
    assert _quotes(text)[0] == ("Marek Dvořák", channel, "sentence")


@pytest.mark.parametrize(
    "text",
    [
        # A medium the speaker talked to, or whose interview he gave, carries no words the article relays from it.
        "“The bridge is finished,” Marek Dvořák told a French newspaper.",
        "In an interview with Japanese media, Marek Dvořák said the bridge was “finished at last.”",
        "In an interview broadcast by a German broadcaster, Marek Dvořák said the bridge was “finished at last.”",
        # Media the words speak of, not their source.
        "Marek Dvořák said Chinese media had “invented” the delays.",
        "Marek Dvořák dismissed reports in Western media as “fairy tales.”",
        # Local media say no country.
        "“The bridge is finished,” Marek Dvořák said, according to local media.",
    ],
)
def test_no_described_medium_where_it_is_not_the_source_of_words(text):
    assert _quotes(text)[0][1:] == (None, None)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # A description before the medium's name, or set off before it, is the name's.
        ("“The bridge is finished,” Marek Dvořák said, according to the Russian news agency TASS.", "TASS"),
        ("“The bridge is finished,” Marek Dvořák said, according to a Ukrainian outlet, the Kyiv Independent.",
         "The Kyiv Independent"),
        ("“The bridge is finished,” Marek Dvořák said, according to the Russian media outlet Kommersant.", "Kommersant"),
        # North Korea's media described are its state media.
        ("“The bridge is finished,” Marek Dvořák said, according to North Korean media.", "DPRK state media"),
    ],
)
def test_a_named_medium_keeps_its_name(text, channel):
    assert _quotes(text)[0][1] == channel


def test_a_person_of_a_medium_is_no_medium():
    # "a Russian radio host" speaks: the description names his trade, not the source of words.
    assert _quotes("A Russian radio host said the bridge was “finished at last.”")[0][1:] == (None, None)
