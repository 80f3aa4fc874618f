"""A subject that names a thing by its own word as a habit: "The Russian side traditionally calls such reports “fakes”".

A careful reader takes such words as the subject's own, what it always says, and not as one statement that a person
or body quoted in the next sentences issued for it (as "Moscow called the report “…”. In a statement, its foreign
ministry said" is): the words that make a statement a habit are ``data/habit_words.csv``, the naming verbs ``data/naming_verbs.csv`` and
the further forms ``data/habit_words.csv`` adds to them.  A state's government as a whole that names a thing in the
present simple ("Pyongyang calls the deployment an act of “…”") states a standing position the same way.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from ..mentions.mention_vocab import states

__all__ = ["habitual_naming"]

_REACH = 40  # characters after the subject's start within which its adverb and verb stand ("The Russian side traditionally calls")


@functools.cache
def _habit_before_naming() -> re.Pattern:
    t = load_table("habit_words.csv")
    habits = t.word[t.kind == "habit"]
    naming = [*load_table("naming_verbs.csv").word, *t.word[t.kind == "naming"]]
    return re.compile(rf"\b(?i:{alternation(habits)})\s+(?i:{alternation(naming)})\b")


@functools.cache
def _present_naming() -> frozenset[str]:
    t = load_table("habit_words.csv")
    return frozenset(t.word[t.kind == "present"])


@functools.cache
def _governments() -> frozenset[str]:
    """The canonical names of the states' governments as a whole (``data/states.csv``)."""
    return frozenset(names.government for names in states().values() if names.government)


def habitual_naming(masked: str, pos: int, speaker_text: str | None, cue: str | None, speaker: str | None = None) -> bool:
    """Whether the subject at ``pos`` (written ``speaker_text``) names a thing as a habit: an adverb of habit right
    before a naming verb, after the subject's first word; the verb is the cue ``cue`` when one was read.  A state's
    government as a whole (``speaker``, ``data/states.csv``) that names a thing in the present simple ("Pyongyang
    calls it …", kind ``present`` of ``data/habit_words.csv``) does so as a standing position too."""
    if pos < 0 or not speaker_text or not speaker_text.strip():
        return False
    if speaker in _governments() and cue and cue.lower() in _present_naming():
        return True
    start = pos + len(speaker_text.split(None, 1)[0])
    m = _habit_before_naming().search(masked, start, pos + len(speaker_text) + _REACH)
    return m is not None and (not cue or m.group(0).lower().endswith(cue.lower()))
