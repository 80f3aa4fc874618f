"""Words in quotation marks that are part of a name, not words anyone said: Operation “Dawn”, Operational Command
“South”, the “Storm Corps”, the frigate “Admiral Orlov”.

A reader sees a name: a few capitalised words, with no sentence's stop, beside a noun that heads a name
(``data/quoted_name_heads.csv``) right before or after the marks, or ending the marked words themselves.  Such marks
give no quote (:func:`quoted_name`); the words stay masked, so that a name's apposition still reads across them
("The spokesman of Operational Command “South”, Ivan Petrenko, said").
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER_LETTERS, alternation
from ...vocab import load_table
from ..mentions.speaker_vocab import cue_words, named_kinds

__all__ = ["marked_kind_name", "quoted_name"]

_MOST_WORDS = 4
# Each word capitalised or a number ("South", "Admiral Orlov", "Storm Corps", "Vostok-2"), no stop after the last.
_NAME_WORDS = re.compile(rf"(?:[{UPPER_LETTERS}0-9][\w’'\-]*)(?:\s+(?:[{UPPER_LETTERS}0-9][\w’'\-]*|of|the))*")


@functools.cache
def _heads() -> re.Pattern:
    return re.compile(rf"(?i:{alternation(load_table('quoted_name_heads.csv').word)})")


@functools.cache
def _naming_verb() -> re.Pattern:
    words = load_table("naming_verbs.csv").word
    return re.compile(rf"\b(?i:{alternation(words)}|dubbed|named|labelled|labeled|branded|nicknamed)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?\S*\s*\Z")


_HEAD_BEFORE = r"(?:^|\s)(?P<head>[\w\-]+)\s*\Z"  # "Operation “", "the frigate “"
_HEAD_AFTER = re.compile(r"\s*(?P<head>[\w\-]+)")  # "” battalion"


def quoted_name(text: str, start: int, end: int, open_at: int, close_at: int) -> bool:
    """Whether the words ``text[start:end]``, in marks from ``open_at`` to ``close_at``, are part of a name."""
    # (The pattern first: most quotes are sentences that fail it at their first lower-case word, read no further.)
    if not _NAME_WORDS.fullmatch(text, start, end):
        return False
    words = text[start:end]
    if len(words.split()) > _MOST_WORDS:
        return False
    heads = _heads()
    if heads.fullmatch(words.split()[-1]) and words.split()[-1][:1].isupper():
        return True  # the “Storm Corps”
    span = text[max(0, open_at - 40):open_at]
    before = re.search(_HEAD_BEFORE, span)
    if before is not None and heads.fullmatch(before.group("head")):
        # Operation “Dawn”, the frigate “Admiral Orlov”; but "Kim called the unit “Heroes of the Fatherland”": a
        # verb of naming before the noun gives the words as someone's name for it, which are theirs.
        return not _naming_verb().search(span, 0, before.start("head"))
    after = _HEAD_AFTER.match(text, close_at)
    return after is not None and heads.fullmatch(after.group("head")) is not None and after.group("head").islower()


@functools.cache
def _kind_then_marks() -> re.Pattern:
    """In an article's masked text: a noun of a kind of speaker (``data/named_kinds.csv``, at a word's end: "the
    Z-channel"), maybe a comma, the masked marks of a name, maybe a comma, and the verb after them."""
    kinds = alternation(named_kinds())
    return re.compile(rf"(?i:{kinds})\b\s*,?\s*(?P<marks>#+)\s*,?\s+(?P<cue>[a-z]+)\b")


def marked_kind_name(masked: str, text: str, lo: int, hi: int) -> tuple[int, str, str] | None:
    """ "the blog “Northern Front” posted", "A second channel, “Steppe Eagle”, added": the name in marks after a noun of
    a kind of speaker, right before a verb of saying, in ``masked[lo:hi]`` (one sentence): ``(offset, name, verb)``;
    None if there is none.  The marks give a name, not words anyone said, and its bearer speaks."""
    verbs = cue_words().verbs
    for m in _kind_then_marks().finditer(masked, lo, hi):
        name = text[m.start("marks") + 1:m.end("marks") - 1]
        if m.group("cue") in verbs and _NAME_WORDS.fullmatch(name) and len(name.split()) <= _MOST_WORDS:
            return m.start("marks") + 1, name, m.group("cue")
    return None
