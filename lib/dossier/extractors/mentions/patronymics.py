"""Persons named by first name and patronymic: Russian usage names an official so as a form of respect ("Vladimir
Vladimirovich said", "Sergei Kuzhugetovich thanked"), and in full with all three names ("Sergei Kuzhugetovich
Shoigu"). A reader who knows the patronymic knows the person.

``data/patronymics.csv`` gives each person's patronymic; the first names are those of the person's aliases in
``data/speakers.csv`` made of a first name and the family name, so every transliteration of the first name the
vocabulary knows ("Sergei", "Sergey") takes the patronymic.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from ...vocab import load_table


class Patronymic(NamedTuple):
    """A patronymic of ``data/patronymics.csv``, and whether it names the person with the first name alone."""

    patronymic: str
    alone: bool


_SAME_NAME = 3  # letters of a first name its transliterations share ("Sergei", "Sergey"; "Alexander", "Aleksandr")


def patronymic_aliases(speaker_of: Mapping[str, str]) -> dict[str, str]:
    """The aliases the patronymics add (lower case) to the canonical speaker: "first patronymic family", and
    "first patronymic" where it names the person alone, for each alias "first family" of ``speaker_of`` (alias ->
    canonical speaker) whose first word is a form of the canonical first name. An alias already in ``speaker_of`` is
    left to its own entry."""
    t = load_table("patronymics.csv")
    patronymics: dict[str, list[Patronymic]] = {}
    for speaker, patronymic, alone in zip(t.speaker, t.patronymic, t.alone):
        patronymics.setdefault(speaker, []).append(Patronymic(patronymic, alone == "yes"))
    out: dict[str, str] = {}
    for alias, speaker in speaker_of.items():
        words = alias.split()
        # Only a first name and the family name ("sergey lavrov", "vasily nebenzya"): not a title ("russian
        # president") nor the family name alone.
        if speaker not in patronymics or len(words) != 2 or words[0][:_SAME_NAME] != speaker.lower()[:_SAME_NAME]:
            continue
        for p in patronymics[speaker]:
            # ("Valentina Ivanovna" alone may be any pensioner: only the full three names are Matviyenko.)
            forms = (f"{words[0]} {p.patronymic} {words[1]}", f"{words[0]} {p.patronymic}")[:2 if p.alone else 1]
            for form in forms:
                if form not in speaker_of:
                    out.setdefault(form, speaker)
    return out
