"""Charts of the corpus itself: when articles appeared, from which outlet, and how long they are."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd

from ._style import axes, no_data, source_line


def outlet_labels(articles: pd.DataFrame) -> pd.Series:
    """Outlet of each article, "unknown outlet" where none is known."""
    return articles["source"].fillna("unknown outlet").astype("str")


def articles_over_time(articles: pd.DataFrame, *, ax=None, freq: str = "MS"):
    """Stacked bars of articles per month (``freq``), coloured by outlet."""
    ax = axes(ax)
    dated = articles.dropna(subset=["published"])
    ax.set_title("Articles per month, by outlet")
    if dated.empty:
        return no_data(ax, "No article has a known date")
    counts = (
        dated.assign(outlet=outlet_labels(dated), period=dated["published"].dt.to_period(freq[0]).dt.start_time)
        .pivot_table(index="period", columns="outlet", values="article_id", aggfunc="count", fill_value=0)
    )
    bottom = pd.Series(0, index=counts.index)
    width = 20 if freq.startswith("M") else 5
    for outlet in counts.columns:
        ax.bar(counts.index, counts[outlet], bottom=bottom, width=width, label=outlet, align="edge")
        bottom = bottom + counts[outlet]
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.tick_params(axis="x", labelrotation=30)
    ax.set_xlabel("Month of publication")
    ax.set_ylabel("Articles (count)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="Outlet", fontsize=8)
    undated = len(articles) - len(dated)
    note = f"; {undated} article(s) of unknown date not shown" if undated else ""
    return source_line(ax, f"Source: dossier, {len(articles)} articles{note}")


def article_lengths(articles: pd.DataFrame, *, ax=None, label: str = "title"):
    """Horizontal bars of each article's length in words."""
    ax = axes(ax)
    ax.set_title("Length of each article")
    if articles.empty:
        return no_data(ax)
    df = articles.sort_values("published", na_position="first")
    labels = [
        (str(t)[:50] + "…" if len(str(t)) > 50 else str(t)) if pd.notna(t) else p
        for t, p in zip(df[label], df["path"])
    ]
    ax.barh(range(len(df)), df["n_words"], color="tab:blue")
    ax.set_yticks(range(len(df)), labels, fontsize=8)
    ax.set_xlabel("Words in the body (after page furniture is removed)")
    return source_line(ax, f"Source: dossier, {len(articles)} articles")
