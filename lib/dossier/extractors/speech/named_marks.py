"""A name in marks that introduces someone ("call sign “Vikhor,”") is a name, not quoted words, for the account.

An article's quoted words are masked before the account reads who is who (:func:`~dossier.text.quote_marks.mask`),
so that nothing said becomes a mention.  But "a sergeant of the brigade, call sign “Vikhor,” took part …" or "a
commander who gives his call sign as "Sova"" puts in marks the one name the person is then known by: an analyst
reads it as their name, and the "he" after it as theirs.  Such marks are left unmasked: one capitalised word,
right after what introduces a name (``data/name_intros.csv``) or after a comma and a call sign's words
(``data/name_appositions.csv``).

:func:`call_sign_after` tells a member of a group given a call sign ("One of our company commanders, call sign
"Tundra", told us") from one given a surname ("One of the prisoners, identified only by his surname Ri"): a call sign
is the name an analyst keeps as written; a surname alone is charted by the group's role.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_list
from ..mentions.mention_search import unit_before
from ..mentions.speaker_vocab import name_intro_phrases

__all__ = ["call_sign_after", "names_one"]

_CLAUSE_CHARS = 80  # "One of our company commanders, call sign": how far on the call sign may be
_CLAUSE_END = re.compile(r"[.;:#“”\n]")
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
    intro = _introduced().search(text, max(0, q.open_at - 60), q.open_at)
    # (A unit's call sign, "The battalion, call sign “Storm”,", names no one.)
    return (words[:1].isupper() and _ONE_NAME.fullmatch(words) is not None and intro is not None
            and not (intro.group(0).startswith(",") and unit_before(text, intro.start())))


@functools.cache
def _call_sign_words() -> re.Pattern:
    """ ", call sign “Tundra”": an apposition of a call sign's words and the name (read only after a comma, as
    ``data/name_appositions.csv`` says: "told us the call sign “Bear” was theirs" gives him no name)."""
    return re.compile(rf",\s+(?i:{alternation(load_list('name_appositions.csv'))})\s+[“\"‘«]?[^\W\d_]")


def call_sign_after(text: str, end: int) -> bool:
    """Whether an apposition giving a call sign ("call sign", "nom de guerre") follows ``end`` in the clause."""
    m = _call_sign_words().search(text, end, end + _CLAUSE_CHARS)
    return m is not None and not _CLAUSE_END.search(text, end, m.start())
