"""A unit's own channel ("a brigade's Telegram", "X special forces (official Telegram channel)") and a unit named
with the state's forces it belongs to ("Operational Command East (Moldovan Armed Forces)") publish their own
release: the figures they state in their own voice are the unit's."""

from __future__ import annotations

import pytest

from dossier.extractors.mentions.mention_vocab import home_state
from dossier.extractors.mentions.signed_posts import channel_unit
from estimate_readings import signed_claimant as _claim


@pytest.mark.parametrize("source, paragraphs, quantity, claimant", [
    ("Falcon brigade's Telegram", ("Our drone crews burned 6 enemy trucks near the crossing overnight.",),
     "6", "Falcon brigade"),
    ("Vostok battalion's Telegram channel", ("In a week the enemy lost 14 armoured vehicles on our sector.",),
     "14", "Vostok battalion"),
    ("Wolf special forces (official Telegram channel)", ("The assault groups destroyed 3 enemy tanks since Monday.",),
     "3", "Wolf special forces"),
    ("Operational Command West (Ukrainian Armed Forces)", ("Over the day 9 glide bombs fell on the border villages.",),
     "9", "Operational Command West"),
])
def test_a_units_own_channel_claims_its_own_figures(source, paragraphs, quantity, claimant):
    assert _claim(source, None, quantity, *paragraphs) == claimant


@pytest.mark.parametrize("source", [
    "Belgorod governor's Telegram",  # an office's channel: its holder's post, and no one signs it here
    "Ivan Petrenko (Telegram)",  # a person's channel
    "Forces News (BFBS)",  # a medium's other name in brackets
    "Evening Notes (Ukrainian Armed Forces)",  # no unit's noun in the name
    "Armed Forces TV (Ukrainian Armed Forces)",  # the forces' broadcaster
    "Special Forces Radio (Russian Armed Forces)",
    "Reuters, citing the 3rd Assault Brigade's Telegram",  # a medium's report citing the unit
    "Kyiv Post, quoting Falcon brigade's Telegram",
    "AP citing the 47th brigade's Telegram",
    "Sky News crew's Telegram",  # a newsroom's crew, no armed unit
    "Rybar team (Telegram)",  # a blogger's team
    "a film crew's Telegram",
    "BBC News staff's Telegram",  # a medium's staff, no general staff
])
def test_no_unit_no_units_release(source):
    assert _claim(source, None, "6", "Our drone crews burned 6 enemy trucks near the crossing overnight.") is None


def test_a_units_name_is_read_from_its_channel_as_written():
    assert channel_unit("the Falcon brigade's Telegram") == "Falcon brigade"
    assert channel_unit("the 47th separate mechanised brigade's Telegram") == "47th separate mechanised brigade"
    assert channel_unit("Ivan Petrenko's Telegram") is None
    assert channel_unit("Reuters, citing the 3rd Assault Brigade's Telegram") is None


def test_another_bodys_figure_in_a_units_channel_stays_that_bodys():
    assert _claim("Falcon brigade's Telegram", None, "300",
                  "The General Staff reports 300 Russian soldiers were killed over the past day.") == "General Staff"


@pytest.mark.parametrize("source, state", [
    ("Ramzan Kadyrov's Telegram", "russia"),  # a person known by office: their state's channel
    ("AKHMAT special forces (official Telegram channel)", "russia"),
])
def test_an_owners_channel_writes_from_the_owners_state(source, state):
    assert home_state("", source) == state
