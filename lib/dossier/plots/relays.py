"""Chart of how quoted words travel: a row per quote, each article that carries it at its lag after the first.

Draws :func:`dossier.tables.relays.relays`.  The first article of each
quote sits at day 0 (a black diamond, its outlet named); every later one is
a dot at its lag, named by its outlet and coloured by how much of the first
wording it kept, so trimmed relays stand out.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import Normalize
from matplotlib.lines import Line2D

from ._style import axes, no_data, source_line

KEPT_CMAP = "RdYlGn"


def _short(text, width: int = 46) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
        for lag, yy, outlet in zip(df["lag_days"], y, df["outlet"]):
            ax.annotate("outlet unknown" if pd.isna(outlet) else str(outlet), (lag, yy), xytext=(0, 7), textcoords="offset points",
                        ha="center", fontsize=6.5, color="0.25")
    labels = []
    for key in keys:
        g = df[df["quote_key"] == key]
        head = g.sort_values("order").iloc[0] if len(g) else relayed[relayed["quote_key"] == key].iloc[0]
        labels.append(f"“{_short(head['text'])}” ({head['speaker'] if isinstance(head['speaker'], str) else 'unnamed'})")
    ax.set_yticks(range(len(keys)), labels, fontsize=7)
    ax.set_ylim(-0.7, len(keys) - 0.3)
    ax.invert_yaxis()
    span = float(np.nanmax(df["lag_days"])) if len(df) else 0.0
    ax.set_xlim(-max(span * 0.05, 0.5), max(span * 1.1, 1))
    ax.set_xlabel("Days after the first article carrying the words")
    ax.grid(axis="x", color="0.92")
    bar = ax.figure.colorbar(dots, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label("Share of the first wording's words kept", fontsize=7)
    bar.ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _p: f"{v:.0%}"))
    ax.legend(
        handles=[
            Line2D([], [], marker="D", ls="", color="black", label="first article"),
            Line2D([], [], marker="o", ls="", mfc=cmap(0.5), mec="0.3", label="later article (colour: words kept)"),
        ],
        loc="lower right", fontsize=7,
    )
    note = f"; {undated:,} undated article(s) not shown" if undated else ""
    return source_line(
        ax, f"Source: dossier, {len(keys):,} quote{'' if len(keys) == 1 else 's'} carried by {df['article_id'].nunique():,} articles{note}"
    )
