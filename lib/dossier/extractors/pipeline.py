"""Every extractor over a set of articles: the frames ``dossier extract`` writes.

All extractors work article by article, so :func:`extract` on any subset of
the articles gives exactly that subset's rows; the Dask engine and the brief's
cache rely on it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import warnings
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from .. import schema
from ..budget import OverBudget, as_budget, time_limit
from ..exceptions import BadInputWarning, DossierError
from ..schema import FRAME_NAMES
from ..text.sentences import sentences
from ..text.words import count_words
from .entities import entities
from .figures.estimates import estimates
from .figures.quoted_figures import figure_speakers
from .speech.quotes import quotes
from .rhetoric.themes import theme_rates, themes
from .tone import tone

__all__ = ["FRAME_NAMES", "FAILED_NOTE", "STOPPED_NOTE", "concat", "extract", "extract_batches", "write_frames"]

# The words of an article's note that say its extraction was stopped over its budget, or failed: the brief looks for them.
STOPPED_NOTE = "extraction stopped: over its time budget"
FAILED_NOTE = "extraction failed"


def extract(articles: pd.DataFrame, *, lexicon=None, budget=None) -> dict[str, pd.DataFrame]:
    """Run every extractor over ``articles``.

    Parameters
    ----------
    articles : DataFrame
        The ``articles`` frame.
    lexicon : str or Path, optional
        A theme lexicon CSV to use instead of the packaged one.
    budget : float or Budget, optional
        Seconds an article of 100,000 characters or fewer may take, and as
        much again per 100,000 beyond (:mod:`dossier.budget`); default
        10, 0 for no limit.

    Returns
    -------
    dict of str to DataFrame
        One frame per name in :data:`FRAME_NAMES`, each with the columns of
        :mod:`dossier.schema`.  The ``quotes`` frame is :func:`dossier.quotes`
        with :func:`dossier.figure_speakers` applied: a quoted figure no one
        is said to speak is given its claimant as speaker.

    An article that makes an extractor fail is kept in ``articles`` with no
    other rows, its ``notes`` saying why, and a :class:`BadInputWarning`
    naming its file; the other articles' rows are unaffected.  One that
    runs over its budget keeps its ``articles`` and ``sentences`` rows (when
    splitting it into sentences fits in the budget) and a note.
    """
    budget = as_budget(budget)
    if budget.seconds:
        warm_up(lexicon)
    sizes = articles["text"].fillna("").str.len().tolist() if "text" in articles else [0] * len(articles)
    # The batch as a whole: the largest article's allowance, and time for the
    # rest at a slow reading pace; over it, each article gets its own.
    whole = max((budget.allowed(n) for n in sizes), default=0) + sum(sizes) / _SLOW_CHARS_PER_SECOND
    limit = time_limit(whole)
    try:
        with limit:
            return _extract(articles, lexicon)
    except DossierError:
        raise  # a bad lexicon, say: no article's fault, and every article's
    except OverBudget as e:
        if not limit.owns(e):
            raise  # a limit set around this call: not ours to handle
    except Exception:
        pass
    # Some article breaks an extractor or runs long: go article by article,
    # so that one bad article never loses the others.
    parts, notes = [], articles["notes"].tolist()
    for i in range(len(articles)):
        one = articles.iloc[i : i + 1]
        allowed = budget.allowed(sizes[i])
        limit = time_limit(allowed)
        try:
            with limit:
                parts.append(_extract(one, lexicon))
            continue
        except DossierError:
            raise
        except OverBudget as e:
            if not limit.owns(e):
                raise
            reason = f"{STOPPED_NOTE} of {allowed:.0f} s (dossier extract --budget)"
            parts.append(_reading_frames(one, allowed))
            if not len(parts[-1]["sentences"]):
                reason += "; no rows extracted"
            else:
                reason += "; only its sentences kept"
        except Exception as e:
            reason = f"{FAILED_NOTE} ({type(e).__name__}: {str(e)[:200]}); no rows extracted"
        warnings.warn(f"{articles['path'].iloc[i]}: {reason}", BadInputWarning, stacklevel=2)
        notes[i] = "; ".join(n for n in (notes[i], reason) if isinstance(n, str) and n)
    frames = {name: concat(name, [p[name] for p in parts]) for name in FRAME_NAMES}
    frames["articles"] = schema.conform(articles.assign(notes=notes), "articles")
    return frames


_SLOW_CHARS_PER_SECOND = 20_000

# A few sentences that touch every extractor: a quote relayed by a medium, a hedged figure with its claimant,
# a theme's words.
_WARM_UP_TEXT = (
    'Kim Jong Un said the alliance was "invincible", the Korean Central News Agency reported on Friday. '
    "About 11,000 North Korean troops were sent to the Kursk region, the National Intelligence Service said."
)


@functools.cache
def warm_up(lexicon=None) -> None:
    """Load every extractor's vocabularies and patterns once per process, before any article's time limit starts.

    The first call of each extractor in a process reads its data files and
    compiles its patterns, which takes seconds on a loaded machine: inside a
    limit, that would count against the first article's budget (or the
    batch's) and stop a healthy article.
    """
    row = dict.fromkeys(schema.columns("articles"))
    row.update(article_id="warm-up", text=_WARM_UP_TEXT, source="Reuters", published=pd.Timestamp("2025-01-01"))
    row.update(n_words=count_words(_WARM_UP_TEXT))
    one = pd.DataFrame([row])
    with contextlib.suppress(Exception):  # a bad lexicon, say: the real call reports it
        _extract(one, lexicon)


def _reading_frames(article: pd.DataFrame, seconds: float) -> dict[str, pd.DataFrame]:
    """The frames of an article whose extraction ran over budget: its sentences, if splitting fits in ``seconds``, and nothing else."""
    frames = {name: schema.empty(name) for name in FRAME_NAMES}
    frames["articles"] = schema.conform(article, "articles")
    limit = time_limit(seconds)
    try:
        with limit:
            frames["sentences"] = schema.conform(sentences(article), "sentences")
    except OverBudget as e:
        if not limit.owns(e):
            raise
    except Exception:  # noqa: BLE001 - the article row is kept whatever happens here
        pass
    return frames


def _extract(articles: pd.DataFrame, lexicon) -> dict[str, pd.DataFrame]:
    sents = sentences(articles)
    quo = quotes(sents, articles)
    est = estimates(sents, articles, quo)
    quo = figure_speakers(quo, est)  # a quoted figure no one is said to speak is its claimant's words
    thm = themes(sents, quo, lexicon=lexicon, articles=articles)
    frames = {
        "articles": articles,
        "sentences": sents,
        "estimates": est,
        "quotes": quo,
        "themes": thm,
        "theme_rates": theme_rates(thm, articles),
        "entities": entities(sents),
        "tone": tone(sents, quo, articles),
    }
    return {name: schema.conform(frames[name], name) for name in FRAME_NAMES}


def extract_batches(articles: pd.DataFrame, *, lexicon=None, progress: bool = False, batch: int = 200, budget=None) -> dict[str, pd.DataFrame]:
    """:func:`extract` in batches of articles, with a progress bar on long runs."""
    if len(articles) <= batch:
        return extract(articles, lexicon=lexicon, budget=budget)
    starts = range(0, len(articles), batch)
    if progress:
        starts = tqdm(starts, desc="extracting", unit=f"×{batch} articles", leave=False)
    parts = [extract(articles.iloc[i : i + batch], lexicon=lexicon, budget=budget) for i in starts]
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
