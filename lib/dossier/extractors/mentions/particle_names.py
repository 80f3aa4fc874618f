"""Family names that hold a lower-case particle: "Ursula von der Leyen", "Hamish de Bretton-Gordon".

A reader takes "de Bretton-Gordon" as one family name; a name read as capitalised words only stops at the particle
and keeps "Bretton-Gordon".  :func:`full_particle_name` gives the name whole: the given name and the particles
written right before the words read ("Colonel Hamish de Bretton-Gordon told"), or, when only the family name is
written there ("von der Leyen said", "De Bretton-Gordon added"), the full name the text gave before.  The particles
are ``data/name_particles.csv``.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER, alternation
from ...vocab import load_list
from .mention_vocab import key, stops, titles

__all__ = ["full_particle_name"]

_REACH = 60  # characters before a name within which its given name and particles stand


@functools.cache
def _particles() -> str:
    return alternation(load_list("name_particles.csv"))


@functools.cache
def _before() -> re.Pattern:
    """A given name, then one to three particles, right before the words read: "Hamish de ", "Ursula von der "."""
    # ("Von der Leyen said": a particle opening a sentence is no given name.)
    return re.compile(rf"(?:\b(?!(?i:{_particles()})\s)(?P<given>{UPPER}[\w’'\-]*)\s+)?"
                      rf"(?P<particles>\b(?i:{_particles()})(?:\s+(?:{_particles()})){{0,2}})\s+\Z")


@functools.cache
def _opening() -> re.Pattern:
    """A name read with its particles, the first capitalised: "De Bretton-Gordon"."""
    return re.compile(rf"(?i:{_particles()})(?:\s+(?:{_particles()})){{0,2}}\s+{UPPER}")


@functools.cache
def _after() -> re.Pattern:
    """Particles in lower case and the family name after the words read: " de La Tour", " van der Linde"."""
    return re.compile(rf"(?:\s+(?:{_particles()})){{1,3}}\s+{UPPER}[\w’'\-]*(?:\s+{UPPER}[\w’'\-]*)?")


def full_particle_name(text: str, start: int, name: str) -> str | None:
    """The whole name of which ``name``, read at ``start`` in ``text``, is the part before a particle ("Marie" of
    "Marie de La Tour"), after one, or the family name with its particles; None if no particle stands right before
    or after it, or opens it."""
    if not name[:1].isupper():
        return None
    if (after := _after().match(text, start + len(name))) is not None and not _no_given_name(name):
        return name + after.group(0)  # "said analyst Marie de La Tour": read up to the particle
    if _opening().match(name):
        family, at = name, start  # "De Bretton-Gordon added"
    elif (m := _before().search(text, max(0, start - _REACH), start)) is not None:
        if m.group("given") and not _no_given_name(m.group("given")):
            return f"{m.group('given')} {m.group('particles')} {name}"
        family, at = f"{text[m.start('particles'):start]}{name}", m.start("particles")  # (as written: "von der ")
    else:
        return None
    # "von der Leyen said", "President von der Leyen": the full name given before, else the family name whole.
    earlier = re.compile(rf"\b(?P<given>{UPPER}[\w’'\-]*)\s+{re.escape(family)}\b", re.IGNORECASE)
    for e in earlier.finditer(text, 0, at):
        if e.group("given")[:1].isupper() and not _no_given_name(e.group("given")):
            return e.group(0)  # (as the text wrote it there: "Ursula von der Leyen")
    return None if family == name else family  # ("Del Monte" with no name before: as read)


def _no_given_name(word: str) -> bool:
    """Whether ``word`` before the particles is a title or a word that opens no name ("President", "The")."""
    return key(word) in titles() or key(word) in stops()
