"""Choosing and tracing figures already read: the ``estimates`` frame by category, and each figure beside its sentence."""

from __future__ import annotations

import pandas as pd

from ... import schema
from ...exceptions import ParameterError
from ...text.sentences import sentences_for


def select_categories(est: pd.DataFrame, categories: str = "") -> pd.DataFrame:
    """The figures of the comma-separated ``categories`` ("troops,casualties"); all when ``""``.

    Raises
    ------
    ParameterError
        When a name is not a category, naming the ones there are."""
    wanted = [c.strip() for c in categories.split(",") if c.strip()]
    known = list(schema.CATEGORY.categories)
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise ParameterError(f"unknown categories {unknown}; choose from {', '.join(known)}")
    if not wanted:
        return est
    return est[est["category"].isin(wanted)].reset_index(drop=True)


def trace_table(est: pd.DataFrame, sentences, articles: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """Every figure beside the sentence that states it and its article, to trace each number.

    Parameters
    ----------
    est : DataFrame
        The ``estimates`` frame.
    sentences : DataFrame or callable
        The ``sentences`` frame, or a lookup of the sentences of some rows
        (see :func:`dossier.text.sentences.sentences_for`): only the sentences
        of the figures shown are looked up.
    articles : DataFrame
        The ``articles`` frame.
    limit : int, optional
        Show only the ``limit`` most recent figures.

    Returns
    -------
    DataFrame
        Columns published, article (title, or path when untitled), category,
        subtype, item, figure (quantity_text), low, high, hedge, claimant and
        sentence (its text), ordered by date then position.
    """
    order = ["published", "article_id", "start"]
    if limit is not None and len(est) > limit:
        est = est.sort_values(order, ascending=False, na_position="last").head(limit)
    sent = sentences_for(sentences, est)[["article_id", "sentence", "text"]].rename(columns={"text": "sentence_text"})
    arts = articles[["article_id", "title", "path"]]
    out = est.merge(sent, on=["article_id", "sentence"], how="left").merge(arts, on="article_id", how="left")
    out = out.sort_values(order, na_position="last")
    return pd.DataFrame(
        {
            "published": out["published"].dt.date,
            "article": out["title"].fillna(out["path"]),
            "category": out["category"],
            "subtype": out["subtype"],
            "item": out["item"],
            "figure": out["quantity_text"],
            "low": out["low"],
            "high": out["high"],
            "hedge": out["hedge"],
            "claimant": out["claimant"].fillna("(the article itself)"),
            "sentence": out["sentence_text"],
        }
    ).reset_index(drop=True)
