"""A theme lexicon: read from its CSV, checked, and compiled for matching.

A theme lexicon lists words and phrases per theme: the packaged
``data/themes.csv``, or an analyst's own CSV with the same columns
(``theme,term`` required; ``near,avoid,window,voice,names,notes`` optional).  A term
matches on the keys of its words (:func:`dossier.text.word_keys.word_key`),
in any case, with hyphenated and closed compounds alike ("multi-polar",
"multipolar") and spelling variants folded.  A term written ``re:<pattern>``
is a regular expression (:mod:`dossier.extractors.rhetoric.themes_patterns`), for
words whose meaning depends on their neighbours ("just" the adjective, not
the adverb).

A term may be guarded, in the lexicon, against the other senses of its
words: ``near`` lists words (``|`` between them) one of which must stand
within ``window`` words of the hit ("eternal" near friendship or alliance;
a negative window looks before the hit only),
``avoid`` words none of which may ("sovereign" not before debt or wealth),
``voice`` ``state`` keeps only the hits inside a state speaker's quote
("aggressors" in Kim's words, not in Kyiv's), ``voice`` ``stated`` drops a hit
the sentence relays as a name someone gave a thing, in a short quotation after
a naming verb ("called the deployment a “sacred mission”",
:mod:`dossier.extractors.rhetoric.themes_naming`), and ``names`` ``no`` drops a
hit written as part of a proper name ("Victor Cha", "Independence Square").
"""

from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ...exceptions import ParameterError
from ...vocab import load_table
from .themes_patterns import REGEX_PREFIX, compile_pattern, pattern_needle
from ...text.word_keys import join_compounds, spellings, split_words, word_key

LEXICON_COLUMNS = ("theme", "term", "near", "avoid", "window", "voice", "names", "notes")
DEFAULT_WINDOW = 4
# "stated": the hit counts where its words are stated, not where a naming verb relays them as a name.
VOICES = ("any", "state", "stated")
# A hit that is part of a proper name counts (empty, "yes") or not ("no").
NAMES = ("yes", "no")


class Term(NamedTuple):
    """A stem term: its theme, the term as the lexicon writes it, and the keys of its words."""

    theme: str
    term: str
    keys: tuple[str, ...]


class Guard(NamedTuple):
    """What a term's hit needs around it to count: see the module docstring.

    ``near`` and ``avoid`` hold the key sequences of their words or
    phrases, indexed by their first key.
    """

    near: dict[str, tuple[tuple[str, ...], ...]]
    avoid: dict[str, tuple[tuple[str, ...], ...]]
    window: int
    state: bool
    names: bool = False  # a hit written as part of a proper name does not count
    longest: int = 1  # the most words of a word or phrase of near or avoid
    # Found in the lower-case text around a hit whenever one of near's (avoid's) words
    # stands there: most hits are judged without cutting the text around them into words.
    near_probe: re.Pattern | None = None
    avoid_probe: re.Pattern | None = None
    stated: bool = False  # a hit relayed as a name in a short quotation after a naming verb does not count
    before: bool = False  # near and avoid look before the hit only (a negative window)


class Lexicon(NamedTuple):
    """A compiled theme lexicon: stem sequences indexed by their first stem, and regular expressions.

    ``needles`` holds, for each of ``patterns``, text that every match of it
    contains (lower case, ASCII; empty when none is known): a sentence
    without it is not searched.  ``starts`` finds, in lower-case text, the
    places where a stem term may start (:func:`_starts_pattern`; None: any
    word), and ``longest`` is the most words of a stem term.  ``guards``
    holds the guard of each guarded ``(theme, term)``.
    """

    by_first: dict[str, list[Term]]
    patterns: list[tuple[str, str, re.Pattern]]
    themes: list[str]
    needles: list[str]
    starts: re.Pattern | None = None
    longest: int = 0
    guards: dict[tuple[str, str], Guard] = {}


