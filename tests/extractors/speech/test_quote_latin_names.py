"""Names in any Latin script: a capital or a small letter beyond ASCII ("Š", "Ł", "Ç", "Ü") is a letter of a name.

A speaker named so is a speaker, her "she said" is hers, a bare surname later is the same person; a family name's
feminine or masculine form in Lithuanian, Polish or Czech tells the gender where no title does.
"""

from __future__ import annotations

import re

import pandas as pd

import dossier
from dossier.extractors.mentions.name_genders import name_gender
from dossier.extractors.speech.quotes import quotes
from dossier.text.words import LOWER, UPPER


def _speakers(text: str) -> list[str | None]:
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "source": [None]})
    q = quotes(dossier.sentences(articles), articles)
    return [s if isinstance(s, str) else None for s in q["speaker"]]


# --- the letters ------------------------------------------------------------------


def test_a_name_in_any_latin_script_is_a_capital_and_small_letters():
    for name in ["Žygimantas", "Łukasz", "Çavuşoğlu", "Müller", "Søren", "État", "Ōtani", "Dvořák", "Ægir"]:
        assert re.fullmatch(rf"{UPPER}{LOWER}+", name), name


def test_what_is_no_letter_of_a_name_stays_out():
    # The sign of multiplication sits among the capitals of Latin-1, that of division among its small letters.
    for char in ["×", "÷", "1", "_", "'", "Ω", "Ж"]:
        assert not re.fullmatch(UPPER, char) and not re.fullmatch(LOWER, char), char
    assert not re.fullmatch(UPPER, "ß") and re.fullmatch(LOWER, "ß")


# --- a speaker named beyond ASCII ---------------------------------------------------


def test_a_lithuanian_minister_named_with_a_capital_beyond_ascii_is_the_speaker_and_her_she():
    text = ("Foreign Minister Tomas Petrauskas spoke first in Vilnius on Monday.\n\n"
            "Defence Minister Rūta Žemaitienė told the same conference that the deployment was “a warning to all of "
            "Europe.” “Distance no longer shields anyone,” she said.")
    assert _speakers(text) == ["Rūta Žemaitienė", "Rūta Žemaitienė"]


def test_a_polish_general_in_apposition_and_his_bare_surname_later():
    text = ("Gen. Władysław Śliwiński, a former commander of Polish land forces, told the radio that the shells were "
            "“a lifeline for Moscow.”\n\n“Without them the front would have stalled,” Śliwiński said.")
    assert _speakers(text) == ["Władysław Śliwiński", "Władysław Śliwiński"]


def test_a_czech_president_by_title_and_his_surname_after_the_quote():
    text = ("Czech President Čeněk Dvořák said on Tuesday that the alliance was “no longer a theory.”\n\n"
            "“We see the shells in Ukraine every day,” Dvořák added.")
    assert _speakers(text) == ["Čeněk Dvořák", "Čeněk Dvořák"]


def test_a_turkish_foreign_minister_and_his_surname_opening_the_next_sentence():
    text = ("Foreign Minister Ömer Çelik said the deployment was “a dangerous step.” "
            "Çelik told reporters in Ankara that “nobody gains from a wider war.”")
    assert _speakers(text) == ["Ömer Çelik", "Ömer Çelik"]


def test_a_german_spokesman_with_an_umlaut_named_before_his_role_and_his_he():
    text = ("Jörg Übelhör, a spokesman for the German defence ministry, said the reports were “credible.”\n\n"
            "“We take them seriously,” he said.")
    assert _speakers(text) == ["Jörg Übelhör", "Jörg Übelhör"]


# --- look-alikes: a capital beyond ASCII that opens no name ---------------------------


def test_a_german_word_opening_a_sentence_is_no_speaker():
    text = ("Gen. Tomasz Nowicki spoke in Warsaw.\n\n"
            "Überraschung was the word in Berlin, where officials called the news “unsettling.”")
    assert "Überraschung" not in _speakers(text)


def test_a_french_phrase_inside_a_quote_leaves_the_speaker_as_he_was():
    text = "Gen. Tomasz Nowicki spoke in Warsaw.\n\n“It is a raison d'État,” he said."
    assert _speakers(text) == ["Tomasz Nowicki"]


# --- the gender a family name's form tells ----------------------------------------------


def test_the_feminine_and_masculine_family_names_of_lithuanian_polish_and_czech():
    assert name_gender("Rūta Kazlauskienė") == "f"  # Lithuanian, married
    assert name_gender("Agnė Petraitytė") == "f"  # Lithuanian, unmarried
    assert name_gender("Ewa Zawadzka") == "f" and name_gender("Ewa Kowalska") == "f"
    assert name_gender("Tomasz Nowicki") == "m" and name_gender("Radosław Sikorski") == "m"
    assert name_gender("Jana Nováková") == "f"


def test_a_short_word_or_a_name_without_such_an_ending_tells_no_gender():
    assert name_gender("Petr Pavel") == ""
    assert name_gender("Ona Ska") == ""  # the ending with too short a stem before it
    assert name_gender("Kazlauskienė") == ""  # one word alone is no name of two


def test_he_after_a_lithuanian_woman_and_a_polish_man_is_the_man():
    text = ("Minister Rūta Kazlauskienė opened the meeting in Vilnius, and Minister Tomasz Nowicki flew in from Warsaw.\n\n"
            "“Distance no longer shields anyone,” he said.")
    assert _speakers(text) == ["Tomasz Nowicki"]


def test_she_after_a_polish_man_and_a_czech_woman_is_the_woman():
    text = ("Senator Marek Zawadzki flew in from Kraków, and Senator Jana Nováková opened the meeting in Prague.\n\n"
            "“We must prepare,” she told reporters.")
    assert _speakers(text) == ["Jana Nováková"]


def test_she_after_a_polish_man_and_a_polish_woman_is_the_woman():
    text = ("Deputy Tomasz Nowicki spoke first, and Deputy Ewa Zawadzka spoke after him.\n\n"
            "“We must prepare,” she said.")
    assert _speakers(text) == ["Ewa Zawadzka"]
