"""Rhetorical themes: where the alliance's framing words appear, and in whose voice.

A theme lexicon lists words and phrases per theme: the packaged
``data/themes.csv``, or an analyst's own CSV with the same columns
(``theme,term`` required; ``near,avoid,window,voice,notes`` optional).  A term
matches on Snowball word stems, in any case, with hyphenated and closed
compounds alike ("multi-polar", "multipolar") and spelling variants folded
(``data/spellings.csv``, -ise/-ize).  A term written ``re:<pattern>`` is a
regular expression, for words whose meaning depends on their neighbours
("just" the adjective, not the adverb); one that could backtrack without
bound (a repeat inside a repeat, alternatives inside a repeat) is refused.

A term may be guarded, in the lexicon, against the other senses of its
words: ``near`` lists words (``|`` between them) one of which must stand
within ``window`` words of the hit ("eternal" near friendship or alliance),
``avoid`` words none of which may ("sovereign" not before debt or wealth),
and ``voice`` ``state`` keeps only the hits inside a state speaker's quote
("aggressors" in Kim's words, not in Kyiv's).

A hit is in the ``state`` voice when it overlaps the quoted words of a DPRK
or Russian official or state body (the quotes frame's speaker, through
``quotes.speaker_affiliation``), else in the ``reporting`` voice.
"""

from __future__ import annotations

import csv
import functools
import re
from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate, compress, islice
from pathlib import Path
from re import _constants, _parser  # the parsed pattern: its needle, and whether it may backtrack without bound
from typing import NamedTuple

import numpy as np
import pandas as pd
from nltk.stem.snowball import SnowballStemmer

from .. import schema
from ..exceptions import ParameterError
from ..text.sentences import sentences_for
from ..vocab import load_table
from .quotes import speaker_affiliation

REGEX_PREFIX = "re:"
LEXICON_COLUMNS = ("theme", "term", "near", "avoid", "window", "voice", "notes")
DEFAULT_WINDOW = 4
VOICES = ("any", "state")
STATE_AFFILIATIONS = frozenset({"dprk_state", "russia_state"})