def read_lexicon(lexicon=None) -> pd.DataFrame:
    """The theme lexicon as a frame with the columns of :data:`LEXICON_COLUMNS`.

    Parameters
    ----------
    lexicon : str or Path, optional
        An analyst's CSV with columns ``theme,term``; ``near``, ``avoid``
        (words, ``|`` between them), ``window`` (words either side, default
        :data:`DEFAULT_WINDOW`; negative: before only), ``voice`` (``any``, the default,
        ``state`` or ``stated``), ``names`` (``yes``, the default, or ``no``) and
        ``notes`` are optional.  Lines starting with ``#``
        are comments.  None for the packaged ``data/themes.csv``.

    Raises
    ------
    ParameterError
        When the file is missing, lacks a column, has an empty theme or
        term, a window that is not a whole number of words, a voice other
        than ``any``, ``state`` or ``stated``, names other than ``yes`` or ``no``, or a ``re:`` term that is not a regular
        expression or could backtrack without bound.
    """
    if lexicon is None:
        table = load_table("themes.csv")
        where = "data/themes.csv"
    else:
        path = Path(lexicon)
        if not path.is_file():
            raise ParameterError(f"lexicon {str(path)!r} is not a file; give a CSV with columns theme,term,notes")
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = [r for r in csv.reader(f) if r and any(c.strip() for c in r) and not r[0].startswith("#")]
        if not rows:
            raise ParameterError(f"lexicon {str(path)!r} is empty; give a CSV with columns theme,term,notes")
        header = [c.strip().lower() for c in rows[0]]
        missing = [c for c in ("theme", "term") if c not in header]
        if missing:
            raise ParameterError(f"lexicon {str(path)!r} lacks column(s) {missing}; its header is {rows[0]}")
        table = pd.DataFrame([dict(zip(header, r)) for r in rows[1:]], columns=header, dtype="str").fillna("")
        where = str(path)
    table = table.assign(**{c: "" for c in LEXICON_COLUMNS if c not in table.columns})[list(LEXICON_COLUMNS)]
    table = table.assign(**{c: table[c].str.strip() for c in LEXICON_COLUMNS if c != "notes"})
    empty = table[(table["theme"] == "") | (table["term"] == "")]
    if len(empty):
        raise ParameterError(f"lexicon {where}: rows with an empty theme or term:\n{empty[['theme', 'term']]}")
    table = table.assign(voice=table["voice"].str.lower().replace(["", "nan"], VOICES[0]))
    table = table.assign(names=table["names"].str.lower().replace(["", "nan"], NAMES[0]))
    windows = []
    for theme, term, window, voice, names in zip(table["theme"], table["term"], table["window"], table["voice"], table["names"]):
        words = _window(window)
        if words is None:
            raise ParameterError(f"lexicon {where}: term {term!r} of theme {theme!r} has window {window!r}; give a number of words from 1 to 50 (negative: before the hit only)")
        if voice not in VOICES:
            raise ParameterError(f"lexicon {where}: term {term!r} of theme {theme!r} has voice {voice!r}; give one of {', '.join(VOICES)} (empty: any)")
        if names not in NAMES:
            raise ParameterError(f"lexicon {where}: term {term!r} of theme {theme!r} has names {names!r}; give yes or no (empty: yes)")
        windows.append(words)
    return table.assign(window=windows).drop_duplicates(["theme", "term"]).reset_index(drop=True)


def _window(cell: str) -> int | None:
    """The words either side a ``window`` cell gives (empty: the default); None when it gives none."""
    if cell in ("", "nan"):
        return DEFAULT_WINDOW
    try:
        words = float(cell)  # "4.0": a lexicon written back by pandas
    except ValueError:
        return None
    # A negative window looks before the hit only: "-6", a naming verb that names what follows it.
    return int(words) if words.is_integer() and 1 <= abs(words) <= 50 else None


