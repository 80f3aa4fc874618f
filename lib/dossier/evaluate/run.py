"""``dossier evaluate``: extract (or read) the labelled articles and score them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dossier import EXTRACTOR_VERSION, extract
from dossier.extractors.pipeline import FAILED_NOTE, STOPPED_NOTE
from dossier.extractors.mentions.mention_vocab import outlet_styles
from dossier.text.outlets import outlet_names
from dossier.vocab import load_table

from .gold import Gold, Problem, read_gold
from .match import match_article
from .names import name_key
from .score import Error, figures, score_article

STYLES = ("korean", "western", "russian_state", "dprk_state", "ukrainian", "think_tank", "other")
_FRAMES = ("sentences", "estimates", "quotes", "themes")


@dataclass
class Report:
    """The figures of a scoring run, overall and per outlet style, with every error.

    ``figures`` and each ``by_style[style]`` map a figure's name
    (``estimates.f1``, ``quotes.speaker_accuracy``, ``themes.sovereignty.recall``, ...)
    to ``{"value": float or None, "n": int}``.
    """

    folders: list[str]
    extractor_version: str
    articles: int
    figures: dict
    by_style: dict
    style_articles: dict
    errors: list[Error] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "folders": self.folders,
            "extractor_version": self.extractor_version,
            "articles": self.articles,
            "figures": self.figures,
            "by_style": self.by_style,
            "style_articles": self.style_articles,
            "errors": [e.as_dict() for e in self.errors],
            "problems": [{"path": p.path, "reason": p.reason, "scored": p.scored} for p in self.problems],
        }


def style_of(source) -> str:
    """Outlet style of an article's ``source`` through ``data/outlet_styles.csv``; "other" when unlisted."""
    styles = outlet_styles()
    found = styles.get(name_key(source))
    return found or next((styles[name] for name in outlet_names(source) if name in styles), "other")


def evaluate(folders, *, frames=None, only=None) -> Report:
    """Score dossier's extraction of labelled folders against their labels.

    Parameters
    ----------
    folders : iterable of str or Path
        Labelled folders, each with ``articles/`` and ``labels/``.
    frames : str or Path, optional
        A folder written by ``dossier extract`` from these articles: its
        frames are scored instead of extracting the articles again.  Its rows
        are picked by article id (the hash of the text), so it may hold other
        articles too.
    only : set of str, optional
        File stems of the articles to score ("h183_munhwa_x"); the others are
        left out, extracted or not.

    Returns
    -------
    Report
    """
    folders = [str(f) for f in folders]
    gold = read_gold(folders)
    if only is not None:
        gold = _only(gold, set(only))
    rows = _frames(gold, frames)
    by_id = {name: _by_article(df) for name, df in rows.items()}
    total, per_style, n_style, errors = Counter(), {}, Counter(), []
    for art in gold.labelled:
        theme_rows = by_id["themes"].get(art.article_id, [])
        first = {}
        for t in theme_rows:
            first.setdefault(t["theme"], t["sentence"])
        m = match_article(
            art,
            by_id["sentences"].get(art.article_id, []),
            by_id["estimates"].get(art.article_id, []),
            by_id["quotes"].get(art.article_id, []),
            first,
        )
        counts, errs = score_article(m)
        style = style_of(art.source)
        total += counts
        per_style.setdefault(style, Counter()).update(counts)
        n_style[style] += 1
        errors += errs
    themes = sorted(set(load_table("themes.csv")["theme"]))
    return Report(
        folders=folders,
        extractor_version=EXTRACTOR_VERSION,
        articles=len(gold.labelled),
        figures=figures(total, themes),
        by_style={s: figures(per_style[s]) for s in STYLES if s in per_style},
        style_articles={s: n_style[s] for s in STYLES if s in n_style},
        errors=errors,
        problems=gold.problems,
    )


def _only(gold: Gold, stems: set[str]) -> Gold:
    labelled = [art for art in gold.labelled if art.stem in stems]
    ids = {art.article_id for art in labelled}
    articles = gold.articles[gold.articles["article_id"].isin(ids)] if len(gold.articles) else gold.articles
    return Gold(articles, labelled, gold.problems)


def _frames(gold: Gold, folder) -> dict[str, pd.DataFrame]:
    if folder is None:
        if gold.articles.empty:
            return {name: pd.DataFrame() for name in _FRAMES}
        out = extract(gold.articles)
        _name_articles_read_short(gold, out["articles"])
        return {name: out[name] for name in _FRAMES}
    ids = set(gold.articles["article_id"]) if len(gold.articles) else set()
    out = {}
    for name in _FRAMES:
        df = _read_frame(Path(folder), name)
        out[name] = df[df["article_id"].isin(ids)] if len(df) else df
    missing = ids - set(out["sentences"]["article_id"]) if len(out["sentences"]) else ids
    for art in gold.labelled:
        if art.article_id in missing:
            gold.problems.append(Problem(art.path, f"not in the frames of {folder}: scored as found nothing", scored=True))
    return out


def _name_articles_read_short(gold: Gold, articles: pd.DataFrame) -> None:
    """Add a problem for every article whose extraction failed or was stopped: its scores fall for that reason, not for a rule."""
    notes = dict(zip(articles["article_id"].astype(str), articles["notes"].fillna("").astype(str)))
    for art in gold.labelled:
        note = notes.get(art.article_id, "")
        if FAILED_NOTE in note or STOPPED_NOTE in note:
            gold.problems.append(Problem(art.path, f"{note}: scored as extracted", scored=True))


def _read_frame(folder: Path, name: str) -> pd.DataFrame:
    pq, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if pq.exists():
        df = pd.read_parquet(pq)
    elif csv.exists():
        df = pd.read_csv(csv, keep_default_na=False, na_values=[""], dtype={"article_id": str, "quote_id": str})
    else:
        raise FileNotFoundError(f"{folder} has no {name} frame (written by 'dossier extract')")
    df["article_id"] = df["article_id"].astype(str)
    return df


def _by_article(df: pd.DataFrame) -> dict[str, list[dict]]:
    if df is None or df.empty:
        return {}
    out: dict[str, list[dict]] = {}
    for row in df.to_dict("records"):
        out.setdefault(row["article_id"], []).append(row)
    return out
