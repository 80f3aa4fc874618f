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
    """A compiled theme lexicon: stem sequences indexed by their first stem, and regular expressions."""

    by_first: dict[str, list[_Term]]
    patterns: list[tuple[str, str, re.Pattern]]
    themes: list[str]


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


def _tokens(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Two readings of ``text`` as ``(start, end, key)`` words: hyphenated compounds split, and joined."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    split = [(s, e, word_key(w)) for s, e, w in words]
    joined, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j][1] + 1 == words[j + 1][0] and text[words[j][1]] in _HYPHENS:
            j += 1
        if j > i:
            joined.append((words[i][0], words[j][1], word_key("".join(w for _, _, w in words[i : j + 1]))))
        else:
            joined.append(split[i])
        i = j + 1
    return split, joined


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
    return Lexicon(dict(by_first), patterns, list(dict.fromkeys(table["theme"])))


@functools.cache
def _packaged() -> Lexicon:
    return compile_lexicon(read_lexicon(None))


def match_terms(text: str, lexicon: Lexicon) -> list[tuple[int, int, str, str]]:
    """Hits of ``lexicon`` in ``text``: ``(start, end, theme, term)``, offsets into ``text``.

    Within a theme, a hit overlapping a longer one is dropped, so a phrase
    and a word inside it count once.
    """
    found = set()
    for tokens in _tokens(text):
        for i, (start, _, key) in enumerate(tokens):
            for t in lexicon.by_first.get(key, ()):
                n = len(t.keys)
                if i + n > len(tokens) or tuple(k for _, _, k in tokens[i : i + n]) != t.keys:
                    continue
                if all(_PHRASE_GAP.fullmatch(text[tokens[j][1] : tokens[j + 1][0]]) for j in range(i, i + n - 1)):
                    found.add((start, tokens[i + n - 1][1], t.theme, t.term))
    for theme, term, pattern in lexicon.patterns:
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
    for aid, sent, offset, text in zip(sentences["article_id"], sentences["sentence"], sentences["start"], sentences["text"]):
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
