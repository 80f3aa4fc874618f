"""What a notebook needs besides the extractors: frames for its parameters, and saving charts.

Notebooks call :func:`load` with their ``articles``, ``since`` and ``until``
parameters and :func:`save_chart` for each figure; the brief runner reads
the charts folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from . import schema
from .exceptions import DossierError
from .extractors.pipeline import extract
from .extractors.rhetoric.themes import theme_rates, themes
from .read.corpus import read_corpus
from .scale.store import count_rows, find_store, lexicon_matched, read_frame, read_sentences
from .schema import FRAME_NAMES
from .text.sentences import sentences_for

# Stores of up to this many articles are read whole when text=None; the
# environment variable DOSSIER_TEXT_LIMIT sets another limit (for every
# notebook of a brief, whose kernels inherit it).
TEXT_LIMIT = 10_000


_FIELDS = ("articles", "rejected", "sentences", "estimates", "quotes", "themes", "theme_rates", "entities", "tone")


class Frames:
    """Every frame of a corpus, filtered to the notebook's dates: ``frames.articles``, ``frames.quotes``, ...

    Frames of a store are read when first used, so a notebook holds in
    memory only the frames it reads.  ``store`` is the store when the body
    text was left out of ``articles`` and ``sentences`` (see :func:`load`),
    else None.
    """

    _fields = _FIELDS

    def __init__(self, articles=None, rejected=None, sentences=None, estimates=None, quotes=None, themes=None,
                 theme_rates=None, entities=None, tone=None, *, store: Path | None = None, read=None):
        given = dict(zip(_FIELDS, (articles, rejected, sentences, estimates, quotes, themes, theme_rates, entities, tone)))
        self._frames = {name: df for name, df in given.items() if df is not None}
        missing = [name for name in _FIELDS if name not in self._frames]
        if missing and read is None:
            raise TypeError(f"Frames needs every frame or a reader; missing: {', '.join(missing)}")
        self._read = read
        self.store = store

    def __getattr__(self, name: str) -> pd.DataFrame:
        # Called for what is not an attribute: the frames.
        if name not in _FIELDS:
            raise AttributeError(f"Frames has no frame {name!r}; its frames are {', '.join(_FIELDS)}")
        frames = self._frames
        if name not in frames:
            frames[name] = self._read(name)
        return frames[name]

    def __repr__(self) -> str:
        read = ", ".join(f"{n}: {len(self._frames[n]):,} rows" for n in _FIELDS if n in self._frames)
        return f"<Frames {read or 'none read yet'}>"

    def sentences_of(self, rows: pd.DataFrame) -> pd.DataFrame:
        """The sentences of ``rows`` (columns ``article_id``, ``sentence``), with their text.

        When :func:`load` left the text out of a large store, it is read now
        for these sentences only: pass this method where a table needs the
        sentences of the rows it shows (``trace_table``, ``quote_table``,
        ``theme_examples``).
        """
        if self.store is not None:
            return read_sentences(self.store, rows)

        return sentences_for(self.sentences, rows)


def parse_date(value, name: str) -> pd.Timestamp | None:
    """``""`` or None means no bound; anything else must be a date."""
    if value in (None, ""):
        return None
    ts = pd.to_datetime(value, errors="coerce")
    if pd.isna(ts):
        raise DossierError(f"{name}={value!r} is not a date; write it as YYYY-MM-DD")
    return ts


def load(articles, since: str = "", until: str = "", *, lexicon=None, text: bool | None = None) -> Frames:
    """Read and extract a corpus, keeping the articles published between ``since`` and ``until``.

    Parameters
    ----------
    articles : str, Path or list of them
        Article files or folders, or a folder written by ``dossier extract``
        (its frames are read instead of re-extracted).
    since, until : str
        Inclusive date bounds (``YYYY-MM-DD``); ``""`` for none.  Articles of
        unknown date are kept only when no bound is set.
    lexicon : str or Path, optional
        Theme lexicon CSV to use instead of the packaged one; from a store,
        themes are then matched again with it, unless its ``store.json``
        says they were matched with this very file.
    text : bool, optional
        From a folder written by ``dossier extract``: whether to read the
        body text of ``articles`` and ``sentences`` (left NA otherwise).
        None (the default) reads it for stores of at most
        :func:`text_limit` articles (10,000 unless ``$DOSSIER_TEXT_LIMIT``
        says otherwise); a table can still fetch the text of the sentences
        it shows with :meth:`Frames.sentences_of`.  Articles read from files always have
        their text.
    """
    lo, hi = parse_date(since, "since"), parse_date(until, "until")
    paths = [articles] if isinstance(articles, (str, Path)) else list(articles)
    store = find_store(paths)
    if store is None:
        corpus = read_corpus(paths)
        frames = extract(corpus.articles, lexicon=lexicon) if len(corpus.articles) else _empty_frames()
        frames["rejected"] = corpus.rejected
        keep = _kept_ids(frames["articles"], lo, hi)
        return Frames(**{name: _only(df, keep) for name, df in frames.items()})
    if lexicon and lexicon_matched(store, lexicon):
        lexicon = None  # its themes are already this lexicon's
    # Theme matching needs sentence text, so a lexicon of the analyst's own forces it.
    if lexicon:
        text = True
    elif text is None:
        text = (count_rows(store, "articles") or 0) <= text_limit()
    arts = read_frame(store, "articles", text=text)
    keep = _kept_ids(arts, lo, hi)

    def read(name: str) -> pd.DataFrame:
        if lexicon and name in ("themes", "theme_rates"):
            if name == "themes":
                return themes(frames.sentences, frames.quotes, lexicon=lexicon, articles=frames.articles)
            return theme_rates(frames.themes, frames.articles)
        return _only(read_frame(store, name, text=text), keep)

    frames = Frames(articles=_only(arts, keep), store=None if text else store, read=read)
    return frames


def text_limit() -> int:
    """Stores of up to this many articles are read with their text: ``$DOSSIER_TEXT_LIMIT``, else :data:`TEXT_LIMIT`."""
    value = os.environ.get("DOSSIER_TEXT_LIMIT", "")
    try:
        return int(value) if value.strip() else TEXT_LIMIT
    except ValueError:
        raise DossierError(f"DOSSIER_TEXT_LIMIT={value!r} is not a whole number of articles") from None


def _empty_frames() -> dict[str, pd.DataFrame]:
    return {name: schema.empty(name) for name in FRAME_NAMES}


def _kept_ids(articles: pd.DataFrame, lo, hi) -> set | None:
    """Ids of the articles published between ``lo`` and ``hi``; None for no bound (every article, dated or not)."""
    if lo is None and hi is None:
        return None
    keep = articles["published"].notna()
    if lo is not None:
        keep &= articles["published"] >= lo
    if hi is not None:
        keep &= articles["published"] <= hi
    return set(articles.loc[keep, "article_id"])


def _only(df: pd.DataFrame, ids: set | None) -> pd.DataFrame:
    if ids is None or "article_id" not in df.columns:
        return df
    return df[df["article_id"].isin(ids)].reset_index(drop=True)


def save_chart(fig, name: str, output_dir: str = "") -> list[Path]:
    """Save ``fig`` as ``<output_dir>/<name>.png`` and ``.svg``; nothing when ``output_dir`` is empty.

    The brief passes its charts folder as ``output_dir``; interactively the
    chart is only shown.
    """
    if not output_dir:
        return []
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w\-]+", "_", name).strip("_")
    paths = [out / f"{stem}.png", out / f"{stem}.svg"]
    fig.savefig(paths[0], dpi=150, bbox_inches="tight")
    # dpi sets only the artists a chart draws as a bitmap (markers of large charts).
    fig.savefig(paths[1], dpi=150, bbox_inches="tight")
    return paths
