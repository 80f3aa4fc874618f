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
from collections import defaultdict
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from nltk.stem.snowball import SnowballStemmer

from . import schema
from .exceptions import ParameterError
from .vocab import load_table

REGEX_PREFIX = "re:"
STATE_AFFILIATIONS = frozenset({"dprk_state", "russia_state"})

# "U.S." is one word; otherwise letters and digits with inner apostrophes ("nation's").
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")
_WORD_PARTS = re.compile(f"({_WORD.pattern})")
_HYPHENS = frozenset("-‐‑")
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
    without it is not searched.
    """

    by_first: dict[str, list[_Term]]
    patterns: list[tuple[str, str, re.Pattern]]
    themes: list[str]
    needles: list[str]


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
    """The words of a text, their keys, and the text around them."""

    parts: list[str]  # gap, word, gap, …, word, gap: re.split with the word pattern as a group
    words: list[str]
    keys: list[str]

    @property
    def gaps(self) -> list[str]:
        """The text between each word and the next."""
        return self.parts[2:-1:2]

    def offsets(self) -> tuple[list[int], list[int]]:
        """Where each word starts and ends."""
        at = list(accumulate(map(len, self.parts), initial=0))
        return at[1:-1:2], at[2::2]


def _words(text: str) -> _Words:
    # One split and C-level map()s, no match objects: most sentences need nothing more.
    parts = _WORD_PARTS.split(text)
    words = parts[1::2]
    return _Words(parts, words, list(map(word_key, words)))


def _joined(words: _Words, starts: list[int], ends: list[int]) -> tuple[list[int], list[int], list[str]] | None:
    """Starts, ends and keys of the words with hyphenated compounds joined ("multi-polar"); None when there is none."""
    links = [i for i, gap in enumerate(words.gaps) if gap in _HYPHENS]
    if not links:
        return None
    js, je, jk = [], [], []
    done = k = 0
    while k < len(links):
        first = last = links[k]
        while k < len(links) and links[k] == last:
            last += 1
            k += 1
        js += starts[done:first]
        je += ends[done:first]
        jk += words.keys[done:first]
        js.append(starts[first])
        je.append(ends[last])
        jk.append(word_key("".join(words.words[first : last + 1])))
        done = last + 1
    return js + starts[done:], je + ends[done:], jk + words.keys[done:]


def _tokens(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Two readings of ``text`` as ``(start, end, key)`` words: hyphenated compounds split, and joined."""
    words = _words(text)
    starts, ends = words.offsets()
    split = list(zip(starts, ends, words.keys))
    joined = _joined(words, starts, ends)
    return split, split if joined is None else list(zip(*joined))


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
        split, joined = _tokens(term)
        for keys in {tuple(k for _, _, k in split), tuple(k for _, _, k in joined)}:
            if keys:
                by_first[keys[0]].append(_Term(theme, term, keys))
    return Lexicon(dict(by_first), patterns, list(dict.fromkeys(table["theme"])), [_needle(p) for _, _, p in patterns])


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


def _match_reading(text: str, starts: list[int], ends: list[int], keys: list[str], firsts: set[str], by_first: dict[str, list[_Term]], found: set) -> None:
    """Add to ``found`` the stem terms of ``by_first`` starting with one of ``firsts`` in one reading of ``text``."""
    for key in firsts:
        terms = by_first[key]
        i = -1
        for _ in range(keys.count(key)):
            i = keys.index(key, i + 1)
            for t in terms:
                n = len(t.keys)
                if n > 1:
                    if tuple(keys[i : i + n]) != t.keys:
                        continue
                    if not all(_PHRASE_GAP.fullmatch(text, ends[j], starts[j + 1]) for j in range(i, i + n - 1)):
                        continue
                found.add((starts[i], ends[i + n - 1], t.theme, t.term))


