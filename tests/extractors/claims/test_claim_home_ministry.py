"""dossier.estimate_claims: a ministry an outlet names without its state, as a claimant, is the outlet's state's.

A reader of a Russian paper needs no "Russian" before "the Ministry of Defence"; the figures the ministry gives are
the Russian ministry's, as a quoted speaker of that name already is (:mod:`dossier.extractors.mentions.home_ministries`).
"""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.figures.estimates import estimates


def _claimant(source: str, text: str, quantity: str) -> str | None:
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-05-20")],
                         "source": [source]})
    df = estimates(dossier.sentences(arts), arts)
    value = df.loc[df.quantity_text == quantity, "claimant"].iloc[0]
    return None if isinstance(value, float) else value


def test_the_ministry_of_defence_in_a_russian_paper_is_russias():
    got = _claimant("Izvestia", "The Ministry of Defence put Ukrainian losses in the sector at more than "
                    "3,000 soldiers.", "more than 3,000")
    assert got == "Russian Ministry of Defence"


def test_the_defence_ministry_as_a_verbs_subject_in_a_ukrainian_outlet_is_ukraines():
    got = _claimant("Ukrinform", "The Defence Ministry said about 500 North Korean soldiers were killed near "
                    "the border.", "about 500")
    assert got == "Ukrainian Ministry of Defence"


def test_a_ministry_after_according_to_in_a_moscow_channel():
    got = _claimant("Moskva 24", "According to the Ministry of Defence, over 200 armoured vehicles were destroyed.",
                    "over 200")
    assert got == "Russian Ministry of Defence"


def test_an_outlet_of_no_state_leaves_the_ministry_as_written():
    got = _claimant("Reuters", "The Ministry of Defence estimates losses at more than 3,000 soldiers.",
                    "more than 3,000")
    assert got not in ("Russian Ministry of Defence", "Ukrainian Ministry of Defence")


def test_a_ministry_named_with_its_state_keeps_it():
    got = _claimant("Ukrinform", "The Russian Ministry of Defence claimed more than 3,000 Ukrainian soldiers "
                    "were killed.", "more than 3,000")
    assert got == "Russian Ministry of Defence"


def test_the_ministry_of_defence_in_a_british_defence_journal_is_the_uks():
    got = _claimant("UK Defence Journal", "In an update on Friday, the Ministry of Defence said that about 9,000 North "
                    "Korean personnel had been sent to the Kursk region.", "about 9,000")
    assert got == "UK Ministry of Defence"