def _context_keys(cell: str, theme: str, term: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The key sequences of the ``|``-separated words or phrases of a ``near`` or ``avoid`` cell, by their first key."""
    out = defaultdict(tuple)
    for item in filter(None, (i.strip() for i in cell.split("|"))):
        keys = tuple(split_words(item).keys)
        if not keys:
            raise ParameterError(f"lexicon term {term!r} of theme {theme!r}: {item!r} in near or avoid holds no word")
        out[keys[0]] += (keys,)
    return dict(out)


def compile_lexicon(table: pd.DataFrame) -> Lexicon:
    """Compile a lexicon frame (see :func:`read_lexicon`) for matching.

    A frame of ``theme`` and ``term`` alone will do: the guard columns are optional.
    """
    by_first: dict[str, list[Term]] = defaultdict(list)
    patterns = []
    guards = {}
    n = len(table)
    column = {c: table[c].fillna("").astype(str).tolist() if c in table.columns else [""] * n for c in ("near", "avoid", "window", "voice", "names")}
    for theme, term, near, avoid, window, voice, names in zip(table["theme"], table["term"], *column.values()):
        span = _window(window.strip()) or DEFAULT_WINDOW
        guard = Guard(
            _context_keys(near, theme, term),
            _context_keys(avoid, theme, term),
            abs(span),
            voice.strip().lower() == "state",
            names.strip().lower() == "no",
            stated=voice.strip().lower() == "stated",
            before=span < 0,
        )
        if guard.near or guard.avoid or guard.state or guard.names or guard.stated:
            longest = max((len(k) for items in (guard.near, guard.avoid) for seqs in items.values() for k in seqs), default=1)
            guards[(theme, term)] = guard._replace(longest=longest, near_probe=_probe(guard.near), avoid_probe=_probe(guard.avoid))
        if term.startswith(REGEX_PREFIX):
            patterns.append((theme, term, compile_pattern(term, theme)))
            continue
        words = split_words(term)
        joined = join_compounds(words) or words
        for keys in {tuple(words.keys), tuple(joined.keys)}:
            if keys:
                by_first[keys[0]].append(Term(theme, term, keys))
    longest = max((len(t.keys) for terms in by_first.values() for t in terms), default=0)
    return Lexicon(
        dict(by_first), patterns, list(dict.fromkeys(table["theme"])), [pattern_needle(p) for _, _, p in patterns], _starts_pattern(by_first), longest,
        guards,
    )


# Characters word_key drops from a word, or a compound from between its words.
_DROPPED = "[.\\-‐‑]*"


def key_root(key: str) -> str:
    """Lower-case ASCII text that every word (or hyphenated compound) keyed ``key`` starts with, dots and hyphens aside.

    A Snowball stem is the word cut short, but for its last letters it may
    write anew: e, i, y, l, le or ie (happy -> happi, possibility -> possibl,
    dying -> die): those go.  So do a z the -ise fold may have written, and
    anything from the first character that is not a plain letter or digit.
    (tests/extractors/rhetoric/test_themes.py checks a word of each kind of ending.)
    """
    root = re.match("[a-z0-9]*", key).group().split("z")[0]
    if root == key:
        root = root[:-2] if root.endswith(("le", "ie")) else root[:-1] if root.endswith(("e", "i", "l", "y")) else root
    return root


def _starts_pattern(by_first: dict[str, list[Term]]) -> re.Pattern | None:
    """A pattern matching, in lower-case text, the character before each word (or compound) a stem term may start with.

    None when some term's first stem has no root (every word would do).
    Spelling variants are folded before stemming, so they are roots too.
    """
    roots = {key_root(k) for k in by_first} | {key_root(v) for v in spellings()}
    if not by_first or "" in roots:
        return None
    # A word starts after a character that is no letter or digit; the one class before
    # the look-ahead lets re skip the letters of words quickly.
    return re.compile(f"[^0-9A-Za-z](?={_alternation(roots)})")


def _probe(items: dict[str, tuple[tuple[str, ...], ...]]) -> re.Pattern | None:
    """A pattern found, in the lowered text (``themes.lower_ascii``), in every stretch holding a word keyed as a first key of ``items``; None when there is none.

    The text is lowered as word keys are, so the pattern needs no IGNORECASE,
    which would make re lower every character it compares.
    """
    keys = set(items)
    roots = {key_root(k) for k in keys} | {key_root(v) for v in spellings() if word_key(v) in keys}
    # At a word's start only: "us" (U.S.) is no probe of "Russia".
    return None if not roots or "" in roots else re.compile(f"(?<![0-9a-z]){_alternation(roots)}")


def _alternation(roots: set[str]) -> str:
    """A pattern matching, in lower-case text, the start of a word (or compound) starting with one of ``roots``, dots and hyphens aside."""
    trie: dict = {}
    for root in roots:
        node = trie
        for ch in root:
            node = node.setdefault(ch, {})
        node[""] = {}

    def alternation(node: dict) -> str:
        if "" in node:  # a root ends here: what follows does not matter
            return ""
        alts = [re.escape(ch) + (_DROPPED if "" not in child else "") + alternation(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return alternation(trie)


@functools.cache
def packaged_lexicon() -> Lexicon:
    """The packaged lexicon (``data/themes.csv``), compiled once."""
    return compile_lexicon(read_lexicon(None))
