"""Splitting article text into sentences, with offsets into the text.

NLTK's Punkt runs untrained, so that sentence boundaries never depend on
which other articles are in the corpus (a cached article keeps its
sentences), with the domain's abbreviations from ``data/abbreviations.csv``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import numpy as np
import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .. import schema
from ..vocab import load_list
from .punkt import span_tokenizer
from .words import LETTERS

# Curly quotes become straight ones, one character for one, so that Punkt's
# rules for closing quotes apply and every offset still points into the text.
_STRAIGHTEN = {"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"'}


def straighten(text: str) -> str:
    """``text`` with curly quotes made straight, one character for one."""
    # str.replace per character: str.translate looks every character up in
    # its table, which took a quarter of the whole split.
    for curly, straight in _STRAIGHTEN.items():
        text = text.replace(curly, straight)
    return text


@functools.cache
def abbreviations() -> frozenset[str]:
    """The words whose stop ends no sentence ("gen", "rep"), lower case, without the stop (``data/abbreviations.csv``)."""
    return frozenset(load_list("abbreviations.csv"))


@functools.cache
def tokenizer() -> PunktSentenceTokenizer:
    """NLTK's Punkt, untrained, with dossier's abbreviations and sentence starters."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    params.sent_starters = set(load_list("sentence_starters.csv"))
    return PunktSentenceTokenizer(params)


@functools.cache
def _spans() -> Callable[[str], list[tuple[int, int]]]:
    # The tokenizer's spans, computed without NLTK's per-token objects where NLTK allows.
    return span_tokenizer(tokenizer())


# Closing marks a sentence can open with when Punkt cut before them ("(R-Ind.), the ranking member"):
# Punkt moves them back only when whitespace follows.
_CLOSERS = "\"')]"
# Letters each with its period ("D.P.R.K.", "R.O.K."): an abbreviation, whether listed or not.
_DOTTED_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")
# How far back from a sentence's end the letters are looked for: longer than any run of them, and
# not the whole paragraph before, which would cost a scan of it per sentence.
_DOTTED_REACH = 40


@functools.cache
def _starters() -> frozenset[str]:
    return frozenset(load_list("sentence_starters.csv"))


def _goes_on(para: str, prev_end: int, s: int) -> bool:
    """Does the sentence Punkt starts at ``para[s]`` go on the one ending at ``prev_end``?

    Untrained, Punkt ends a sentence at every period it does not know for an abbreviation's; one
    trained on news learns that a word in lower case never starts a sentence there ("the State
    Dept. spokesman", "“Why?” he asked"), nor does a comma after a closing bracket ("Sen. Ana
    Ruiz (R-Ind.), the ranking member, said"), nor a capitalised word other than a sentence
    starter after letters with periods, as after the listed "U.S." ("the D.P.R.K. Foreign Ministry").
    """
    if para[s].islower():
        return True
    if para[s] in _CLOSERS:
        after = s
        while after < len(para) and para[after] in _CLOSERS:
            after += 1
        if after < len(para) and (para[after].islower() or para[after] in ",;:"):
            return True
    if (para[s].isupper() and para[prev_end - 2 : prev_end - 1].isupper() and para[prev_end - 1] == "."
            and _DOTTED_INITIALS.search(para, max(0, prev_end - _DOTTED_REACH), prev_end)):
        word = LETTERS.match(para, s)
        return word is not None and word.group(0).lower() not in _starters()
    return False


def split_spans(text: str) -> list[tuple[int, int, int]]:
    """``(paragraph, start, end)`` of every sentence of ``text``.

    Paragraphs are separated by blank lines; a sentence never crosses one.
    """
    spans = _spans()
    straight = straighten(text)
    out = []
    pos = 0
    for n, para in enumerate(straight.split("\n\n")):
        first = len(out)
        for s, e in spans(para):
            if len(out) > first and _goes_on(para, out[-1][2] - pos, s):
                out[-1] = (n, out[-1][1], pos + e)
            else:
                out.append((n, pos + s, pos + e))
        pos += len(para) + 2
    return out


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every article.

    Parameters
    ----------
    articles : DataFrame
        The ``articles`` frame (needs ``article_id`` and ``text``).

    Returns
    -------
    DataFrame
        Columns ``article_id``, ``paragraph``, ``sentence`` (index within
        the article), ``start``, ``end`` (``text[start:end]`` is the
        sentence) and ``text``.
    """
    rows = []
    for aid, text in zip(articles["article_id"].tolist(), articles["text"].tolist()):
        for i, (para, start, end) in enumerate(split_spans(text)):
            rows.append((aid, para, i, start, end, text[start:end]))
    return schema.conform(pd.DataFrame(rows, columns=schema.columns("sentences")), "sentences")


def sentences_for(sentences, rows: pd.DataFrame) -> pd.DataFrame:
    """The sentences of ``rows`` (columns ``article_id``, ``sentence``), from a frame or a lookup.

    ``sentences`` is the sentences frame, or a function from such rows to
    their sentences (:meth:`dossier.notebook.Frames.sentences_of`, which
    reads the text of a large store for those sentences only).  Tables that
    show a few sentences of a large corpus take either.
    """
    if callable(sentences):
        return sentences(rows)
    keys = rows[["article_id", "sentence"]].drop_duplicates()
    return sentences.merge(keys, on=["article_id", "sentence"])


def article_positions(sentences: pd.DataFrame):
    """(article_id, positions of its sentences in order) per article.

    The order of ``groupby("article_id", sort=False)`` then ``sort_values("sentence")``,
    without a frame per article.
    """
    codes, ids = pd.factorize(sentences["article_id"], sort=False)
    numbers = sentences["sentence"].to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(ids) + 1))
    for g, aid in enumerate(ids):
        rows = order[bounds[g] : bounds[g + 1]]
        values = numbers[rows]
        if len(values) > 1 and not (values[1:] > values[:-1]).all():
            rows = rows[np.argsort(values, kind="quicksort")]
        yield aid, rows
