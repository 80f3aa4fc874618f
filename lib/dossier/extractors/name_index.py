"""A list of names compiled to be found fast in many texts: the name index of :mod:`~dossier.extractors.entities`.

Each name is a pattern in which spaces and hyphens between its parts are
interchangeable and a later part may start in either case
(:func:`name_pattern`).  :func:`compile_names` indexes the patterns by their
first two letters and, when every name can only match where a word starts
like it, joins them in one alternation, so a text is searched in one pass;
:func:`find` and :func:`find_columns` give the names found, leftmost first,
never overlapping.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import accumulate
from typing import NamedTuple

import numpy as np

__all__ = ["Hits", "Names", "compile_names", "find", "find_columns", "find_in", "name_pattern"]

_SEPARATOR = r"[\s\-‐‑]+"
_APOSTROPHE = "['’]"
_WORD_START = re.compile(r"\b\w")
_TEXT_BREAK = "\x00"


class Names(NamedTuple):
    """Name patterns, longest name first: indexed by their first two letters, lower case, and in one alternation.

    ``combined`` is None when a name's first two letters may be written so
    that they do not lower to its index key; ``entities[i]`` is the entity
    of the alternation's group ``i + 1``.  ``plain`` is the alternation
    without its groups, quicker to search.
    """

    by_start: dict[str, list[tuple[re.Pattern, str]]]
    combined: re.Pattern | None
    entities: list[str]
    plain: re.Pattern | None = None


def name_pattern(name: str) -> str:
    """A regular expression for ``name``: case-sensitive, but spaces and hyphens between its parts interchangeable.

    A part after the first may start in either case ("Kim Jong-un"), and so
    may a leading article ("the North", "The North"; "The Guardian", "the Guardian").
    """
    first, _, rest = _name_pieces(name)
    return first + rest


def _name_pieces(name: str) -> tuple[str, str, str]:
    """:func:`name_pattern` cut after its first character: that character's pattern, the characters it matches, the rest."""
    parts = re.split(_SEPARATOR, name.strip())
    loose_first = parts[0].lower() == "the"
    pieces = []  # per part, (pattern, characters matched) of each character
    for i, part in enumerate(parts):
        chars = []
        for j, ch in enumerate(part):
            if ch in "'’":
                chars.append((_APOSTROPHE, "'’"))
            elif j == 0 and ch.isalpha() and (i > 0 or loose_first):
                chars.append((f"[{re.escape(ch.lower())}{re.escape(ch.upper())}]", ch.lower() + ch.upper()))
            else:
                chars.append((re.escape(ch), ch))
        pieces.append(chars)
    pattern = _SEPARATOR.join("".join(p for p, _ in chars) for chars in pieces)
    if not pieces[0]:
        return "", "", pattern
    first, letters = pieces[0][0]
    return first, letters, pattern[len(first) :]


def compile_names(names: list[tuple[str, str]], suffix: str = "") -> Names:
    # A name is tried only at a word starting like it (its first two letters, lower case),
    # longest first, so that "Kursk region" wins.
    ordered = sorted(names, key=lambda n: len(n[0]), reverse=True)
    by_start: dict[str, list[tuple[re.Pattern, str]]] = defaultdict(list)
    for name, entity in ordered:
        by_start[name[:2].lower()].append((re.compile(rf"{name_pattern(name)}{suffix}(?!\w)"), entity))
    combined, entities, plain = None, [], None
    if all(_starts_like_its_key(name) and _TEXT_BREAK not in name for name, _ in ordered):
        combined, entities = _alternation(ordered, suffix)
        if combined is not None:
            plain = _alternation(ordered, suffix, groups=False)[0]
    return Names(dict(by_start), combined, entities, plain)