def match_terms(text: str, lexicon: Lexicon) -> list[tuple[int, int, str, str]]:
    """Hits of ``lexicon`` in ``text``: ``(start, end, theme, term)``, offsets into ``text``.

    Within a theme, a hit overlapping a longer one is dropped, so a phrase
    and a word inside it count once.
    """
    found = set()
    words = _words(text)
    by_first = lexicon.by_first
    # Most sentences hold no term's first word and no hyphenated compound: they need no offsets.
    firsts = by_first.keys() & words.keys
    compound = not _HYPHENS.isdisjoint(words.gaps)
    if firsts or compound:
        starts, ends = words.offsets()
        if firsts:
            _match_reading(text, starts, ends, words.keys, firsts, by_first, found)
        joined = _joined(words, starts, ends) if compound else None
        if joined is not None:
            firsts = by_first.keys() & joined[2]
            if firsts:
                _match_reading(text, *joined, firsts, by_first, found)
    if lexicon.patterns:
        lower = text.lower()
        searched_anyway = not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text)
        for (theme, term, pattern), needle in zip(lexicon.patterns, lexicon.needles):
            if needle in lower or searched_anyway:
                found.update((m.start(), m.end(), theme, term) for m in pattern.finditer(text) if m.end() > m.start())
    kept: dict[str, list[tuple[int, int]]] = defaultdict(list)
    out = []
    for start, end, theme, term in sorted(found, key=lambda h: (h[1] - h[0], -h[0], h[3]), reverse=True):
        if not any(s < end and start < e for s, e in kept[theme]):
            kept[theme].append((start, end))
            out.append((start, end, theme, term))
    return sorted(out)


def state_spans(quotes: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    """Offsets of the quoted words of DPRK and Russian state speakers, per article."""
    if quotes.empty:
        return {}
    # Imported here, not at the top: themes must import while the quotes
    # module is being written, and only a non-empty quotes frame needs it.
    from .quotes import speaker_affiliation

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
    rows = []
    columns = (sentences[c].tolist() for c in ("article_id", "sentence", "start", "text"))
    for aid, sent, offset, text in zip(*columns):
        for s, e, theme, term in match_terms(text, lex):
            start, end = offset + s, offset + e
            rows.append((aid, sent, start, end, theme, term, voice_of(start, end, spans.get(aid, []))))
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


def rate_matrix(rates: pd.DataFrame, articles: pd.DataFrame, themes: list[str] | None = None) -> pd.DataFrame:
    """Articles × themes of hits per 1,000 words, both voices together, zero where no hit.

    Rows follow ``articles`` (every article, hit or not); columns are
    ``themes`` (every lexicon theme, say) or else the themes with hits.
    """
    cols = themes if themes is not None else sorted(rates["theme"].unique())
    wide = rates.pivot_table(index="article_id", columns="theme", values="per_1000_words", aggfunc="sum")
    return wide.reindex(index=articles["article_id"], columns=cols).fillna(0.0)


def theme_examples(themes: pd.DataFrame, sentences: pd.DataFrame, articles: pd.DataFrame, *, n: int = 2) -> pd.DataFrame:
    """The ``n`` strongest sentences of each theme, with their article.

    A sentence is stronger the more of the theme's hits it holds, then the
    more distinct terms, and a state-voice sentence before a reporting one.

    Returns
    -------
    DataFrame
        ``theme``, ``article`` (title, else path), ``sentence`` (its text),
        ``words`` (the matched words as written, joined by ``; ``; the
        terms when the articles were read without their text), ``hits``
        and ``voice`` (``state`` when any hit is in the state voice).
    """
    cols = ["theme", "article", "sentence", "words", "hits", "voice"]
    if themes.empty:
        return pd.DataFrame(columns=cols)
    text = dict(zip(articles["article_id"], articles["text"]))
    per = (
        themes.assign(
            is_state=themes["voice"] == "state",
            words=[
                text[a][s:e] if isinstance(text.get(a), str) else term
                for a, s, e, term in zip(themes["article_id"], themes["start"], themes["end"], themes["term"])
            ],
        )
        .groupby(["theme", "article_id", "sentence"], observed=True)
        .agg(hits=("term", "size"), n_terms=("term", "nunique"), words=("words", lambda w: "; ".join(dict.fromkeys(w))), state=("is_state", "any"))
        .reset_index()
        .sort_values(["theme", "hits", "n_terms", "state"], ascending=[True, False, False, False], kind="stable")
        .groupby("theme", observed=True)
        .head(n)
    )
    titles = articles.assign(article=articles["title"].fillna(articles["path"]))[["article_id", "article"]]
    out = (
        per.merge(sentences[["article_id", "sentence", "text"]], on=["article_id", "sentence"])
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
