"""A subject that names a thing by its own word as a habit: "The Russian side traditionally calls such reports “fakes”".

A careful reader takes such words as the subject's own, what it always says, and not as one statement that a person
or body quoted in the next sentences issued for it (as "Moscow called the report “…”. In a statement, its foreign
ministry said" is): the words that make a statement a habit are ``data/habit_words.csv``, the naming verbs ``data/naming_verbs.csv`` and
the further forms ``data/habit_words.csv`` adds to them.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table

__all__ = ["habitual_naming"]

_REACH = 40  # characters after the subject's start within which its adverb and verb stand ("The Russian side traditionally calls")


@functools.cache
def _habit_before_naming() -> re.Pattern:
    t = load_table("habit_words.csv")
    habits = t.word[t.kind == "habit"]
    naming = [*load_table("naming_verbs.csv").word, *t.word[t.kind == "naming"]]
    return re.compile(rf"\b(?i:{alternation(habits)})\s+(?i:{alternation(naming)})\b")


def habitual_naming(masked: str, pos: int, speaker_text: str | None, cue: str | None) -> bool:
    """Whether the subject at ``pos`` (written ``speaker_text``) names a thing as a habit: an adverb of habit right
    before a naming verb, after the subject's first word; the verb is the cue ``cue`` when one was read."""
    if pos < 0 or not speaker_text or not speaker_text.strip():
        return False
    start = pos + len(speaker_text.split(None, 1)[0])
    m = _habit_before_naming().search(masked, start, pos + len(speaker_text) + _REACH)
    return m is not None and (not cue or m.group(0).lower().endswith(cue.lower()))
