"""A person's own channel named with the channel in brackets ("Ivan Petrenko (Telegram)") is their post as much as
"Ivan Petrenko's Telegram" is; and such a post is a release in its signer's voice unless the vocabulary knows the
signer as a war correspondent or a blogger (``data/press_writers.csv``), whose post is a publisher's."""

from __future__ import annotations

import pytest

from dossier.extractors.mentions.signed_posts import channel_owner, office_channel, own_channel
from estimate_readings import signed_claimant as _claim


@pytest.mark.parametrize("source, owner", [
    ("Ivan Petrenko (Telegram)", "Ivan Petrenko"),
    ("Ivan Petrenko (Telegram channel)", "Ivan Petrenko"),
    ("Frontline Notes (Telegram channel of Ivan Petrenko)", "Ivan Petrenko"),  # the channel's title, then its owner
])
def test_a_channel_in_brackets_is_the_named_persons_own(source, owner):
    assert own_channel(source)
    assert channel_owner(source) == owner


@pytest.mark.parametrize("source", ["Daily Courier (Weekend Edition)", "Radio Meridian (RM)", "Ivan Petrenko"])
def test_brackets_with_no_channel_words_are_no_own_channel(source):
    assert not own_channel(source) and channel_owner(source) is None


def test_an_address_is_an_office_holders_channel_and_telegram_is_anyones():
    assert office_channel("Marta Koval's evening address")
    assert not office_channel("Marta Koval's Telegram") and not office_channel("Ivan Petrenko (Telegram)")


_WEEK = ("I will sum up the week on the eastern front.", "This week the enemy lost 14 tanks on the southern axis.")


@pytest.mark.parametrize("source, author", [
    ("Oleksandr Syrskyi (Telegram)", "Oleksandr Syrskyi"),
    ("Oleksandr Syrskyi's Telegram", None),
    ("Syrskyi Daily (Telegram channel of Oleksandr Syrskyi)", None),
])
def test_an_officials_own_channel_states_the_officials_figures(source, author):
    assert _claim(source, author, "14", *_WEEK) == "Oleksandr Syrskyi"


@pytest.mark.parametrize("source, author", [
    ("Alexander Kots (Telegram)", "Alexander Kots"),  # a war correspondent, data/press_writers.csv
    ("Alexander Kots's Telegram", None),
    ("Frontline Notes (Telegram channel of Alexander Kots)", "Alexander Kots"),
])
def test_a_journalists_own_channel_states_the_outlets_figures(source, author):
    assert _claim(source, author, "14", *_WEEK) is None


@pytest.mark.parametrize("source, author", [
    ("Ivan Petrenko (Telegram)", "Ivan Petrenko"),  # no vocabulary knows him: a governor or a commander as likely
    ("Ivan Petrenko's Telegram", None),
])
def test_an_unknown_owners_channel_states_the_owners_figures(source, author):
    assert _claim(source, author, "14", *_WEEK) == "Ivan Petrenko"


_NIGHT = ("I will sum up the night for you.", "Russian forces launched 45 drones overnight, 38 of which were shot down.")


@pytest.mark.parametrize("source", [
    "Komsomolskaya Pravda (Telegram)",  # a medium's own channel: its figures are the outlet's, as its articles' are
    "Ukrainska Pravda's Telegram",
    "Two Majors (Telegram)",  # a bloggers' channel whose title reads as a name, data/press_writers.csv
    "Grey Zone (Telegram)",
])
def test_a_mediums_or_a_bloggers_channel_states_no_claimants_figures(source):
    assert _claim(source, None, "45", *_NIGHT) is None
