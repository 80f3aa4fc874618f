"""dossier.text.datelines: which names at a paragraph's start belong to a dateline."""

from __future__ import annotations

import pytest

from dossier.text.datelines import credited_outlet, in_dateline, opening_city


@pytest.mark.parametrize("text, name, expected", [
    ("Moscow (AFP) - Officials said on Monday ...", "Moscow", True),
    ("New York (Reuters) - A panel said ...", "New York", True),
    ("SEOUL (Yonhap) -- The spy agency said ...", "SEOUL", True),
    # A body's name and its acronym in brackets open a sentence, not a dateline.
    ("The Multilateral Sanctions Monitoring Team (MSMT), set up by eleven states, said ...",
     "The Multilateral Sanctions Monitoring Team", False),
    ("The National Intelligence Service (NIS) told lawmakers ...", "The National Intelligence Service", False),
])
def test_a_name_before_brackets(text, name, expected):
    assert in_dateline(text, 0, len(name)) is expected


# --- a city written beyond ASCII ------------------------------------------------------


@pytest.mark.parametrize("paragraph, city, outlet", [
    ("KRAKÓW, Poland (PAP) — Officials in the city said the drills would go on.", "KRAKÓW", "PAP"),
    ("Łódź (PAP) - The plant will make shells for the army, its owner said.", "Łódź", "PAP"),
    ("ŠIAULIAI (BNS) — Allied jets flew over the base on Monday.", "ŠIAULIAI", "BNS"),
    ("PRAGUE (ČTK) — The government met on Tuesday.", "PRAGUE", "ČTK"),
])
def test_a_city_or_a_credit_written_with_letters_beyond_ascii_opens_a_dateline(paragraph, city, outlet):
    assert opening_city(paragraph) == city
    assert credited_outlet(paragraph) == outlet


def test_a_capitalised_word_beyond_ascii_without_a_credit_opens_no_dateline():
    # "Élan" opens a sentence, not a dateline: no bracket, no comma and date, no dash after it.
    text = "Élan was what the troops lacked, the officer wrote."
    assert credited_outlet(text) is None
    assert not in_dateline(text, 0, 4)
