"""Charts of the corpus itself: when articles appeared, from which outlet, and how long they are."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd

from ._style import article_rows, axes, no_data, plain_text, source_line


def outlet_labels(articles: pd.DataFrame) -> pd.Series:
    """Outlet of each article, "unknown outlet" where none is known."""
    return articles["source"].fillna("unknown outlet").astype("str")


@plain_text
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
    return source_line(ax, f"Source: dossier, {len(articles):,} articles{note}")


@plain_text
def article_lengths(articles: pd.DataFrame, *, ax=None):
    """Horizontal bars of each article's length in words; beyond :data:`~dossier.plots._style.MAX_ROWS` articles, the spread of lengths per outlet."""
    ax = axes(ax)
    if articles.empty:
        ax.set_title("Length of each article")
        return no_data(ax)
    rows = article_rows(articles)
    order = list(rows.label.cat.categories)
    words = articles.set_index("article_id")["n_words"]
    if rows.kind == "article":
        ax.set_title("Length of each article")
        ax.barh(range(len(order)), words.reindex(rows.label.sort_values().index), color="tab:blue")
        ax.set_yticks(range(len(order)), order, fontsize=8)
    else:
        ax.set_title("Length of the articles of each outlet")
        by_row = words.groupby(rows.label.reindex(words.index).to_numpy())
        ax.boxplot([by_row.get_group(r).to_numpy() for r in order], orientation="horizontal", widths=0.6, showfliers=False,
                   medianprops={"color": "black"}, patch_artist=True, boxprops={"facecolor": "tab:blue", "alpha": 0.5})
        ax.set_yticks(range(1, len(order) + 1), order, fontsize=8)
    ax.invert_yaxis()
    ax.set_ylabel(rows.axis_label)
    ax.set_xlabel("Words in the body (after page furniture is removed)")
    how = "; box: middle half of the outlet's articles, line: median, whiskers: to 1.5 boxes beyond it, farther articles not drawn" if rows.kind == "outlet" else ""
    return source_line(ax, f"Source: dossier, {len(articles):,} articles{rows.note(len(articles))}{how}")
