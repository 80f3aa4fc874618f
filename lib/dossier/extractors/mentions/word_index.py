"""An article's words, listed once, and the words each search for who speaks may start at.

:class:`WordIndex` lists the words of a text (offsets, lower case, flags for
capitals and letters beyond ASCII) from the array of its code points, and
knows, per search (a reporting verb, a subject, a medium, a mention of
:mod:`~dossier.extractors.mentions.discourse`), the words it can start at: the first
words of the vocabulary's entries, any capitalised word for a subject, and
any word beyond ASCII.  :class:`~dossier.extractors.speech.speakers.MaskedText` and
the account of who is who search from these words only.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

import numpy as np

from ...vocab import load_list, load_table
from .mention_vocab import descriptions
from .speaker_vocab import (
    anaphors,
    channel_aliases,
    content_verbs,
    cue_words,
    document_words,
    possessive_genders,
    speaker_aliases,
)
from .plain_verbs import plain_verbs

__all__ = ["MEMBER_DETERMINERS", "SUBJECT_DETERMINERS", "WordIndex", "list_words"]

# The words a subject of a group of people opens with ("the officials", "two lawmakers").
SUBJECT_DETERMINERS = ("the", "both", "two", "several", "many", "some", "another", "an", "a")  # "an" before "a": the longer first
# "One of our commanders told me": the writer's own people, a group one member is picked out of (only after "one of").
MEMBER_DETERMINERS = ("our",)

_WORD_RUN = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")
_TWO_WORD_CHARS = re.compile(r"\w\w")


def _first_words(entries) -> frozenset[str] | None:
    """The first word of each entry: an entry can only be found where a word of the text starts with it.

    None when an entry's first word is not plain ASCII: case-insensitive
    matching may then equate it with other letters, so every word is tried.
    """
    firsts = set()
    for entry in entries:
        m = _WORD_RUN.match(entry)
        if m is None:
            raise ValueError(f"vocabulary entry {entry!r} must start with a letter or digit")
        if not m.group(0).isascii():
            return None
        firsts.add(m.group(0).lower())
    return frozenset(firsts)


@functools.cache
def _openers() -> dict[str, frozenset[str] | None]:
    """For each search of :class:`MaskedText`, the words it can start at (besides capitalised ones for subjects)."""
    verbs = cue_words().verbs
    return {
        # ("complains that", "Analysts warn": see speaker_vocab.content_verb and plain_verb)
        "cue": _first_words([*verbs, *content_verbs(), *plain_verbs()]),
        # (A possessive, "His statement said", opens a subject as a capitalised word: "his" is too common a word.)
        "subject": _first_words([*speaker_aliases(), *(a for a in anaphors() if a not in possessive_genders()),
                                 *SUBJECT_DETERMINERS, *MEMBER_DETERMINERS, *load_list("former_words.csv")]),
        "according": frozenset({"according"}),
        "channel": _first_words(channel_aliases()),
        "person": _first_words(k for k, v in speaker_aliases().items() if v.kind == "person"),
        "speaker": _first_words(speaker_aliases()),
        # Where a mention of :mod:`dossier.discourse` may start: an alias, a description or a pronoun.
        "mention": _first_words([*speaker_aliases(), *channel_aliases(), *_mention_phrases()]),
        # The nouns of documents of words, each one word (see WordIndex.words_of).
        "document": frozenset(document_words()),
        # The first words of what introduces someone by one name only ("identified only as Park").
        "intro": _first_words(load_table("name_intros.csv").phrase),
        # The verbs of recalling that open what :func:`dossier.extractors.speech.hearsay.recalled_speaker` looks for.
        "recall": _first_words(load_table("recall_verbs.csv").word),
    }


@functools.cache
def _mention_phrases() -> list[str]:
    """The descriptions, pronouns and bodies without a state :mod:`dossier.discourse` reads, for :func:`_openers`."""
    # ("a", "an", "one", "the" open the phrases it makes of titles and nouns: "a ministry official".)
    return [*descriptions(), *load_table("pronouns.csv").pronoun, *load_table("home_bodies.csv").phrase,
            "the", "a", "an", "one"]


@functools.cache
def _opener_bits() -> dict[str, int]:
    """Each word some search can start at, with one bit per search (its place in :func:`_openers`)."""
    bits: dict[str, int] = {}
    for n, firsts in enumerate(_openers().values()):
        for word in firsts or ():
            bits[word] = bits.get(word, 0) | 1 << n
    return bits


@functools.cache
def _char_tables() -> tuple[np.ndarray, np.ndarray]:
    """Per character of the Basic Multilingual Plane: its code in :func:`list_words`'s lower case, and its flags.

    Word characters (``\\w``) keep their code, ASCII letters lower-cased;
    every other character becomes a space.  Flags: 1 for an ASCII capital,
    2 for a word character that is not ASCII.
    """
    plane = np.arange(0x10000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    spaced = _NON_WORD.sub(lambda m: " " * len(m.group()), plane)
    codes = np.frombuffer(spaced.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    word = codes != 32
    codes[:128] = [ord(c.lower()) if w else 32 for c, w in zip(plane[:128], word[:128])]
    flags = np.zeros(0x10000, dtype=np.uint8)
    flags[ord("A"):ord("Z") + 1] = 1
    flags[128:][word[128:]] = 2
    return codes, flags


def list_words(text: str) -> tuple[np.ndarray, list[str], np.ndarray]:
    """The words of ``text`` (runs of ``\\w``), for :class:`MaskedText`.

    Returns their offsets, their lower case, and their flags (see
    :func:`_char_tables`, or-ed over the word).  Worked out on the array of
    the text's code points: a regular expression steps through an article's
    characters more slowly than everything else done to it.  The lower case
    is exact for words of ASCII characters only; the others are tried by
    every search anyway.
    """
    codes = np.frombuffer((" " + text + " ").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    lower_of, flags_of = _char_tables()
    if codes.max() > 0xFFFF:  # a character beyond the tables: looked up one by one
        astral = np.unique(codes[codes > 0xFFFF]).tolist()
        spaced = lower_of[np.minimum(codes, 0xFFFF)]
        flags = flags_of[np.minimum(codes, 0xFFFF)]
        for c in astral:
            if chr(c).isalnum():
                spaced[codes == c], flags[codes == c] = c, 2
    else:
        spaced, flags = lower_of.take(codes), flags_of.take(codes)  # take: a few times faster than indexing
    word = spaced != 32
    # The padding spaces make boundaries alternate, start then end, at offsets into ``text``.
    starts = np.flatnonzero(word[1:] != word[:-1])[::2]
    lower = spaced.tobytes().decode("utf-32-le", "surrogatepass").split()
    marks = np.bitwise_or.reduceat(flags, starts + 1) if lower else flags[:0]  # over each word and the separator after it
    return starts, lower, marks


class WordIndex:
    """The words of a text, and for each search the offsets of the words it may start at.

    This finds exactly what searching every position would: every pattern
    starts at a word boundary, a word of plain ASCII letters is compared
    lower-cased with the vocabulary's first words, and any other word, and
    the word that ``hi`` cuts (which reads shorter there), is always tried.
    """

    def __init__(self, text: str):
        self.text = text
        self._word_array, self.lower, self._marks = list_words(text)
        lower = self.lower
        # One look-up per word for every search: the searches that may start there, a bit each.
        self._bits = np.fromiter(map(_opener_bits().get, lower, itertools.repeat(0)), dtype=np.int64, count=len(lower))
        self._at: dict[str, list[int]] = {}
        self._cut: dict[int, int] = {}  # see cut_word

    @functools.cached_property
    def _word_starts(self) -> list[int]:
        return self._word_array.tolist()

    def words(self) -> tuple[np.ndarray, list[str], np.ndarray]:
        """The text's words as :func:`list_words` gives them: offsets, lower case, flags."""
        return self._word_array, self.lower, self._marks

    def word_starts(self, kind: str) -> list[int]:
        """Offsets of the words a search of ``kind`` (a key of :func:`_openers`) may start at, any word beyond ASCII included."""
        if kind not in self._at:
            if _openers()[kind] is None:
                self._at[kind] = self._word_starts
            else:
                picked = (self._bits & 1 << list(_openers()).index(kind)) != 0
                # Also any word that is not ASCII, and for a subject any capitalised word (a name, "The").
                picked |= self._marks >= 2 if kind != "subject" else self._marks != 0
                self._at[kind] = self._word_array[picked].tolist()
        return self._at[kind]

    def words_of(self, kind: str) -> list[int]:
        """Offsets of the words that are first words of a search of ``kind``, as listed: none added beyond ASCII."""
        return self._word_array[(self._bits & 1 << list(_openers()).index(kind)) != 0].tolist()

    def candidates(self, kind: str, lo: int, hi: int) -> list[int]:
        """Offsets in ``text[lo:hi]`` where a search of ``kind`` may start, with the word that ``hi`` cuts."""
        at = self._at.get(kind) or self.word_starts(kind)
        out = at[bisect.bisect_left(at, lo):bisect.bisect_left(at, hi)]
        start = self._cut.get(hi)
        if start is None:
            start = self.cut_word(hi)
        if start >= lo and (not out or out[-1] != start):
            out.append(start)  # the word that hi cuts reads shorter up to hi than in the article: always try it
        return out

    def cut_word(self, hi: int) -> int:
        """Start of the word that ``hi`` falls inside, else -1."""
        start = self._cut.get(hi)
        if start is None:
            start = -1
            if 0 < hi < len(self.text) and _TWO_WORD_CHARS.match(self.text, hi - 1):
                start = self._word_starts[bisect.bisect_right(self._word_starts, hi - 1) - 1]
            self._cut[hi] = start
        return start

    def matches(self, pattern: re.Pattern, kind: str, lo: int, hi: int) -> list[re.Match]:
        """``list(pattern.finditer(text, lo, hi))``, trying only the words ``kind`` can start at."""
        found = []
        end = lo
        for s in self.candidates(kind, lo, hi):
            if s >= end and (m := pattern.match(self.text, s, hi)):
                found.append(m)
                end = m.end()
        return found
