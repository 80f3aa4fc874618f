"""Chart of how quoted words travel: a row per quote, each article that carries it at its lag after the first.

Draws :func:`dossier.tables.relays.relays`.  The first article of each
quote sits at day 0 (a black diamond; its outlet is named with the quote);
every later one is a dot at its lag, named by its outlet and coloured by
how much of the first wording it kept, so trimmed relays stand out.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import Normalize
from matplotlib.ticker import FixedLocator, FuncFormatter

from ._style import axes, height_for, no_data, source_line

KEPT_CMAP = "RdYlGn"
# Lags up to this many days are drawn on a linear axis; beyond, a log one.
LINEAR_DAYS = 30
DAY_TICKS = (0, 1, 2, 7, 30, 100, 365, 1000, 3650)


def _short(text, width: int = 46) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def relay_lags_height(relayed: pd.DataFrame, *, top: int = 12) -> float:
    """Figure height (inches) for :func:`relay_lags` of ``relayed``: a row per quote charted, ``top`` at most."""
    rows = min(relayed["quote_key"].nunique(), top) if len(relayed) else 1
    return height_for(rows, per_row=0.45, extra=1.8, min_rows=1)


def relay_lags(relayed: pd.DataFrame, *, ax=None, top: int = 12, names: int = 40):
    """Days from the first article carrying each quote to every later one, coloured by the share of words kept.

    Parameters
    ----------
    relayed : DataFrame
        From :func:`dossier.tables.relays.relays`.
    ax : Axes, optional
    top : int
        Rows for the quotes carried by most articles (the frame's order).
    names : int
        Name the outlet beside each dot when the chart has at most this many.
    """
    ax = axes(ax)
    ax.set_title("How quoted words travel: days from the first article to each later one")
    keys = list(dict.fromkeys(relayed["quote_key"]))[:top] if len(relayed) else []
    df = relayed[relayed["quote_key"].isin(keys)]
    undated = int(df["lag_days"].isna().sum()) if len(df) else 0
    df = df[df["lag_days"].notna()] if len(df) else df
    if df.empty:
        return no_data(ax, "No quote carried by more than one dated article")
    row = {k: i for i, k in enumerate(keys)}
    y = df["quote_key"].map(row).to_numpy(float)
    first = (df["order"] == 0).to_numpy()
    norm = Normalize(0, 1)
    cmap = plt.get_cmap(KEPT_CMAP)
    ax.scatter(df["lag_days"][first], y[first], marker="D", s=36, color="black", zorder=3)
    later = ~first
    dots = ax.scatter(df["lag_days"][later], y[later], c=df["kept"][later].fillna(0), cmap=cmap, norm=norm, s=46,
                      edgecolors="0.3", linewidths=0.5, zorder=3)
    for key, g in df.groupby("quote_key", sort=False):
        ax.plot([0, g["lag_days"].max()], [row[key]] * 2, color="0.8", lw=1, zorder=1)
    if len(df) <= names:
        # Alternately above and below, so outlets at the same lag stay legible.
        for k, (lag, yy, outlet) in enumerate(zip(df["lag_days"][later], y[later], df["outlet"][later])):
            ax.annotate("outlet unknown" if pd.isna(outlet) else _short(outlet, 24), (lag, yy), xytext=(0, 7 if k % 2 == 0 else -12),
                        textcoords="offset points", ha="center", fontsize=6.5, color="0.25")
    labels = []
    for key in keys:
        head = relayed[relayed["quote_key"] == key].sort_values("order").iloc[0]
        speaker = head["speaker"] if isinstance(head["speaker"], str) else "unnamed"
        outlet = head["outlet"] if isinstance(head["outlet"], str) and head["outlet"] else "outlet unknown"
        labels.append(f"“{_short(head['text'])}” ({speaker}), first in {outlet}")
    ax.set_yticks(range(len(keys)), labels, fontsize=7)
    ax.set_ylabel("Quote (speaker), and the outlet that carried it first", fontsize=8)
    ax.set_ylim(-0.7, len(keys) - 0.3)
    ax.invert_yaxis()
    span = float(np.nanmax(df["lag_days"]))
    if span > LINEAR_DAYS:
        # Most relays take days, a few take years: a log scale past one day keeps both readable.
        ax.set_xscale("symlog", linthresh=1, linscale=0.6)
        ax.set_xlim(-0.3, span * 1.6)
        ax.xaxis.set_major_locator(FixedLocator([t for t in DAY_TICKS if t <= span * 1.6]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:,.0f}"))
        ax.set_xlabel("Days after the first article carrying the words (log scale beyond one day)")
    else:
        ax.set_xlim(-max(span * 0.05, 0.5), max(span * 1.1, 1))
        ax.set_xlabel("Days after the first article carrying the words")
    ax.grid(axis="x", color="0.92")
    bar = ax.figure.colorbar(dots, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label("Later articles: share of the first wording's words kept", fontsize=7)
    bar.ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _p: f"{v:.0%}"))
    note = f"; {undated:,} undated article(s) not shown" if undated else ""
    return source_line(
        ax,
        f"Source: dossier, {len(keys):,} quote{'' if len(keys) == 1 else 's'} carried by {df['article_id'].nunique():,} articles{note}; "
        "◆ the first article, ● each later one",
    )
