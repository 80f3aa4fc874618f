"""The phrases the account of an article looks for in a text, as patterns: :mod:`~dossier.extractors.mentions.mention_search` reads them.

Aliases, descriptions, pronouns and bodies named without their state
(:mod:`~dossier.extractors.mentions.mention_vocab`'s tables), as one pattern, one pattern per first word,
and the first and second words a text's words must hold for one to start there.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from .mention_vocab import descriptions, home_bodies, known, pronouns

@functools.cache
def _phrases() -> frozenset[str]:
    return frozenset({*known(), *descriptions(), *pronouns(), *home_bodies()})


@functools.cache
def phrase_firsts() -> frozenset[str]:
    """First words of the phrases of :func:`phrase_re`, lower case: only words of the text starting with one are tried."""
    return frozenset(re.match(r"\w+", w).group(0) for w in _phrases())


@functools.cache
def phrase_seconds() -> dict[str, frozenset[str] | None] | None:
    """The first word of each phrase of :func:`phrase_re`, to the words that follow it in a phrase.

    Words as :func:`dossier.extractors.mentions.word_index.list_words` lists a text's:
    runs of ``\\w``, ASCII in lower case.  A first word maps to None when
    any word (or none) may follow it: it is a phrase alone, or a word
    beyond ASCII follows it.  The table is None when a phrase starts with
    a word beyond ASCII, whose case a text's word list does not tell.
    """
    out: dict[str, set[str] | None] = {}
    for phrase in _phrases():
        words = re.findall(r"\w+", phrase)
        if not words[0].isascii():
            return None
        if len(words) == 1 or not words[1].isascii():
            out[words[0]] = None
        elif (seconds := out.setdefault(words[0], set())) is not None:
            seconds.add(words[1])
    return {w: None if s is None else frozenset(s) for w, s in out.items()}


@functools.cache
def phrase_re() -> re.Pattern:
    """Aliases, descriptions, pronouns and bodies named without their state, whichever is longest at a position.

    The vocabularies write a straight apostrophe (:func:`~dossier.extractors.mentions.mention_vocab.key`); the text may hold either ("Pyongyang’s state media").
    """
    return _phrase_pattern(_phrases())


@functools.cache
def phrase_re_by_first() -> dict[str, re.Pattern] | None:
    """:func:`phrase_re` of the phrases of each first word alone (lower case, as :func:`phrase_firsts`).

    Where a text's word is that word, in ASCII, only those phrases can match, and of them the longest is tried first
    either way: the pattern finds what :func:`phrase_re` does there, and tries a few phrases where a case-insensitive
    alternation of all tries their first letters one after the other.  None when a phrase starts with a word beyond
    ASCII, which a word in ASCII may match in another case.
    """
    by_first: dict[str, list[str]] = {}
    for phrase in _phrases():
        by_first.setdefault(re.match(r"\w+", phrase).group(0), []).append(phrase)
    if not all(w.isascii() for w in by_first):
        return None
    return {w: _phrase_pattern(phrases) for w, phrases in by_first.items()}


def _phrase_pattern(phrases) -> re.Pattern:
    either = alternation(sorted(phrases)).replace("'", "['’]")
    # A name joined to a lower-case word by a hyphen modifies what follows ("the Seoul-based institute",
    # "Moscow-backed forces"): it names no one.
    return re.compile(rf"\b(?i:{either})\b(?!-[a-z])")
