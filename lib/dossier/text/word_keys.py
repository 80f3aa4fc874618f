"""The words of a theme lexicon and of the text it is matched in: their keys, and hyphenated compounds joined.

A word (:data:`dossier.text.words.TERM_WORD`) is matched on its key
(:func:`word_key`): lower case, spelling variants folded
(``data/spellings.csv``, -ise/-ize), Snowball stem.  A text is read as its
words and the gaps between them (:class:`Words`); "multi-polar" is read both
as two words and as one compound (:class:`Joined`), so that a term written
either way matches both.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import compress, islice
from typing import NamedTuple

from nltk.stem.snowball import SnowballStemmer

from .words import TERM_WORD
from ..vocab import load_table

_WORD_PARTS = re.compile(f"({TERM_WORD.pattern})")
_HYPHENS = frozenset("-‐‑")
_ISE = re.compile(r"is(e|es|ed|ing|ation|ations)$")


@functools.cache
def _stemmer() -> SnowballStemmer:
    return SnowballStemmer("english")


@functools.cache
def spellings() -> dict[str, str]:
    """Spelling variants (``data/spellings.csv``) to the standard spelling a word is keyed by."""
    table = load_table("spellings.csv")
    return dict(zip(table["variant"], table["standard"]))


@functools.lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The form a word is matched on: lower case, spelling folded, Snowball stem."""
    w = word.lower().replace("’", "'").replace(".", "")
    w = spellings().get(w, w)
    if len(w) >= 7:
        w = _ISE.sub(r"iz\1", w)
    return _stemmer().stem(w)


class Words(NamedTuple):
    """The words of a text and their keys.

    ``parts`` is the text split around its words: gap, word, gap, …, word,
    gap.  Word ``i`` is ``parts[2 * i + 1]``, the text between it and the
    next ``parts[2 * i + 2]``.
    """

    parts: list[str]
    keys: list[str]


class _KeyCache(dict):
    """word -> :func:`word_key`, looked up faster in bulk than the function's own cache."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 200_000:
            self.clear()
        self[word] = key = word_key(word)
        return key


# Looked up a word at a time: ``WORD_KEYS[word]`` is ``word_key(word)``.
WORD_KEYS = _KeyCache()


def split_words(text: str) -> Words:
    """``text`` split into its words and the gaps between them, with the words' keys."""
    # One split and a C-level map(), no match objects: the words are the bulk of the work.
    parts = _WORD_PARTS.split(text)
    return Words(parts, list(map(WORD_KEYS.__getitem__, parts[1::2])))


def word_offsets(parts: list[str], words: set[int]) -> dict[int, int]:
    """Where each of ``words`` (indices) starts in the text split into ``parts``."""
    # Offsets of the words hit only: the lengths between them, joined, cost less
    # than an offset for every word.
    at, done, out = 0, 0, {}
    for i in sorted(words):
        at += len("".join(parts[done : 2 * i + 1]))
        done = 2 * i + 1
        out[i] = at
    return out


class Joined(NamedTuple):
    """The words read with hyphenated compounds ("multi-polar") joined into one token each."""

    keys: list[str]  # one per token
    compounds: list[int]  # the tokens that join words, in order
    spans: list[tuple[int, int]]  # the first and last word of each of them
    absorbed: list[int]  # words the first k compounds took in beyond their first

    def words(self, token: int) -> tuple[int, int]:
        """The first and last word of ``token``."""
        k = bisect_right(self.compounds, token)
        if k and self.compounds[k - 1] == token:
            return self.spans[k - 1]
        return token + self.absorbed[k], token + self.absorbed[k]


def join_compounds(words: Words) -> Joined | None:
    """``words`` read with each hyphenated compound as one token; None when no hyphen joins two words."""
    parts = words.parts
    # A set lookup per gap, in C: a Python step per hyphen, not per gap.
    links = list(compress(range(len(parts) // 2 - 1), map(_HYPHENS.__contains__, islice(parts, 2, len(parts) - 1, 2))))
    if not links:
        return None
    keys, compounds, spans, absorbed = [], [], [], [0]
    done = k = 0
    while k < len(links):
        first = last = links[k]
        while k < len(links) and links[k] == last:
            last += 1
            k += 1
        keys += words.keys[done:first]
        compounds.append(len(keys))
        keys.append(word_key("".join(words.parts[2 * first + 1 : 2 * last + 2 : 2])))
        spans.append((first, last))
        absorbed.append(absorbed[-1] + last - first)
        done = last + 1
    return Joined(keys + words.keys[done:], compounds, spans, absorbed)


# The word after a hit, past spaces and the closing marks of a possessive.
_NEXT_WORD = re.compile(r"(?:['’]s?)?\s+([^\W\d_][\w'’.-]*)")
# What may stand before a sentence's first word: quotation marks, brackets, dashes.
_OPENERS = "\"“‘'([—–-:"


def in_proper_name(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` of a sentence are written as part of a proper name.

    They are when capitalised, not in capitals throughout (a heading), and
    either inside the sentence ("the Sovereignty Street") or followed by
    another capitalised word ("Victor Cha", at the sentence's start too);
    never in a sentence written in title case, as headlines are.
    """
    if not text[start:start + 1].isupper() or text[start:end].isupper():
        return False
    if _title_case(text):
        return False
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1)[0].isupper():
        return True
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _OPENERS


def _title_case(text: str) -> bool:
    """Whether every longer word of a sentence is capitalised, as in a headline; a sentence's verbs are not."""
    words = [w for w in TERM_WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)
