"""What every dossier chart shares: a source line, an empty-data notice, and rows of articles."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.category import StrCategoryFormatter
from matplotlib.text import Text
from matplotlib.ticker import FixedFormatter, FuncFormatter

_DOLLAR = re.compile(r"(?<!\\)\$")


def axes(ax=None):
    """The Axes to draw on: ``ax`` or the current one."""
    return ax if ax is not None else plt.gca()


def plain(text: str) -> str:
    """``text`` with each ``$`` escaped, so that matplotlib shows it rather than reading mathtext.

    Idempotent: a ``$`` escaped already is left alone.
    """
    return _DOLLAR.sub(r"\\$", text) if "$" in text else text


def plain_text(chart):
    """Make every text of the figure ``chart`` drew on plain text: titles, outlets, quotes and claimants are data.

    Matplotlib reads text between two ``$`` as mathtext, and a headline
    such as "$5bn deal, $6bn debt" fails to draw or draws as math.  Texts
    and legends are escaped once the chart is drawn; tick labels are made
    anew at each draw from the axis's formatter, whose labels are escaped.
    """

    @functools.wraps(chart)
    def wrapper(*args, **kwargs):
        result = chart(*args, **kwargs)
        figure = getattr(result, "figure", None) or (kwargs.get("ax") or plt.gca()).figure
        for text in figure.findobj(Text):
            s = text.get_text()
            if "$" in s:
                text.set_text(plain(s))
        for ax in figure.axes:
            for axis in (ax.xaxis, ax.yaxis):
                if isinstance(axis.get_major_formatter(), StrCategoryFormatter):
                    # Bars named by strings (ax.barh(labels, ...)): matplotlib's own categories.
                    axis.set_major_formatter(FuncFormatter(_plain_func(axis.get_major_formatter())))
                for formatter in (axis.get_major_formatter(), axis.get_minor_formatter()):
                    if isinstance(formatter, FixedFormatter):
                        formatter.seq = [plain(str(s)) for s in formatter.seq]
                    elif isinstance(formatter, FuncFormatter) and not getattr(formatter.func, "_plain", False):
                        # What set_ticks(..., labels) makes of a list of labels.
                        formatter.func = _plain_func(formatter.func)
        return result

    return wrapper


def _plain_func(func):
    def plain_label(x, pos=None):
        return plain(str(func(x, pos)))

    plain_label._plain = True
    return plain_label


def source_line(ax, text: str = "Source: dossier extraction from the article corpus"):
    """Write a source line under the chart, so it stands alone when forwarded."""
    # Anchored under the x-axis label, wherever tick labels push it.
    ax.annotate(
        text,
        xy=(0, 0),
        xycoords=("axes fraction", ax.xaxis.label),
        xytext=(0, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=7,
        color="0.4",
    )
    return ax


def no_data(ax, message: str = "No data for these parameters"):
    """Say so on the chart rather than drawing an empty frame of axes."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


# A chart with a row per article stays readable up to about this many rows;
# beyond it, rows are outlets.
MAX_ROWS = 40
OTHER_OUTLETS = "other outlets"


class Rows(NamedTuple):
    """The rows of a per-article chart: each article's row label, and what a row is."""

    label: pd.Series
    """Row of each article (index article_id): an ordered categorical, top row first."""
    kind: str
    """``article``, or ``outlet`` when there were more than the chart's rows."""

    @property
    def axis_label(self) -> str:
        return "Article (publication date · headline)" if self.kind == "article" else "Outlet (articles in the corpus)"

    def note(self, n_articles: int) -> str:
        """Words for a source line saying what the rows are, when they are not articles."""
        if self.kind == "article":
            return ""
        return f"; a row per outlet, as {n_articles:,} articles are too many for a row each"


def article_labels(articles: pd.DataFrame, width: int = 48) -> pd.Series:
    """``date · title`` of each article, shortened to ``width`` characters, indexed by article_id."""
    titles = articles["title"].fillna(articles["path"].astype("str")).astype("str")
    short = titles.where(titles.str.len() <= width, titles.str.slice(0, width - 1) + "…")
    dates = articles["published"].dt.strftime("%Y-%m-%d").fillna("undated")
    return pd.Series((dates + " · " + short).to_numpy(), index=articles["article_id"].to_numpy())


def article_rows(articles: pd.DataFrame, max_rows: int = MAX_ROWS) -> Rows:
    """A row per article, oldest first, up to ``max_rows`` articles; else a row per outlet.

    Outlets are ordered by their number of articles; beyond ``max_rows - 1``
    of them the rest share the last row, "other outlets".  Two articles
    with the same date and headline keep a row each.
    """
    if len(articles) <= max_rows:
        df = articles.sort_values("published", na_position="first", kind="stable")
        labels = article_labels(df)
        seen: dict[str, int] = {}
        unique = []
        for text in labels:
            seen[text] = seen.get(text, 0) + 1
            unique.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
        return Rows(pd.Series(pd.Categorical(unique, categories=unique, ordered=True), index=labels.index), "article")
    outlet = articles["source"].fillna("").astype("str").replace("", "outlet unknown")
    counts = outlet.value_counts(sort=True)
    kept = list(counts.index[: max_rows - 1]) if len(counts) > max_rows else list(counts.index)
    rest = int(counts.drop(kept).sum())
    names = {o: f"{o} ({counts[o]:,})" for o in kept}
    other = f"{OTHER_OUTLETS} ({rest:,})"
    label = outlet.map(names).fillna(other)
    order = [names[o] for o in kept] + ([other] if rest else [])
    return Rows(pd.Series(pd.Categorical(label, categories=order, ordered=True), index=articles["article_id"].to_numpy()), "outlet")


def height_for(n_rows: int, per_row: float, extra: float, *, min_rows: int = 4) -> float:
    """Figure height (inches) for ``n_rows`` rows (``min_rows`` at least): ``per_row`` a row, plus ``extra``."""
    return per_row * max(n_rows, min_rows) + extra


def rows_height(articles: pd.DataFrame, per_row: float, extra: float, *, min_rows: int = 3, max_rows: int = MAX_ROWS) -> float:
    """Figure height (inches) for a chart of :func:`article_rows`: ``per_row`` a row, plus ``extra``."""
    n = len(article_rows(articles, max_rows).label.cat.categories) if len(articles) else 0
    return per_row * max(n, min_rows) + extra
