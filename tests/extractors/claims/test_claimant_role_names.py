"""dossier.claimant_role_names: a person's name that ends a role or a body's name with no comma."""

from __future__ import annotations

import pytest

from dossier.extractors.claims.claimant_role_names import name_ending
from estimate_readings import one


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        ("The head of the city military administration Serhiy Lysak said that nine people were wounded in the strike.",
         "nine", "Serhiy Lysak"),
        ("The governor of Belgorod region Vyacheslav Gladkov said about 40 drones were downed overnight.",
         "about 40", "Vyacheslav Gladkov"),
        ("The spokesperson for the Eastern Group of Forces Nazar Voloshyn said that some 60 North Korean soldiers "
         "had been killed.", "some 60", "Nazar Voloshyn"),
        ("The commander of the 95th Air Assault Brigade Taras Maksimov said roughly 250 North Korean troops attacked.",
         "roughly 250", "Taras Maksimov"),
        # A cue's long object keeps the name that ends it.
        ("According to the head of the Chernihiv regional military administration Vyacheslav Chaus, four North "
         "Korean missiles hit the city.", "four", "Vyacheslav Chaus"),
    ],
)
def test_a_name_ending_a_role_is_the_claimant(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant


@pytest.mark.parametrize(
    "words, name",
    [
        ("military administration Ivan Petrenko", "Ivan Petrenko"),
        ("Southern Defense Forces Vladyslav Voloshyn", "Vladyslav Voloshyn"),
        # A body's own name, a name with its affiliation, a name after a joining word: no person ends them.
        ("the country's General Staff", None),
        ("Ukrainian Air Force", None),
        ("Lee Seong-kweun of the ruling People Power Party", None),
        ("researchers at Seoul National University", None),
        ("Kyrylo Budanov", None),
    ],
)
def test_name_ending(words, name):
    found = name_ending(words.split())
    assert (" ".join(found) if found else None) == name


def test_a_place_after_its_preposition_is_no_name():
    assert name_ending("a source inside North Pyongan Province".split()) is None
    assert name_ending("a source in Kimchaek City".split()) is None


@pytest.mark.parametrize(
    "sentence, quantity, claimant",
    [
        # A named body after its state's possessive is the body, not the state's government.
        ("South Korea's Defense Intelligence Agency told lawmakers on Monday that some 2,500 North Korean troops "
         "had been rotated.", "some 2,500", "Defense Intelligence Agency"),
        ("Seoul's Defense Intelligence Command estimated that about 700 engineers had been sent.", "about 700",
         "Defense Intelligence Command"),
        ("Ukraine's National Guard said about 35 North Korean soldiers were killed near Sudzha.", "about 35", "National Guard"),
        # A known body keeps its canonical name, and the state's own government stays the government.
        ("Japan's Defense Ministry estimated that about 12 North Korean missiles had been fired.", "about 12",
         "Japanese Ministry of Defense"),
        ("South Korea said about 1,100 North Korean soldiers had been wounded.", "about 1,100", "South Korean government"),
    ],
)
def test_a_named_body_after_its_states_possessive_is_the_body(sentence, quantity, claimant):
    assert one(sentence, quantity)["claimant"] == claimant
