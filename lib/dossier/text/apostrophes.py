"""Which single marks are apostrophes, where an article quotes with single marks.

An apostrophe and a single quotation mark are one glyph (’ or '), so a reader
tells them apart by what surrounds the glyph:

* inside a word it is an apostrophe ("Kim’s", "don't", "Ch'oe", "O'Brien");
* at a word's start it is one when the word is elided: a decade cut to two
  digits ("the '90s", "the ’60s") or a word of ``data/elisions.csv``
  ("rock 'n' roll", "'em") — :func:`elided`.  A year cut so ("in '05") is
  not read: a quote may open on a number ("'10,000 men are ready'");
* after the "s" of a plural, before a lower-case word ("the soldiers’
  families"), it may close a quote or be a possessive:
  :func:`plural_possessive_shape` finds the glyphs so placed, and
  :mod:`~dossier.text.quote_marks` reads one as a possessive only when the
  next mark of its paragraph closes too.

Any other single mark at a word's end with no quote open before it
("Sevastopol'", "the Koreans'") closes nothing and is left alone by the
pairing of :mod:`~dossier.text.quote_marks`.
"""

from __future__ import annotations

import functools
import re

from ..vocab import load_table

_SINGLE = "‘’'"


@functools.cache
def _elision() -> re.Pattern:
    """An elided word between non-word characters: the listed forms, and decades ("’90s")."""
    forms = sorted(load_table("elisions.csv").form, key=len, reverse=True)
    listed = "|".join("".join(f"[{_SINGLE}]" if c == "'" else re.escape(c) for c in f) for f in forms)
    return re.compile(rf"(?<!\w)(?i:{listed}|[{_SINGLE}]\d0s)(?!\w)")


def elided(text: str) -> set[int]:
    """Offsets of the single marks of ``text`` that stand for left-out letters ("’90s", "'n'")."""
    if not any(c in text for c in _SINGLE):
        return set()
    found: set[int] = set()
    for m in _elision().finditer(text):
        found.update(m.start() + k for k, c in enumerate(m.group()) if c in _SINGLE)
    return found


def plural_possessive_shape(text: str, i: int) -> bool:
    """Whether the mark at ``i`` follows the "s" of a word and precedes a lower-case word: "the soldiers’ families",
    as "their ‘heroic feats’ in" is written too."""
    return text[i - 1:i] == "s" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].islower()
