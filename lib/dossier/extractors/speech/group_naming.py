"""A group of people, written as a bare plural, that names a thing in the present simple: "Russian officials describe
the museum as a symbol of “…”", "Kremlin officials speak of “…” ties".

Such a sentence tells how the group habitually talks, not one statement it issued for its state: a careful reader
credits the words to the group as the writer names it, and does not promote it to its government as "Russian
officials said" is.  The naming verbs are the ``plural_present`` words of ``data/habit_words.csv``; the group has no
determiner, a modifier before it (a lone "officials" names no one the reader could tell apart) and ends in the plural
of a noun naming people (``data/group_nouns.csv``: "Kim's speeches refer to “…”" is a document, the speaker's own).
"""

from __future__ import annotations

import functools

from ...vocab import load_list, load_table
from ..mentions.mention_vocab import key
from .speakers import Attribution

__all__ = ["group_as_written", "names_as_group"]

_DETERMINERS = frozenset({"the", "a", "an", "one", "some", "many", "most", "these", "those", "their", "our", "its", "his", "her"})


@functools.cache
def _plural_naming() -> frozenset[str]:
    t = load_table("habit_words.csv")
    return frozenset(t.word[t.kind == "plural_present"])


@functools.cache
def _kind(kind: str) -> frozenset[str]:
    t = load_table("habit_words.csv")
    return frozenset(t.word[t.kind == kind])


def group_as_written(a: Attribution) -> str:
    """The words of group subject ``a`` that name the group: "Russian officials" of "What Russian officials call"."""
    first, _, rest = a.speaker_text.partition(" ")
    return rest if first.lower() in _kind("free_relative") and rest else a.speaker_text


@functools.cache
def _people_plurals() -> frozenset[str]:
    return frozenset(w[:-3] + "men" if w.endswith("man") else w + "es" if w.endswith("ss") else w + "s"
                     for w in load_list("group_nouns.csv"))


def names_as_group(masked: str, a: Attribution) -> bool:
    """Whether group subject ``a`` names words in the present simple after a bare plural of two words or more,
    whose plural noun names people.  Only adverbs of habit stand between the group and its verb: a plain form after
    "rushed to" or "did" tells of one occasion ("officials rushed to describe it as “…”"); a particle after it gives
    the verb another sense ("officials call for “…”")."""
    if a.how != "group" or not a.speaker_text or not a.cue or a.cue.lower() not in _plural_naming():
        return False
    words = key(group_as_written(a)).split()
    between = masked[a.start + len(a.speaker_text):a.cue_start].lower().split()
    after = masked[a.cue_start + len(a.cue):a.cue_start + len(a.cue) + 12].lower().split()[:1]
    return (len(words) >= 2 and words[0] not in _DETERMINERS and words[-1] in _people_plurals()
            and all(w in _kind("habit") for w in between) and not set(after) & _kind("plural_present_not"))
