"""Rhetorical themes: where the alliance's framing words appear, and in whose voice.

A theme lexicon lists words and phrases per theme: the packaged
``data/themes.csv``, or an analyst's own CSV with the same columns
(``theme,term,notes``).  A term matches on Snowball word stems, in any case,
with hyphenated and closed compounds alike ("multi-polar", "multipolar") and
spelling variants folded (``data/spellings.csv``, -ise/-ize).  A term written
``re:<pattern>`` is a regular expression, for words whose meaning depends on
their neighbours ("just" the adjective, not the adverb).

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
STATE_AFFILIATIONS = frozenset({"dprk_state", "russia_state"})

# "U.S." is one word; otherwise letters and digits with inner apostrophes ("nation's").
# Written so that re commits early (no repeat of "U.S." tried at every word; possessive
# runs): the same words as (?:[A-Za-z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*, a tenth faster.
_WORD = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)++|[^\W_]++(?:['’][^\W_]++)*+")
_WORD_PARTS = re.compile(f"({_WORD.pattern})")
_HYPHENS = frozenset("-‐‑")
_TEXT_BREAK = "\x00"
_BATCH = 2000
# Words of a phrase may be split by spaces, hyphens and quotation marks (Western “aggression”),
# never by a comma or a full stop: those end the phrase.
_PHRASE_GAP = re.compile(r"[\s\-‐‑\"“”'‘’]+")
_ISE = re.compile(r"is(e|es|ed|ing|ation|ations)$")


class _Term(NamedTuple):
    theme: str
    term: str
    keys: tuple[str, ...]


class Lexicon(NamedTuple):
    """A compiled theme lexicon: stem sequences indexed by their first stem, and regular expressions.

    ``needles`` holds, for each of ``patterns``, text that every match of it
    contains (lower case, ASCII; empty when none is known): a sentence
    without it is not searched.  ``starts`` finds, in lower-case text, the
    places where a stem term may start (:func:`_starts_pattern`; None: any
    word), and ``longest`` is the most words of a stem term.
    """

    by_first: dict[str, list[_Term]]
    patterns: list[tuple[str, str, re.Pattern]]
    themes: list[str]
    needles: list[str]
    starts: re.Pattern | None = None
    longest: int = 0


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
    """The theme lexicon as a frame with columns ``theme``, ``term`` and ``notes``.

    Parameters
    ----------
    lexicon : str or Path, optional
        An analyst's CSV with columns ``theme,term`` (``notes`` optional);
        lines starting with ``#`` are comments.  None for the packaged
        ``data/themes.csv``.

    Raises
    ------
    ParameterError
        When the file is missing, lacks a column, has an empty theme or
        term, or a ``re:`` term is not a valid regular expression.
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
    if "notes" not in table.columns:
        table = table.assign(notes="")
    table = table.assign(theme=table["theme"].str.strip(), term=table["term"].str.strip())[["theme", "term", "notes"]]
    empty = table[(table["theme"] == "") | (table["term"] == "")]
    if len(empty):
        raise ParameterError(f"lexicon {where}: rows with an empty theme or term:\n{empty}")
    return table.drop_duplicates(["theme", "term"]).reset_index(drop=True)


def compile_lexicon(table: pd.DataFrame) -> Lexicon:
    """Compile a lexicon frame (see :func:`read_lexicon`) for matching."""
    by_first: dict[str, list[_Term]] = defaultdict(list)
    patterns = []
    for theme, term in zip(table["theme"], table["term"]):
        if term.startswith(REGEX_PREFIX):
            try:
                patterns.append((theme, term, re.compile(term[len(REGEX_PREFIX) :], re.IGNORECASE)))
            except re.error as exc:
                raise ParameterError(f"lexicon term {term!r} of theme {theme!r} is not a regular expression: {exc}") from None
            continue
        words = _words(term)
        joined = _joined(words) or words
        for keys in {tuple(words.keys), tuple(joined.keys)}:
            if keys:
                by_first[keys[0]].append(_Term(theme, term, keys))
    longest = max((len(t.keys) for terms in by_first.values() for t in terms), default=0)
    return Lexicon(
        dict(by_first), patterns, list(dict.fromkeys(table["theme"])), [_needle(p) for _, _, p in patterns], _starts_pattern(by_first), longest
    )


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

    # A word starts after a character that is no letter or digit; the one class before
    # the look-ahead lets re skip the letters of words quickly.
    return re.compile(f"[^0-9A-Za-z](?={alternation(trie)})")


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
        # Private modules: should they change, matching stays right, only slower.
        from re import _constants, _parser

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


def _pattern_hits(texts: list[str], joined: str, lexicon: Lexicon, found: defaultdict[int, set], low: str | None = None) -> None:
    """Add to ``found[i]`` the hits of the regular expressions of ``lexicon`` in ``texts[i]`` (``joined``: the texts joined; ``low``: it lower-cased, when known)."""
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


def _match_texts(texts: list[str], lexicon: Lexicon) -> dict[int, list[tuple[int, int, str, str]]]:
    """:func:`match_terms` of each of ``texts`` holding a hit, by index."""
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
        for hit in zip(n.tolist(), start.tolist(), end.tolist(), theme, term):
            found[hit[0]].add(hit[1:])
    _pattern_hits(texts, joined, lexicon, found, low)
    return {n: _within_themes(found[n]) for n in sorted(found)}


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


def match_terms(text: str, lexicon: Lexicon) -> list[tuple[int, int, str, str]]:
    """Hits of ``lexicon`` in ``text``: ``(start, end, theme, term)``, offsets into ``text``.

    Within a theme, a hit overlapping a longer one is dropped, so a phrase
    and a word inside it count once.
    """
    return _match_texts([text], lexicon).get(0, [])


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
    # Sentences a batch at a time: fewer calls, and the joined text stays small.
    for b in range(0, len(texts), _BATCH):
        for n, found in _match_texts(texts[b : b + _BATCH], lex).items():
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
