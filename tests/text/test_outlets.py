"""An article's outlet as sites write it in ``source``, and the names it is looked up by."""

from __future__ import annotations

import math

import pytest

from dossier.evaluate.run import style_of
from dossier.extractors.mentions.mention_vocab import home_state
from dossier.extractors.mentions.speaker_vocab import outlet_channel
from dossier.text.outlets import outlet_names


@pytest.mark.parametrize(
    "source, name",
    [
        ("Yonhap News", "yonhap"),
        ("TASS Russian News Agency", "tass"),
        ("Sputnik International", "sputnik"),
        ("NHK World", "nhk"),
        ("www.tass.com", "tass"),
        ("Opinion | The Washington Post", "washington post"),
        ("Daily NK – Inside North Korea", "daily nk"),
        ("The Korea Herald", "korea herald"),
    ],
)
def test_a_source_as_a_site_writes_it_is_also_looked_up_by_its_plain_name(source, name):
    assert name in outlet_names(source)


def test_the_whole_name_comes_before_its_shorter_forms():
    names = outlet_names("Kyodo News Agency")
    assert names.index("kyodo news agency") < names.index("kyodo")


def test_only_words_sites_add_are_taken_off():
    # An aggregator of KCNA's texts is not KCNA.
    assert outlet_names("KCNA Watch") == ["kcna watch"]
    assert outlet_channel("KCNA Watch") is None


def test_a_missing_source_has_no_names():
    assert outlet_names(None) == [] and outlet_names(math.nan) == []


@pytest.mark.parametrize(
    "source, channel",
    [("TASS Russian News Agency", "TASS"), ("Yonhap News", "Yonhap"), ("AP News", "Associated Press"), ("KBS World", "KBS")],
)
def test_an_outlet_named_with_a_site_s_words_is_the_medium_it_names(source, channel):
    assert outlet_channel(source) == channel


def test_an_outlet_named_with_a_site_s_words_tells_the_state_it_writes_from():
    assert home_state("The defense ministry said on Monday.", "Yonhap News") == "south_korea"
    assert home_state("The defense ministry said on Monday.", "TASS Russian News Agency") == "russia"


def test_the_outlet_style_of_a_source_as_a_site_writes_it():
    assert style_of("Yonhap News") == "korean"
    assert style_of("Sputnik International") == "russian_state"
    assert style_of("a blog") == "other"


@pytest.mark.parametrize("source, channel", [
    # A broadcaster's word before or after its name: the broadcaster.
    ("TV Zvezda", "Zvezda"), ("Zvezda TV", "Zvezda"), ("Zvezda Television", "Zvezda"), ("Rossiya 24 TV", "Rossiya 24"),
    # A name the vocabularies hold with the word stays that name; a number or a short word after it is the name.
    ("Channel One", "Channel One Russia"),
])
def test_a_broadcaster_s_word_around_its_name_is_left_off(source, channel):
    assert outlet_channel(source) == channel


def test_a_number_after_a_broadcaster_s_word_is_kept():
    assert "4" not in outlet_names("Channel 4 News") and "channel 4" in outlet_names("Channel 4 News")


@pytest.mark.parametrize("source, style", [
    # Outlets and bodies the read batches named, as their sites write them.
    ("Channel One Russia", "russian_state"), ("Moskva 24", "russian_state"), ("Kremlin.ru", "russian_state"),
    ("ZN.ua", "ukrainian"), ("Babel.ua", "ukrainian"), ("Defence Intelligence of Ukraine", "ukrainian"),
    ("RAND Corporation", "think_tank"), ("Lowy Interpreter", "think_tank"), ("Heritage Foundation", "think_tank"),
    ("Libération", "western"), ("El País", "western"), ("The Boston Globe", "western"), ("Edaily", "korean"),
    # Russia's privately owned press keeps no state style.
    ("Kommersant", "other"), ("Meduza", "other"),
])
def test_the_outlet_style_of_a_source_the_read_batches_name(source, style):
    assert style_of(source) == style


@pytest.mark.parametrize("source, channel", [
    # A note in brackets after the name tells what the text is, or the network: the outlet is the name before it.
    ("Rodong Sinmun (front page)", "Rodong Sinmun"), ("TASS (English service)", "TASS"),
    ("Korean Central Television (late news, transcript)", "Korean Central Television"),
])
def test_a_note_in_brackets_after_an_outlet_s_name_is_left_off(source, channel):
    assert outlet_channel(source) == channel


def test_a_note_in_brackets_makes_no_outlet_of_an_unknown_name():
    assert outlet_channel("A Pyongyang watcher (blog)") is None
    names = outlet_names("Yonhap (KCNA Watch)")
    assert names[0] == "yonhap (kcna watch)" and names.index("yonhap") < names.index("kcna watch")


def test_a_note_that_makes_one_name_with_the_outlet_s_is_read_with_it():
    # "Interfax (Ukraine)" is Interfax-Ukraine, a Ukrainian agency: not Interfax, a Russian one.
    assert outlet_channel("Interfax (Ukraine)") == "Interfax-Ukraine"
    assert outlet_channel("TASS (Minsk)") == "TASS"