# "U.S." is one word; otherwise letters and digits with inner apostrophes ("nation's").
# Written so that re commits early (no repeat of "U.S." tried at every word; possessive
# runs): the same words as (?:[A-Za-z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*, a tenth faster.
_WORD = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)++|[^\W_]++(?:['’][^\W_]++)*+")
_WORD_PARTS = re.compile(f"({_WORD.pattern})")
_HYPHENS = frozenset("-‐‑")
_TEXT_BREAK = "\x00"
_BATCH = 2000
# Characters of text read for each word of a guard's window, nearly thrice an English word and
# its space: a stretch with fewer spaces than words is read to the sentence's end instead.
_CHARS_PER_WORD = 16
# Words of a phrase may be split by spaces, hyphens and quotation marks (Western “aggression”),
# never by a comma or a full stop: those end the phrase.
_PHRASE_GAP = re.compile(r"[\s\-‐‑\"“”'‘’]+")
_ISE = re.compile(r"is(e|es|ed|ing|ation|ations)$")


class _Term(NamedTuple):
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
    longest: int = 1  # the most words of a word or phrase of near or avoid
    # Found in the lower-case text around a hit whenever one of near's (avoid's) words
    # stands there: most hits are judged without cutting the text around them into words.
    near_probe: re.Pattern | None = None
    avoid_probe: re.Pattern | None = None


class Lexicon(NamedTuple):
    """A compiled theme lexicon: stem sequences indexed by their first stem, and regular expressions.

    ``needles`` holds, for each of ``patterns``, text that every match of it
    contains (lower case, ASCII; empty when none is known): a sentence
    without it is not searched.  ``starts`` finds, in lower-case text, the
    places where a stem term may start (:func:`_starts_pattern`; None: any
    word), and ``longest`` is the most words of a stem term.  ``guards``
    holds the guard of each guarded ``(theme, term)``.
    """

    by_first: dict[str, list[_Term]]
    patterns: list[tuple[str, str, re.Pattern]]
    themes: list[str]
    needles: list[str]
    starts: re.Pattern | None = None
    longest: int = 0
    guards: dict[tuple[str, str], Guard] = {}


@functools.cache
def _stemmer() -> SnowballStemmer:
    return SnowballStemmer("english")


@functools.cache
def _spellings() -> dict[str, str]:
    table = load_table("spellings.csv")
    return dict(zip(table["variant"], table["standard"]))


@functools.lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The form a word is matched on: lower case, spelling folded, Snowball stem."""
    w = word.lower().replace("’", "'").replace(".", "")
    w = _spellings().get(w, w)
    if len(w) >= 7:
        w = _ISE.sub(r"iz\1", w)
    return _stemmer().stem(w)


class _Words(NamedTuple):
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


_KEYS = _KeyCache()


def _words(text: str) -> _Words:
    # One split and a C-level map(), no match objects: the words are the bulk of the work.
    parts = _WORD_PARTS.split(text)
    return _Words(parts, list(map(_KEYS.__getitem__, parts[1::2])))


def _starts(parts: list[str], words: set[int]) -> dict[int, int]:
    """Where each of ``words`` (indices) starts in the text split into ``parts``."""
    # Offsets of the words hit only: the lengths between them, joined, cost less
    # than an offset for every word.
    at, done, out = 0, 0, {}
    for i in sorted(words):
        at += len("".join(parts[done : 2 * i + 1]))
        done = 2 * i + 1
        out[i] = at
    return out


class _Joined(NamedTuple):
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


def _joined(words: _Words) -> _Joined | None:
    """None when no hyphen joins two words."""
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
    return _Joined(keys + words.keys[done:], compounds, spans, absorbed)


def read_lexicon(lexicon=None) -> pd.DataFrame:
    """The theme lexicon as a frame with the columns of :data:`LEXICON_COLUMNS`.

    Parameters
    ----------
    lexicon : str or Path, optional
        An analyst's CSV with columns ``theme,term``; ``near``, ``avoid``
        (words, ``|`` between them), ``window`` (words either side, default
        :data:`DEFAULT_WINDOW`), ``voice`` (``any``, the default, or
        ``state``) and ``notes`` are optional.  Lines starting with ``#``
        are comments.  None for the packaged ``data/themes.csv``.

    Raises
    ------
    ParameterError
        When the file is missing, lacks a column, has an empty theme or
        term, a window that is not a whole number of words, a voice other
        than ``any`` or ``state``, or a ``re:`` term that is not a regular
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
    windows = []
    for theme, term, window, voice in zip(table["theme"], table["term"], table["window"], table["voice"]):
        words = _window(window)
        if words is None:
            raise ParameterError(f"lexicon {where}: term {term!r} of theme {theme!r} has window {window!r}; give a number of words from 1 to 50")
        if voice not in VOICES:
            raise ParameterError(f"lexicon {where}: term {term!r} of theme {theme!r} has voice {voice!r}; give one of {', '.join(VOICES)} (empty: any)")
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
    return int(words) if words.is_integer() and 1 <= words <= 50 else None


def _context_keys(cell: str, theme: str, term: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The key sequences of the ``|``-separated words or phrases of a ``near`` or ``avoid`` cell, by their first key."""
    out = defaultdict(tuple)
    for item in filter(None, (i.strip() for i in cell.split("|"))):
        keys = tuple(_words(item).keys)
        if not keys:
            raise ParameterError(f"lexicon term {term!r} of theme {theme!r}: {item!r} in near or avoid holds no word")
        out[keys[0]] += (keys,)
    return dict(out)


def compile_lexicon(table: pd.DataFrame) -> Lexicon:
    """Compile a lexicon frame (see :func:`read_lexicon`) for matching.

    A frame of ``theme`` and ``term`` alone will do: the guard columns are optional.
    """
    by_first: dict[str, list[_Term]] = defaultdict(list)
    patterns = []
    guards = {}
    n = len(table)
    column = {c: table[c].fillna("").astype(str).tolist() if c in table.columns else [""] * n for c in ("near", "avoid", "window", "voice")}
    for theme, term, near, avoid, window, voice in zip(table["theme"], table["term"], *column.values()):
        guard = Guard(
            _context_keys(near, theme, term),
            _context_keys(avoid, theme, term),
            _window(window.strip()) or DEFAULT_WINDOW,
            voice.strip().lower() == "state",
        )
        if guard.near or guard.avoid or guard.state:
            longest = max((len(k) for items in (guard.near, guard.avoid) for seqs in items.values() for k in seqs), default=1)
            guards[(theme, term)] = guard._replace(longest=longest, near_probe=_probe(guard.near), avoid_probe=_probe(guard.avoid))
        if term.startswith(REGEX_PREFIX):
            patterns.append((theme, term, compile_pattern(term, theme)))
            continue
        words = _words(term)
        joined = _joined(words) or words
        for keys in {tuple(words.keys), tuple(joined.keys)}:
            if keys:
                by_first[keys[0]].append(_Term(theme, term, keys))
    longest = max((len(t.keys) for terms in by_first.values() for t in terms), default=0)
    return Lexicon(
        dict(by_first), patterns, list(dict.fromkeys(table["theme"])), [_needle(p) for _, _, p in patterns], _starts_pattern(by_first), longest,
        guards,
    )


def compile_pattern(term: str, theme: str = "") -> re.Pattern:
    """The regular expression of a ``re:`` term, case-insensitive.

    Raises
    ------
    ParameterError
        When it is not a regular expression, or could backtrack without
        bound: a repeat inside a repeat (``(a+)+``), or alternatives inside
        a repeat (``(a|aa)*``), unless possessive or atomic (``(a+)++``,
        ``(?>...)``), which never backtrack into what they matched.
    """
    source = term[len(REGEX_PREFIX) :] if term.startswith(REGEX_PREFIX) else term
    try:
        pattern = re.compile(source, re.IGNORECASE)
        items = _parser.parse(source, re.IGNORECASE)
    except re.error as exc:
        raise ParameterError(f"lexicon term {term!r} of theme {theme!r} is not a regular expression: {exc}") from None
    risk = _backtracking(items, in_repeat=False)
    if risk:
        raise ParameterError(
            f"lexicon term {term!r} of theme {theme!r} could backtrack without bound: {risk}; "
            "write the inner part possessive (a++) or atomic ((?>...)), or as words"
        )
    return pattern


def _backtracking(items, in_repeat: bool) -> str:
    """Why the parsed pattern ``items`` may backtrack without bound; '' when it may not."""
    for op, av in items:
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            lo, hi, body = av
            many = hi > 1
            if many and in_repeat:
                return "a repeat inside a repeat"
            if many and any(o is _constants.BRANCH for o, _ in _flatten(body)):
                return "alternatives inside a repeat"
            why = _backtracking(body, in_repeat or many)
        elif op is _constants.POSSESSIVE_REPEAT:
            why = _backtracking(av[-1], False)
        elif op is _constants.ATOMIC_GROUP:
            why = _backtracking(av, False)
        else:
            why = "".join(_backtracking(sub, in_repeat) for sub in _children(op, av))
        if why:
            return why
    return ""


def _children(op, av) -> list:
    """The sub-patterns of one parsed item."""
    if op is _constants.SUBPATTERN:
        return [av[-1]]
    if op is _constants.BRANCH:
        return list(av[1])
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        return [av[1]]
    if op is _constants.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


def _flatten(items):
    """Every parsed item of ``items``, at any depth."""
    for op, av in items:
        yield op, av
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            yield from _flatten(av[-1])
        elif op is _constants.ATOMIC_GROUP:
            yield from _flatten(av)
        for sub in _children(op, av):
            yield from _flatten(sub)


# Characters word_key drops from a word, or a compound from between its words.
_DROPPED = "[.\\-‐‑]*"


def _root(key: str) -> str:
    """Lower-case ASCII text that every word (or hyphenated compound) keyed ``key`` starts with, dots and hyphens aside.

    A Snowball stem is the word cut short, but for its last letters it may
    write anew: e, i, y, l, le or ie (happy -> happi, possibility -> possibl,
    dying -> die): those go.  So do a z the -ise fold may have written, and
    anything from the first character that is not a plain letter or digit.
    (tests/test_themes.py checks a word of each kind of ending.)
    """
    root = re.match("[a-z0-9]*", key).group().split("z")[0]
    if root == key:
        root = root[:-2] if root.endswith(("le", "ie")) else root[:-1] if root.endswith(("e", "i", "l", "y")) else root
    return root


def _starts_pattern(by_first: dict[str, list[_Term]]) -> re.Pattern | None:
    """A pattern matching, in lower-case text, the character before each word (or compound) a stem term may start with.

    None when some term's first stem has no root (every word would do).
    Spelling variants are folded before stemming, so they are roots too.
    """
    roots = {_root(k) for k in by_first} | {_root(v) for v in _spellings()}
    if not by_first or "" in roots:
        return None
    # A word starts after a character that is no letter or digit; the one class before
    # the look-ahead lets re skip the letters of words quickly.
    return re.compile(f"[^0-9A-Za-z](?={_alternation(roots)})")


def _probe(items: dict[str, tuple[tuple[str, ...], ...]]) -> re.Pattern | None:
    """A pattern found in every stretch of text holding a word keyed as a first key of ``items``; None when there is none."""
    keys = set(items)
    roots = {_root(k) for k in keys} | {_root(v) for v in _spellings() if word_key(v) in keys}
    # Any case: IGNORECASE finds all that lower() would bring to these letters, and more (the Kelvin sign).
    # At a word's start only: "us" (U.S.) is no probe of "Russia".
    return None if not roots or "" in roots else re.compile(f"(?<![0-9a-z]){_alternation(roots)}", re.IGNORECASE)


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
def _chunks(n: int) -> re.Pattern:
    """From a word's start, to the end of the n-th run of non-space characters holding a word."""
    return re.compile(f"(?:[\\W_]*[^\\W_][^\\s{_TEXT_BREAK}]*){{1,{n}}}")


def _regions(text: str, lexicon: Lexicon, low: str | None = None) -> list[tuple[int, int]]:
    """Stretches of ``text`` holding every hit of the stem terms of ``lexicon``, in order, apart.

    Each runs from a space (or text break, or the text's start) to one: no
    word, compound or phrase crosses those, so the words and hits of a
    stretch read alone are those of the whole text there.  A stretch starts
    with the run of non-space characters holding a place a term may start,
    and ends ``longest`` runs holding a word later, which a phrase cannot
    outrun (a run holds a word or more, a word of a phrase one run).
    ``low`` is ``text.lower()``, when known.
    """
    if not lexicon.by_first:
        return []
    low = text.lower() if low is None else low
    if lexicon.starts is None or len(low) != len(text):  # lower() lengthened a character
        return [(0, len(text))]
    ends = _chunks(lexicon.longest).match
    regions = []
    # A later place's stretch never ends sooner, so a stretch ends where its last place's does;
    # ``end`` is where it surely reaches, found anew only for a place past it.
    start = end = last = -1
    # One character before the text, for a word at its start: a start's match begins a character early.
    for m in lexicon.starts.finditer(_TEXT_BREAK + low):
        at = m.start()
        if at > end and last >= 0:
            end = ends(text, last).end()
        if at > end:
            # Past the stretch's closing space: a new stretch.
            if start >= 0:
                regions.append((start, end))
            start = end = at
            while start and not (text[start - 1].isspace() or text[start - 1] == _TEXT_BREAK):
                start -= 1
        last = at
    if start >= 0:
        regions.append((start, ends(text, last).end()))
    return regions


# Characters outside ASCII that IGNORECASE matches to an ASCII letter (İ ı ſ K): lower() would
# not bring them to that letter, so a sentence holding one is always searched.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _needle(pattern: re.Pattern) -> str:
    """The longest run of printable ASCII characters that every match of ``pattern`` holds, lower case; '' when unknown.

    Only the pattern's top level is read, where every literal is required;
    zero-width assertions (``\\b``) between two literals keep them adjacent.
    """
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:
        return ""
    best = run = ""
    for op, av in items:
        if op is _constants.LITERAL and 0x20 <= av < 0x7F:
            run += chr(av)
            if len(run) > len(best):
                best = run
        elif op is not _constants.AT:
            run = ""
    return best.lower()


@functools.cache
def _packaged() -> Lexicon:
    return compile_lexicon(read_lexicon(None))


def _phrase_gap(gap: str) -> bool:
    # Most gaps are one space: no regular expression for them.
    return gap == " " or _PHRASE_GAP.fullmatch(gap) is not None


def _by_first_two(by_first: dict[str, list[_Term]]) -> tuple[dict[str, list[tuple[str, str]]], dict[tuple[str, str], list[_Term]]]:
    """The one-word terms by their key, and the longer ones by their first two keys."""
    singles, phrases = defaultdict(list), defaultdict(list)
    for first, terms in by_first.items():
        for t in terms:
            if len(t.keys) == 1:
                singles[first].append((t.theme, t.term))
            else:
                phrases[t.keys[:2]].append(t)
    return singles, phrases


def _stem_hits(words: _Words, by_first: dict[str, list[_Term]]) -> set[tuple[int, int, str, str]]:
    """``(first word, last word, theme, term)`` of the stem terms of ``by_first``, in either reading of the compounds."""
    parts, keys = words
    hits = set()
    singles, phrases = _by_first_two(by_first)
    last = len(keys) - 1
    for i in compress(range(len(keys)), map(by_first.__contains__, keys)):
        for theme, term in singles.get(keys[i], ()):
            hits.add((i, i, theme, term))
        # Most phrases fail on their second word: look them up by it.
        if i < last:
            for theme, term, term_keys in phrases.get((keys[i], keys[i + 1]), ()):
                n = len(term_keys)
                if tuple(keys[i : i + n]) == term_keys and all(_phrase_gap(parts[2 * j + 2]) for j in range(i, i + n - 1)):
                    hits.add((i, i + n - 1, theme, term))
    joined = _joined(words)
    if joined is None:
        return hits
    # A hit of the joined reading holding no compound is one of the split reading:
    # look only at the terms that may reach a compound.
    longest = max((len(t.keys) for terms in by_first.values() for t in terms), default=0)
    keys = joined.keys
    for c in joined.compounds:
        for i in range(max(0, c - longest + 1), c + 1):
            for theme, term, term_keys in by_first.get(keys[i], ()):
                n = len(term_keys)
                if tuple(keys[i : i + n]) == term_keys and all(_phrase_gap(parts[2 * joined.words(j)[1] + 2]) for j in range(i, i + n - 1)):
                    hits.add((joined.words(i)[0], joined.words(i + n - 1)[1], theme, term))
    return hits


def _pattern_hits(texts: list[str], joined: str, lexicon: Lexicon, found: defaultdict[int, set], low: str | None = None, flagged: set | None = None) -> None:
    """Add to ``found[i]`` the hits of the regular expressions of ``lexicon`` in ``texts[i]`` (``joined``: the texts joined; ``low``: it lower-cased, when known).

    ``flagged``, when given, gets the ``i`` holding a hit of a guarded term.
    """
    if not lexicon.patterns:
        return
    always = [i for i, t in enumerate(texts) if not _FOLDS_TO_ASCII.isdisjoint(t)] if any(c in joined for c in _FOLDS_TO_ASCII) else []
    if low is not None and len(low) == len(joined):
        # No character lengthened: each text keeps its place in the joined text.
        at = list(accumulate((len(t) + 1 for t in texts), initial=0))
    else:
        lower = list(map(str.lower, texts))
        low = _TEXT_BREAK.join(lower)
        at = list(accumulate((len(t) + 1 for t in lower), initial=0))
    joined = low
    for (theme, term, pattern), needle in zip(lexicon.patterns, lexicon.needles):
        # A needle holds no text break, so each place it is found lies inside one text.
        holding = set(always)
        i = joined.find(needle)
        while i >= 0:
            n = bisect_right(at, i) - 1
            holding.add(n)
            i = joined.find(needle, at[n + 1])
        for n in sorted(holding):
            hits = [(m.start(), m.end(), theme, term) for m in pattern.finditer(texts[n]) if m.end() > m.start()]
            if hits:
                found[n].update(hits)
                if flagged is not None and (theme, term) in lexicon.guards:
                    flagged.add(n)


def _match_texts(texts: list[str], lexicon: Lexicon, state=None) -> dict[int, list[tuple[int, int, str, str]]]:
    """:func:`match_terms` of each of ``texts`` holding a hit, by index.

    ``state(i)``, when given, is the state speakers' quoted spans of
    ``texts[i]`` (offsets into it), asked only of texts with a hit of a term
    guarded by voice; without it, such hits never count.
    """
    found: defaultdict[int, set] = defaultdict(set)
    # The texts joined by a character that is no word and no phrase gap: no word
    # or phrase runs from one text into the next.
    joined = _TEXT_BREAK.join(texts)
    at = list(accumulate((len(t) + 1 for t in texts), initial=0))
    # Only the stretches where a term may start are cut into words, joined the same way.
    low = joined.lower()
    regions = _regions(joined, lexicon, low)
    words = _words(_TEXT_BREAK.join(joined[s:e] for s, e in regions))
    hits = _stem_hits(words, lexicon.by_first)
    if hits:
        first, last, theme, term = zip(*hits)
        starts = _starts(words.parts, {*first, *last})
        start = np.fromiter(map(starts.__getitem__, first), dtype=np.int64, count=len(hits))
        end = np.fromiter(map(starts.__getitem__, last), dtype=np.int64, count=len(hits))
        end += np.fromiter(map(len, map(words.parts.__getitem__, [2 * j + 1 for j in last])), dtype=np.int64, count=len(hits))
        # From the stretches joined to the texts joined, then to each text: all hits at once.
        region_at = np.fromiter(accumulate((e - s + 1 for s, e in regions), initial=0), dtype=np.int64)
        r = np.searchsorted(region_at, start, side="right") - 1
        shift = np.array([s for s, _ in regions], dtype=np.int64)[r] - region_at[r]
        start += shift
        end += shift
        text_at = np.array(at, dtype=np.int64)
        n = np.searchsorted(text_at, start, side="right") - 1
        start -= text_at[n]
        end -= text_at[n]
        n = n.tolist()
        for hit in zip(n, start.tolist(), end.tolist(), theme, term):
            found[hit[0]].add(hit[1:])
    guarded = {term for _, term in lexicon.guards}
    # The texts holding a hit of a guarded term (or of one named like it in another theme).
    flagged = set(compress(n, map(guarded.__contains__, term))) if hits and guarded else set()
    _pattern_hits(texts, joined, lexicon, found, low, flagged if guarded else None)
    # Before the longest hit of a theme is kept: a phrase that fails its guard leaves the words inside it theirs.
    for n in flagged:
        found[n] = _guarded(texts[n], found[n], lexicon.guards, (lambda n=n: state(n)) if state is not None else tuple)
        if not found[n]:
            del found[n]
    return {n: _within_themes(found[n]) for n in sorted(found)}


def _guarded(text: str, hits: set, guards: dict[tuple[str, str], Guard], state) -> set:
    """The ``hits`` in ``text`` whose term has no guard or meets it (see :class:`Guard`).

    ``state()`` gives the spans of ``text`` quoting state speakers, asked
    only for a hit of a term guarded by voice.

    A guarded hit inside a longer hit of its theme already kept ("sovereign"
    in "sovereign rights") is not judged: the longer one stands for it.
    """
    kept = {h for h in hits if (h[2], h[3]) not in guards}
    spans = None
    for hit in hits - kept:
        start, end, theme, term = hit
        guard = guards[(theme, term)]
        if any(s <= start and end <= e and e - s > end - start and t == theme for s, e, t, _ in kept):
            continue
        if guard.state:
            spans = state() if spans is None else spans
            if not any(s < end and start < e for s, e in spans):
                continue
        if guard.near or guard.avoid:
            # The words either side, read from a stretch of text long enough for them: not the whole sentence.
            # A phrase of near or avoid counts when a word of it is within the window: read that much further.
            words = guard.window + guard.longest - 1
            reach = _CHARS_PER_WORD * words
            lo, hi = max(0, start - reach), end + reach
            # Fewer spaces than words: long words, or none between them; read the whole side.
            if lo and text.count(" ", lo, start) <= words:
                lo = 0
            if hi < len(text) and text.count(" ", end, hi) <= words:
                hi = len(text)
            # Only a side where a probe finds something is cut into words.
            near = (_probed(guard.near_probe, text, lo, start), _probed(guard.near_probe, text, end, hi)) if guard.near else (False, False)
            avoid = (_probed(guard.avoid_probe, text, lo, start), _probed(guard.avoid_probe, text, end, hi)) if guard.avoid else (False, False)
            if guard.near and not any(near):
                continue
            before = after = []
            if near[0] or avoid[0]:
                left = _WORD.findall(text, lo, start)
                if lo and left and text[lo - 1 : lo + 1].isalnum():
                    left = left[1:]  # the stretch began inside a word
                before = list(map(_KEYS.__getitem__, left[-words:]))
            if near[1] or avoid[1]:
                after = list(map(_KEYS.__getitem__, _WORD.findall(text, end, hi)[:words]))
            # Before the hit, a phrase must end in the window; after it, start there.
            first_before = max(0, len(before) - guard.window)
            if guard.near and not (_holds(before, guard.near, ends_from=first_before) or _holds(after, guard.near, starts_before=guard.window)):
                continue
            if guard.avoid and (_holds(before, guard.avoid, ends_from=first_before) or _holds(after, guard.avoid, starts_before=guard.window)):
                continue
        kept.add(hit)
    return kept


def _probed(probe: re.Pattern | None, text: str, lo: int, hi: int) -> bool:
    """Whether ``probe`` is found in ``text[lo:hi]``; True when there is no probe."""
    return probe is None or probe.search(text, lo, hi) is not None


def _holds(keys: list[str], by_first: dict[str, tuple[tuple[str, ...], ...]], *, ends_from: int = 0, starts_before: int | None = None) -> bool:
    """Whether one of the key sequences of ``by_first`` (indexed by their first key) runs in ``keys``.

    It must start before index ``starts_before`` (None: anywhere) and end at index ``ends_from`` or later.
    """
    for i in compress(range(len(keys) if starts_before is None else min(starts_before, len(keys))), map(by_first.__contains__, keys)):
        if any(i + len(seq) - 1 >= ends_from and tuple(keys[i : i + len(seq)]) == seq for seq in by_first[keys[i]]):
            return True
    return False


def _within_themes(found: set[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """``found`` without the hits overlapping a longer one of their theme, in text order."""
    if len({h[2] for h in found}) == len(found):  # one hit a theme: none to drop
        return sorted(found)
    kept: dict[str, list[tuple[int, int]]] = defaultdict(list)
    out = []
    for start, end, theme, term in sorted(found, key=lambda h: (h[1] - h[0], -h[0], h[3]), reverse=True):
        if not any(s < end and start < e for s, e in kept[theme]):
            kept[theme].append((start, end))
            out.append((start, end, theme, term))
    return sorted(out)


def match_terms(text: str, lexicon: Lexicon, state: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """Hits of ``lexicon`` in ``text``: ``(start, end, theme, term)``, offsets into ``text``.

    Within a theme, a hit overlapping a longer one is dropped, so a phrase
    and a word inside it count once.  ``state``: the spans of ``text``
    quoting state speakers, where the terms guarded by voice count.
    """
    return _match_texts([text], lexicon, lambda n: state).get(0, [])


def state_spans(quotes: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    """Offsets of the quoted words of DPRK and Russian state speakers, per article."""
    if quotes.empty:
        return {}
    speakers = [s for s in quotes["speaker"].dropna().unique() if s]
    state = {s for s in speakers if speaker_affiliation(s) in STATE_AFFILIATIONS}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for aid, start, end, speaker in zip(quotes["article_id"], quotes["start"], quotes["end"], quotes["speaker"]):
        if speaker in state:
            spans[aid].append((int(start), int(end)))
    return dict(spans)


def voice_of(start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``state`` when ``[start, end)`` overlaps one of ``spans``, else ``reporting``."""
    return "state" if any(s < end and start < e for s, e in spans) else "reporting"


def themes(sentences: pd.DataFrame, quotes: pd.DataFrame, *, lexicon=None) -> pd.DataFrame:
    """One row per hit of a theme term in the sentences.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame.
    quotes : DataFrame
        The ``quotes`` frame, for the voice of each hit.
    lexicon : str or Path, optional
        An analyst's theme lexicon CSV (``theme,term,notes``); None for the
        packaged ``data/themes.csv``.

    Returns
    -------
    DataFrame
        ``article_id``, ``sentence``; ``start``, ``end``: offsets of the
        matched words in ``articles.text``; ``theme``; ``term``: the lexicon
        term that matched; ``voice``: ``state`` when the hit overlaps the
        quoted words of a DPRK or Russian state speaker, else ``reporting``.
    """
    lex = _packaged() if lexicon is None else compile_lexicon(read_lexicon(lexicon))
    spans = state_spans(quotes)
    texts = sentences["text"].tolist()
    aids, sents, offsets = (sentences[c].tolist() for c in ("article_id", "sentence", "start"))
    rows = []

    def state_in(i: int) -> list[tuple[int, int]]:
        """The state spans over sentence ``i``, as offsets into its text."""
        offset = offsets[i]
        end = offset + len(texts[i])
        return [(s - offset, e - offset) for s, e in spans.get(aids[i], ()) if s < end and offset < e]

    # Sentences a batch at a time: fewer calls, and the joined text stays small.
    for b in range(0, len(texts), _BATCH):
        for n, found in _match_texts(texts[b : b + _BATCH], lex, lambda n, b=b: state_in(b + n)).items():
            aid, sent, offset = aids[b + n], sents[b + n], offsets[b + n]
            # Only the state spans over this sentence can hold its hits.
            end = offset + len(texts[b + n])
            state = [(s, e) for s, e in spans.get(aid, ()) if s < end and offset < e]
            for s, e, theme, term in found:
                start, end = offset + s, offset + e
                rows.append((aid, sent, start, end, theme, term, voice_of(start, end, state) if state else "reporting"))
    return schema.conform(pd.DataFrame(rows, columns=schema.columns("themes")), "themes")


def theme_rates(themes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Hits per 1,000 words, per article, theme and voice.

    Only combinations with at least one hit have a row: an article's rows
    then never depend on which other articles were extracted with it.  Fill
    the missing combinations with zero to chart them (:func:`rate_matrix`).

    Parameters
    ----------
    themes : DataFrame
        The ``themes`` frame.
    articles : DataFrame
        The ``articles`` frame (``article_id``, ``n_words``).

    Returns
    -------
    DataFrame
        ``article_id``, ``theme``, ``voice``; ``hits``: hits of the theme in
        that voice; ``n_words``: words in the article; ``per_1000_words``:
        hits per 1,000 words of the article (NaN for an empty article).
    """
    if themes.empty:
        return schema.empty("theme_rates")
    counts = (
        themes.groupby(["article_id", "theme", "voice"], observed=True).size().rename("hits").reset_index()
        .merge(articles[["article_id", "n_words"]], on="article_id", how="inner")
    )
    words = counts["n_words"].where(counts["n_words"] > 0)
    counts = counts.assign(per_1000_words=counts["hits"] * 1000 / words).sort_values(["article_id", "theme", "voice"])
    return schema.conform(counts, "theme_rates")


def rate_matrix(rates: pd.DataFrame, articles: pd.DataFrame, themes: list[str] | None = None, *, rows: pd.Series | None = None) -> pd.DataFrame:
    """Articles × themes of hits per 1,000 words, both voices together, zero where no hit.

    Rows follow ``articles`` (every article, hit or not); columns are
    ``themes`` (every lexicon theme, say) or else the themes with hits.

    ``rows`` (a label per article_id, categorical) groups articles instead:
    a row per label, in the order of its categories, its rate the hits of
    its articles per 1,000 of their words.
    """
    cols = themes if themes is not None else sorted(rates["theme"].unique())
    if rows is None:
        wide = rates.pivot_table(index="article_id", columns="theme", values="per_1000_words", aggfunc="sum")
        return wide.reindex(index=articles["article_id"], columns=cols).fillna(0.0)
    words = articles["n_words"].groupby(rows.reindex(articles["article_id"]).to_numpy(), observed=False).sum()
    hits = rates.assign(row=rates["article_id"].map(rows)).pivot_table(index="row", columns="theme", values="hits", aggfunc="sum", observed=False)
    wide = hits.reindex(index=rows.cat.categories, columns=cols).fillna(0.0)
    return wide.mul(1000).div(words.reindex(wide.index).where(lambda w: w > 0), axis=0).fillna(0.0)


def theme_examples(themes: pd.DataFrame, sentences, articles: pd.DataFrame, *, n: int = 2) -> pd.DataFrame:
    """The ``n`` strongest sentences of each theme, with their article.

    A sentence is stronger the more of the theme's hits it holds, then the
    more distinct terms, and a state-voice sentence before a reporting one.

    Parameters
    ----------
    themes : DataFrame
        The ``themes`` frame.
    sentences : DataFrame or callable
        The ``sentences`` frame, or a lookup of the sentences of some rows
        (see :func:`dossier.text.sentences.sentences_for`): only the strongest
        sentences are looked up.
    articles : DataFrame
        The ``articles`` frame (for titles).
    n : int
        Sentences per theme.

    Returns
    -------
    DataFrame
        ``theme``, ``article`` (title, else path), ``sentence`` (its text),
        ``words`` (the matched words as written, joined by ``; ``; the
        terms where the sentence's text is not at hand), ``hits`` and
        ``voice`` (``state`` when any hit is in the state voice).
    """
    cols = ["theme", "article", "sentence", "words", "hits", "voice"]
    if themes.empty:
        return pd.DataFrame(columns=cols)
    keys = ["theme", "article_id", "sentence"]
    top = (
        themes.assign(is_state=themes["voice"] == "state")
        .groupby(keys, observed=True)
        .agg(hits=("term", "size"), n_terms=("term", "nunique"), state=("is_state", "any"))
        .reset_index()
        .sort_values(["theme", "hits", "n_terms", "state"], ascending=[True, False, False, False], kind="stable")
        .groupby("theme", observed=True)
        .head(n)
    )
    sents = sentences_for(sentences, top)[["article_id", "sentence", "start", "text"]].rename(columns={"start": "sentence_start"})
    hits = themes.merge(top[keys], on=keys).merge(sents, on=["article_id", "sentence"], how="left")
    words = [
        t[s - s0 : e - s0] if isinstance(t, str) and 0 <= s - s0 <= e - s0 <= len(t) else term
        for t, s0, s, e, term in zip(hits["text"], hits["sentence_start"], hits["start"], hits["end"], hits["term"])
    ]
    matched = hits.assign(words=words).groupby(keys, observed=True, sort=False)["words"].agg(lambda w: "; ".join(dict.fromkeys(w)))
    titles = articles.assign(article=articles["title"].fillna(articles["path"]))[["article_id", "article"]]
    out = (
        top.merge(matched.reset_index(), on=keys, how="left")
        .merge(sents[["article_id", "sentence", "text"]], on=["article_id", "sentence"])
        .merge(titles, on="article_id", how="left")
        .assign(voice=lambda d: d["state"].map({True: "state", False: "reporting"}))
        .drop(columns="sentence")
        .rename(columns={"text": "sentence"})
    )
    return out[cols].reset_index(drop=True)


def actor_theme_counts(themes: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """How many sentences name each actor and carry each theme.

    Returns
    -------
    DataFrame
        ``entity``, ``kind``, ``theme``, ``sentences``: the number of
        sentences holding both, most frequent first.
    """
    cols = ["entity", "kind", "theme", "sentences"]
    if themes.empty or entities.empty:
        return pd.DataFrame(columns=cols)
    pairs = (
        themes[["article_id", "sentence", "theme"]].drop_duplicates()
        .merge(entities[["article_id", "sentence", "entity", "kind"]].drop_duplicates(), on=["article_id", "sentence"])
    )
    counts = pairs.groupby(["entity", "kind", "theme"], observed=True).size().rename("sentences").reset_index()
    return counts.sort_values(["sentences", "entity", "theme"], ascending=[False, True, True]).reset_index(drop=True)[cols]
