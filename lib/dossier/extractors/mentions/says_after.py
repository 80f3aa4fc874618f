"""A verb right after a name, whose subject the name is: "Shoigu told", "Kim has said", "the ministry's press service
said". Read by the account (a body that speaks before a pronoun, a speaker among a pronoun's antecedents) and by the
forms of names (a name a verb follows ends a list)."""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_list
from .speaker_vocab import cue_words

__all__ = ["says_after", "word_after"]


@functools.cache
def _lead() -> str:
    """An auxiliary or adverb of ``data/verb_lead_words.csv`` between the name and its verb."""
    return rf"(?:(?:{alternation(load_list('verb_lead_words.csv'))})\s+)?"


@functools.cache
def _says(part_words: int) -> re.Pattern:
    return re.compile(rf"(?:\s+[a-z][\w\-]*){{0,{part_words}}}?\s+{_lead()}(?i:{alternation(cue_words().verbs)})\b")


def says_after(text: str, at: int, part_words: int = 0) -> bool:
    """Whether a verb of saying (``data/cue_verbs.csv``) follows the name ending at ``at``; after up to
    ``part_words`` words in lower case that name a part of it ("the ministry's press service said")."""
    return _says(part_words).match(text, at) is not None


@functools.cache
def _word_after() -> re.Pattern:
    return re.compile(rf"\s+{_lead()}(?P<word>[a-z]+)\b")


def word_after(text: str, at: int) -> str | None:
    """The word in lower case right after the name ending at ``at``, past an auxiliary or adverb ("has", "also"):
    the verb, if one follows."""
    m = _word_after().match(text, at)
    return m.group("word") if m is not None else None