def _alternation(ordered: list[tuple[str, str]], suffix: str, groups: bool = True) -> tuple[re.Pattern | None, list[str]]:
    """One pattern finding ``ordered`` names as :func:`find` tries them, and the entity of each of its groups.

    Valid only when every name can match only where a word starts like it
    (:func:`_starts_like_its_key`): then at a word start the first name that
    matches, in order, is the one the index would give, and no Python loop over
    words is needed.  The alternatives are grouped under the first character
    they match, so that re tries only the names starting like the word; an
    empty group at the end of each says which name matched (none when not ``groups``).
    """
    by_letter: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, entity in ordered:
        _, letters, rest = _name_pieces(name)
        for letter in letters:
            by_letter[letter].append((rf"{rest}{suffix}(?!\w){'()' if groups else ''}", entity))
    # The first character before the look back for a word start: a pattern starting with a
    # choice of plain characters lets re skip ahead to the next of them, not try each position.
    # re tries the branches in turn: lower case first, as running text is mostly lower case.
    letters = sorted(by_letter, key=lambda c: not c.islower())
    branches = [rf"{re.escape(c)}(?<!\w.)(?:{'|'.join(p for p, _ in by_letter[c])})" for c in letters]
    entities = [entity for c in letters for _, entity in by_letter[c]]
    combined = re.compile("|".join(branches))
    return (combined, entities) if combined.groups == (len(entities) if groups else 0) else (None, [])


def _starts_like_its_key(name: str) -> bool:
    """Whether the first two characters of every match of ``name`` lower to ``name[:2].lower()``.

    So for an ASCII name whose first part has two characters or more, neither an apostrophe
    (which matches either apostrophe): :func:`name_pattern` keeps them as written, or lets
    a leading article's first letter take either case.
    """
    head = name[:2]
    first = re.split(_SEPARATOR, name.strip())[0]
    return name == name.strip() and len(first) >= 2 and head.isascii() and not set(head) & set("'’") and bool(_WORD_START.match(head))


def find(names: Names, text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, entity, surface)`` of the names in ``text``, leftmost first, never overlapping."""
    if names.combined is not None:
        entity = names.entities
        return [(m.start(), m.end(), entity[m.lastindex - 1], m.group()) for m in names.combined.finditer(text)]
    found, pos = [], 0
    for w in _WORD_START.finditer(text):
        if w.start() < pos:
            continue
        for pattern, entity in names.by_start.get(text[w.start() : w.start() + 2].lower(), ()):
            m = pattern.match(text, w.start())
            if m:
                pos = m.end()
                found.append((m.start(), m.end(), entity, m.group()))
                break
    return found


class Hits(NamedTuple):
    """Names found in a list of texts, as columns: the text, offsets in it, entity and surface of each."""

    text: np.ndarray
    start: np.ndarray
    end: np.ndarray
    entity: list[str]
    surface: list[str]


def find_columns(names: Names, texts: list[str]) -> Hits:
    """The names in each of ``texts``, as :func:`find` gives them for each, texts in order."""
    if names.plain is None:
        found = [(i, *hit) for i, text in enumerate(texts) for hit in find(names, text)]
        i, s, e, entity, surface = zip(*found) if found else ((), (), (), (), ())
        return Hits(np.array(i, dtype=np.int64), np.array(s, dtype=np.int64), np.array(e, dtype=np.int64), list(entity), list(surface))
    # One search of the texts joined by a character no name holds: to the name
    # patterns' look-arounds it reads as the end of one text and the start of the next.
    joined = _TEXT_BREAK.join(texts)
    s, e, surface = [], [], []
    # The alternation without groups: a match object makes room for every group.
    for m in names.plain.finditer(joined):
        start, end = m.span()
        s.append(start)
        e.append(end)
        surface.append(m.group())
    # The names of one first character share their look-arounds, so where a surface is found
    # the first name matching it is the same: the groups are read once a surface.
    who: dict[str, str] = {}
    for start, name in zip(s, surface):
        if name not in who:
            who[name] = names.entities[names.combined.match(joined, start).lastindex - 1]
    at = np.fromiter(accumulate((len(t) + 1 for t in texts[:-1]), initial=0), dtype=np.int64)
    s, e = np.array(s, dtype=np.int64), np.array(e, dtype=np.int64)
    i = np.searchsorted(at, s, side="right") - 1
    return Hits(i, s - at[i], e - at[i], list(map(who.__getitem__, surface)), surface)


def find_in(names: Names, texts: list[str]) -> list[tuple[int, int, int, str, str]]:
    """``(i, start, end, entity, surface)`` of the names in each of ``texts``, as :func:`find` gives them for ``texts[i]``."""
    hits = find_columns(names, texts)
    return list(zip(hits.text.tolist(), hits.start.tolist(), hits.end.tolist(), hits.entity, hits.surface))
