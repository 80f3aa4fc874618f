"""Every extractor over a set of articles: the frames ``dossier extract`` writes.

All extractors work article by article, so :func:`extract` on any subset of
the articles gives exactly that subset's rows; the Dask engine and the brief's
cache rely on it.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from .. import schema
from ..exceptions import BadInputWarning
from ..schema import FRAME_NAMES
from ..text.sentences import sentences
from .entities import entities
from .estimates import estimates
from .quotes import quotes
from .themes import theme_rates, themes
from .tone import tone

__all__ = ["FRAME_NAMES", "concat", "extract", "extract_batches", "write_frames"]


def extract(articles: pd.DataFrame, *, lexicon=None) -> dict[str, pd.DataFrame]:
    """Run every extractor over ``articles``.

    Parameters
    ----------
    articles : DataFrame
        The ``articles`` frame.
    lexicon : str or Path, optional
        A theme lexicon CSV to use instead of the packaged one.

    Returns
    -------
    dict of str to DataFrame
        One frame per name in :data:`FRAME_NAMES`, each with the columns of
        :mod:`dossier.schema`.

    An article that makes an extractor fail is kept in ``articles`` with no
    other rows, its ``notes`` saying why, and a :class:`BadInputWarning`
    naming its file; the other articles' rows are unaffected.
    """
    try:
        return _extract(articles, lexicon)
    except Exception:
        pass
    # Some article breaks an extractor: go article by article, so that one
    # bad article never loses the others.
    parts, notes = [], articles["notes"].tolist()
    for i in range(len(articles)):
        try:
            parts.append(_extract(articles.iloc[i : i + 1], lexicon))
        except Exception as e:
            reason = f"extraction failed ({type(e).__name__}: {e}); no rows extracted"
            warnings.warn(f"{articles['path'].iloc[i]}: {reason}", BadInputWarning, stacklevel=2)
            notes[i] = "; ".join(n for n in (notes[i], reason) if isinstance(n, str) and n)
    frames = {name: concat(name, [p[name] for p in parts]) for name in FRAME_NAMES}
    frames["articles"] = schema.conform(articles.assign(notes=notes), "articles")
    return frames


def _extract(articles: pd.DataFrame, lexicon) -> dict[str, pd.DataFrame]:
    sents = sentences(articles)
    quo = quotes(sents, articles)
    thm = themes(sents, quo, lexicon=lexicon)
    frames = {
        "articles": articles,
        "sentences": sents,
        "estimates": estimates(sents, articles),
        "quotes": quo,
        "themes": thm,
        "theme_rates": theme_rates(thm, articles),
        "entities": entities(sents),
        "tone": tone(sents, quo),
    }
    return {name: schema.conform(frames[name], name) for name in FRAME_NAMES}


def extract_batches(articles: pd.DataFrame, *, lexicon=None, progress: bool = False, batch: int = 200) -> dict[str, pd.DataFrame]:
    """:func:`extract` in batches of articles, with a progress bar on long runs."""
    if len(articles) <= batch:
        return extract(articles, lexicon=lexicon)
    starts = range(0, len(articles), batch)
    if progress:
        starts = tqdm(starts, desc="extracting", unit=f"×{batch} articles", leave=False)
    parts = [extract(articles.iloc[i : i + batch], lexicon=lexicon) for i in starts]
    return {name: concat(name, [p[name] for p in parts]) for name in FRAME_NAMES}


def concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate frames of one kind, keeping the schema's dtypes."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.empty(name)
    return schema.conform(pd.concat(frames, ignore_index=True), name)


def write_frames(frames: dict[str, pd.DataFrame], out: Path, fmt: str = "csv") -> dict[str, Path]:
    """Write each frame to ``out/<name>.<fmt>``; returns the paths written.

    Each file is written beside its final name and renamed over it: a
    reader never sees half a frame, and a brief holding a hard link to the
    old file (:func:`dossier.scale.store.copy_store`) keeps the old one.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, df in frames.items():
        path = out / f"{name}.{fmt}"
        tmp = out / f".{name}.{fmt}.partial"
        if fmt == "parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_csv(tmp, index=False)
        os.replace(tmp, path)
        written[name] = path
    return written
