"""Tone of each sentence, the state's quoted words apart from the reporter's.

VADER (the ``vaderSentiment`` package, which ships its lexicon; scored by
:mod:`dossier.extractors.vader`, which gives its numbers faster) scores each sentence
twice at most: once for the words it quotes from DPRK and Russian state
speakers, once for the rest.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import NamedTuple

import pandas as pd

from .. import schema
from ..text.words import LEXICON_WORD, count_lexicon_words
from .rhetoric.themes import state_spans
from .vader import compound

def split_voices(text: str, offset: int, spans: list[tuple[int, int]]) -> dict[str, str]:
    """The parts of a sentence inside ``spans`` (``state``) and outside them (``reporting``).

    ``offset`` is the sentence's offset in the article, the frame of ``spans``.
    Each voice's parts are joined by a space; a voice with no part is absent.
    """
    end = offset + len(text)
    cuts = sorted((max(s, offset) - offset, min(e, end) - offset) for s, e in spans if s < end and offset < e)
    state, reporting, pos = [], [], 0
    for s, e in cuts:
        if s > pos:
            reporting.append(text[pos:s])
        if e > max(s, pos):
            state.append(text[max(s, pos) : e])
        pos = max(pos, e)
    reporting.append(text[pos:])
    parts = {"state": " ".join(state), "reporting": " ".join(reporting)}
    return {voice: t for voice, t in parts.items() if LEXICON_WORD.search(t)}


class _Reach(NamedTuple):
    """An article's state spans in order of start, their starts, and the furthest end of the spans up to each."""

    spans: list[tuple[int, int]]
    starts: list[int]
    ends: list[int]

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that may overlap ``[lo, hi)``: those that start before ``hi``, from the first reaching past ``lo``.

        Spans before that first one all end by ``lo``, so a sentence is
        split with the few spans near it, not every span of its article.
        """
        return self.spans[bisect_right(self.ends, lo) : bisect_left(self.starts, hi)]


def _reach(spans: list[tuple[int, int]]) -> _Reach:
    spans = sorted(spans)
    return _Reach(spans, [s for s, _ in spans], list(accumulate((e for _, e in spans), max)))


_NO_REACH = _Reach([], [], [])


def tone(sentences: pd.DataFrame, quotes: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """VADER compound score of every sentence, per voice.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame.
    quotes : DataFrame
        The ``quotes`` frame: the quoted words of DPRK and Russian state
        speakers are the ``state`` voice.
    articles : DataFrame, optional
        The ``articles`` frame (``article_id``, ``source``): an article a
        DPRK or Russian state medium published is all in the ``state`` voice.

    Returns
    -------
    DataFrame
        ``article_id``, ``sentence``; ``voice``: ``state`` for the words of
        state quotes in the sentence, ``reporting`` for the rest (a sentence
        has a row per voice it holds words in); ``n_words``: words scored;
        ``compound``: VADER compound score, -1 (most negative) to +1.
    """
    spans = state_spans(quotes, articles)
    reach = {aid: _reach(article_spans) for aid, article_spans in spans.items()}
    rows = []
    cols = (sentences[c].tolist() for c in ("article_id", "sentence", "start", "text"))  # lists iterate far faster than Arrow-backed columns
    for aid, sent, offset, text in zip(*cols):
        r = reach.get(aid, _NO_REACH)
        # Of the spans that start before the sentence ends, one overlaps it
        # if the furthest of their ends is past its start.
        if (k := bisect_left(r.starts, offset + len(text))) and r.ends[k - 1] > offset:
            voices = split_voices(text, offset, r.overlapping(offset, offset + len(text))).items()
        else:
            voices = (("reporting", text),)  # no state quote in the sentence: all of it is the reporter's
        for voice, part in voices:
            if n_words := count_lexicon_words(part):
                rows.append((aid, sent, voice, n_words, compound(part)))
    return schema.conform(pd.DataFrame(rows, columns=schema.columns("tone")), "tone")


def tone_by_article(tone: pd.DataFrame) -> pd.DataFrame:
    """Mean tone per article and voice, each sentence weighted by its words.

    Returns
    -------
    DataFrame
        ``article_id``, ``voice``, ``sentences`` (how many were scored),
        ``n_words`` and ``compound`` (word-weighted mean).
    """
    cols = ["article_id", "voice", "sentences", "n_words", "compound"]
    if tone.empty:
        return pd.DataFrame(columns=cols)
    weighted = tone.assign(w=tone["compound"] * tone["n_words"])
    out = weighted.groupby(["article_id", "voice"], observed=True).agg(sentences=("sentence", "size"), n_words=("n_words", "sum"), w=("w", "sum")).reset_index()
    return out.assign(compound=out["w"] / out["n_words"])[cols]


def tone_by_group(tone: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    """Mean tone per group of articles and voice, each sentence weighted by its words.

    ``groups`` gives each article_id its group (an outlet, say); articles
    it does not name are left out.

    Returns
    -------
    DataFrame
        ``group``, ``voice``, ``sentences``, ``n_words`` and ``compound``
        (word-weighted mean), as :func:`tone_by_article` per article.
    """
    per = tone_by_article(tone).rename(columns={"article_id": "group"})
    if per.empty:
        return per
    per = per.assign(group=per["group"].map(groups), w=per["compound"] * per["n_words"]).dropna(subset=["group"])
    out = per.groupby(["group", "voice"], observed=True).agg(sentences=("sentences", "sum"), n_words=("n_words", "sum"), w=("w", "sum")).reset_index()
    return out.assign(compound=out["w"] / out["n_words"])[["group", "voice", "sentences", "n_words", "compound"]]
