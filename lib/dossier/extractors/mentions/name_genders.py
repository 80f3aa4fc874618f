"""A person's gender as their name tells it (``data/name_genders.csv``): a given name that is one gender's, a Russian
or Ukrainian patronymic ("Irina Petrovna", "Pavel Andreyevich"), a family name's feminine form ("Anna Sokolova").

Read by :mod:`~dossier.extractors.mentions.discourse` only when no title or vocabulary entry gives the gender, so that
"she" later stands for Irina Petrovna and not for the last man named.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ...vocab import load_table

_FAMILY_STEM = 3  # letters a family name holds before its ending: "Ivanova", not "Eva" or "Nova"


class NameGenders(NamedTuple):
    """The gender each given name, patronymic ending and family-name ending of the vocabulary tells."""

    given: dict[str, str]
    patronymic: tuple[tuple[str, str], ...]  # (ending, gender), longest first
    middle: tuple[tuple[str, str], ...]  # read in the middle of three words only ("Ivan Ilyich Petrov")
    family: tuple[tuple[str, str], ...]


@functools.cache
def _genders() -> NameGenders:
    t = load_table("name_genders.csv")

    def endings(place: str) -> tuple[tuple[str, str], ...]:
        rows = [(e, g) for e, p, g in zip(t.ending, t.place, t.gender) if p == place]
        return tuple(sorted(rows, key=lambda r: -len(r[0])))  # "ichna" before "ich"

    given = {e: g for e, p, g in zip(t.ending, t.place, t.gender) if p == "given"}
    return NameGenders(given, endings("patronymic"), endings("middle"), endings("family"))


def name_gender(name: str) -> str:
    """``m`` or ``f`` when the form of ``name`` tells it, else ""; a patronymic first, then the given name, then the
    family name ("Olga Sergeyevna Ivanova", "Irina Petrovna", "Anna Sokolova")."""
    words = [w.lower() for w in name.split()]
    if len(words) < 2 or len(words) > 3:
        return ""
    g = _genders()
    second = words[1]
    endings = g.patronymic + g.middle if len(words) == 3 else g.patronymic
    if (gender := next((gd for e, gd in endings if second.endswith(e) and len(second) > len(e) + 2), "")):
        return gender
    if words[0] in g.given:
        return g.given[words[0]]
    last = words[-1]
    return next((gd for e, gd in g.family if last.endswith(e) and len(last) >= len(e) + _FAMILY_STEM), "")


def is_patronymic(word: str) -> bool:
    """Whether ``word`` ends as a Russian or Ukrainian patronymic ("Petrovna", "Andreyevich"): the ``patronymic`` endings
    of ``data/name_genders.csv``."""
    w = word.lower()
    return any(w.endswith(e) and len(w) > len(e) + 2 for e, _ in _genders().patronymic)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name of ``data/name_genders.csv`` ("Yulia", "Dmitry"): a name it opens is a person's."""
    return word.lower() in _genders().given

