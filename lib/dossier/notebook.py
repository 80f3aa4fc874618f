"""What a notebook needs besides the extractors: frames for its parameters, and saving charts.

Notebooks call :func:`load` with their ``articles``, ``since`` and ``until``
parameters and :func:`save_chart` for each figure; the brief runner reads
the charts folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .exceptions import DossierError

_FRAME_FILES = ("articles.parquet", "articles.csv")
# Body text dominates a store's size (about 5 KB an article, twice: articles
# and sentences); most charts never read it.
TEXT_COLUMNS = {"articles": ("text",), "sentences": ("text",)}
# Stores of up to this many articles are read whole when text=None.
TEXT_LIMIT = 10_000


class Frames(NamedTuple):
    """Every frame of a corpus, filtered to the notebook's dates."""

    articles: pd.DataFrame
    rejected: pd.DataFrame
    sentences: pd.DataFrame
    estimates: pd.DataFrame
    quotes: pd.DataFrame
    themes: pd.DataFrame
    theme_rates: pd.DataFrame
    entities: pd.DataFrame
    tone: pd.DataFrame


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
        themes are then matched again with it.
    text : bool, optional
        From a folder written by ``dossier extract``: whether to read the
        body text of ``articles`` and ``sentences`` (left NA otherwise).
        None (the default) reads it for stores of at most
        :data:`TEXT_LIMIT` articles.  Articles read from files always have
        their text.
    """
    from .corpus import read_corpus
    from .pipeline import extract

    lo, hi = parse_date(since, "since"), parse_date(until, "until")
    paths = [articles] if isinstance(articles, (str, Path)) else list(articles)
    store = _frame_store(paths)
    if store is not None:
        # Theme matching needs sentence text, so a lexicon of the analyst's own forces it.
        frames = _read_store(store, text=True if lexicon else text)
        if lexicon:
            from .themes import theme_rates, themes

            frames["themes"] = themes(frames["sentences"], frames["quotes"], lexicon=lexicon)
            frames["theme_rates"] = theme_rates(frames["themes"], frames["articles"])
    else:
        corpus = read_corpus(paths)
        frames = extract(corpus.articles, lexicon=lexicon) if len(corpus.articles) else _empty_frames()
        frames["rejected"] = corpus.rejected
    return _filter(frames, lo, hi)


def _empty_frames() -> dict[str, pd.DataFrame]:
    from . import schema
    from .pipeline import FRAME_NAMES

    return {name: schema.empty(name) for name in FRAME_NAMES}


def _frame_store(paths) -> Path | None:
    if len(paths) == 1:
        p = Path(paths[0])
        if p.is_dir() and any((p / f).exists() for f in _FRAME_FILES):
            return p
    return None


def _read_store(folder: Path, *, text: bool | None = True) -> dict[str, pd.DataFrame]:
    from . import schema
    from .pipeline import FRAME_NAMES

    if text is None:
        text = _store_rows(folder, "articles") <= TEXT_LIMIT
    out = {}
    for name in (*FRAME_NAMES, "rejected"):
        skip = () if text else TEXT_COLUMNS.get(name, ())
        df = _read_frame(folder, name, skip)
        out[name] = schema.empty(name) if df is None else schema.conform(df, name)
    return out


def _read_frame(folder: Path, name: str, skip) -> pd.DataFrame | None:
    """``folder/<name>.parquet`` (a file or a folder of parts) or ``.csv``, without the ``skip`` columns.

    Parquet reads only the columns asked for from disk; skipped columns come
    back as NA so the frame still has its schema.
    """
    pq, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if pq.exists():
        import pyarrow.dataset as ds

        names = ds.dataset(pq, format="parquet").schema.names
        df = pd.read_parquet(pq, columns=[c for c in names if c not in skip])
    elif csv.exists():
        df = pd.read_csv(csv, keep_default_na=False, na_values=[""], usecols=lambda c: c not in skip)
    else:
        return None
    return df.assign(**{c: pd.NA for c in skip})


def _store_rows(folder: Path, name: str) -> int:
    pq = folder / f"{name}.parquet"
    if pq.exists():
        import pyarrow.dataset as ds

        return ds.dataset(pq, format="parquet").count_rows()
    # A CSV store cannot be counted without reading it; CSV is for small corpora.
    return 0


def _filter(frames: dict[str, pd.DataFrame], lo, hi) -> Frames:
    arts = frames["articles"]
    if lo is not None or hi is not None:
        keep = arts["published"].notna()
        if lo is not None:
            keep &= arts["published"] >= lo
        if hi is not None:
            keep &= arts["published"] <= hi
        ids = set(arts.loc[keep, "article_id"])
        frames = {
            name: (df[df["article_id"].isin(ids)].reset_index(drop=True) if "article_id" in df.columns else df)
            for name, df in frames.items()
        }
    return Frames(**{name: frames[name] for name in Frames._fields})


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
    fig.savefig(paths[1], bbox_inches="tight")
    return paths
