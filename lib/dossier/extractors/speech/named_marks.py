"""A name in marks that introduces someone ("call sign “Vikhor,”") is a name, not quoted words, for the account.

An article's quoted words are masked before the account reads who is who (:func:`~dossier.text.quote_marks.mask`),
so that nothing said becomes a mention.  But "a sergeant of the brigade, call sign “Vikhor,” took part …" or "a
commander who gives his call sign as "Sova"" puts in marks the one name the person is then known by: an analyst
reads it as their name, and the "he" after it as theirs.  Such marks are left unmasked: one capitalised word,
right after what introduces a name (``data/name_intros.csv``) or after a comma and a call sign's words
(``data/name_appositions.csv``).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_list
from ..mentions.speaker_vocab import name_intro_phrases

__all__ = ["names_one"]

_ONE_NAME = re.compile(r"[^\W\d_][\w’'\-]*[,.]?")  # "Vikhor," (its comma inside the marks)


@functools.cache
def _introduced() -> re.Pattern:
    """What introduces one name, ending right before its opening mark."""
    apposed = alternation(load_list("name_appositions.csv"))
    return re.compile(rf"(?:\b(?i:{alternation(name_intro_phrases())}),?|,\s+(?i:{apposed}))\s*\Z")


def names_one(text: str, q) -> bool:
    """Whether the marked stretch ``q`` (:class:`~dossier.text.quote_marks.Marked`) of ``text`` is one name that the
    words before it introduce someone by."""
    if len(q.parts) != 1:
        return False
    s, e = q.parts[0]
    words = text[s:e].strip()
    return (words[:1].isupper() and _ONE_NAME.fullmatch(words) is not None
            and _introduced().search(text, max(0, q.open_at - 60), q.open_at) is not None)
