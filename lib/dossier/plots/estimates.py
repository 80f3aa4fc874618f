"""Charts of the estimates frame: troop figures over time, munitions, claimants compared.

Every figure is drawn as what it claims: a filled dot for an exact or
approximate figure, an open triangle with an arrow for a bound ("more than"
points up, "up to" points down), a bar with caps for a range, and an open
diamond with a dashed arrow for a vague count ("thousands of").
"""

from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.colors import to_hex
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .. import labels
from ._style import axes, no_data, plain_text, source_line

ASSERTED = "(the article itself)"
MUNITIONS = ("artillery_shells", "missiles", "rockets", "artillery_systems", "shipments", "other")
_ARROW = 16  # points


def label(category: str) -> str:
    """Reader-facing name of a category, from ``data/display_labels.csv``."""
    return labels.label("category", category)


def claimant_labels(est: pd.DataFrame) -> pd.Series:
    """Claimant of each figure, with figures the article asserts itself named as such."""
    return est["claimant"].astype("object").fillna(ASSERTED).astype("str")


def _count(x, _pos=None) -> str:
    if x >= 1e6:
        return f"{x / 1e6:g} million"
    return f"{x:,.0f}"


def _value(row) -> float:
    return row.low if not math.isnan(row.low) else row.high


# Arrows are drawn one by one (an annotation each); beyond this many figures
# in a chart they would take minutes to draw and pile into a smear, and the
# markers alone say which way a bound points.
ARROWS_UP_TO = 200
_BOUND_MARKERS = {  # (hedge, vertical) -> marker
    ("lower_bound", True): "^", ("upper_bound", True): "v", ("lower_bound", False): ">", ("upper_bound", False): "<",
    ("vague", True): "D", ("vague", False): "D",
}


def draw_figures(ax, pos, est: pd.DataFrame, colors, *, vertical: bool = True, arrows: bool | None = None) -> None:
    """Draw each figure of ``est`` at its ``pos`` on the category axis, its value on the other, as its hedge says.

    Parameters
    ----------
    ax : Axes
    pos : sequence of float
        Position of each figure on the category axis (a date number, a row).
    est : DataFrame
        Estimates rows: ``low``, ``high``, ``hedge``.
    colors : sequence
        Colour of each figure.
    vertical : bool
        Values on the y axis (True) or the x axis.
    arrows : bool, optional
        Draw the arrow of each bound; by default when there are at most
        :data:`ARROWS_UP_TO` figures.

    Markers of one kind and colour are drawn in one call, so that a chart of
    tens of thousands of figures draws in seconds.
    """
    pos = np.asarray(pos, dtype=float)
    low, high = est["low"].to_numpy(float), est["high"].to_numpy(float)
    hedge = est["hedge"].astype("str").to_numpy()
    colors = np.asarray([to_hex(c) for c in colors], dtype=object)
    value = np.where(np.isnan(low), high, low)
    arrows = len(est) <= ARROWS_UP_TO if arrows is None else arrows
    # Where there are too many figures for arrows: smaller markers, so that
    # they overlap less, and drawn as a bitmap inside a vector (SVG) file,
    # which would otherwise hold every marker of every figure.
    many = len(est) > ARROWS_UP_TO
    size = 4 if many else 8

    def at(p, v):
        return (p, v) if vertical else (v, p)

    def markers(mask, marker, **style):
        for color in dict.fromkeys(colors[mask]):
            m = mask & (colors == color)
            ax.plot(*at(pos[m], value[m]), ls="", marker=marker, rasterized=many, **{k: (color if v is None else v) for k, v in style.items()})

    ranged = hedge == "range"
    if ranged.any():
        segments = [[at(p, lo), at(p, hi)] for p, lo, hi in zip(pos[ranged], low[ranged], high[ranged])]
        ax.add_collection(LineCollection(segments, colors=list(colors[ranged]), linewidths=2.5, capstyle="butt", rasterized=many))
        for color in dict.fromkeys(colors[ranged]):
            m = ranged & (colors == color)
            for ends in (low[m], high[m]):
                ax.plot(*at(pos[m], ends), ls="", marker="_" if vertical else "|", ms=12, mew=2.5, color=color, rasterized=many)
    markers(np.isin(hedge, ("exact", "approximate")), "o", ms=size, color=None, mec="white", mew=0.8 * size / 8, zorder=3)
    for (kind, vert), marker in _BOUND_MARKERS.items():
        if vert == vertical:
            markers(hedge == kind, marker, ms=size, mfc="white", mec=None, mew=1.8 * size / 8, zorder=3)
    if not arrows:
        return
    for i in np.flatnonzero(np.isin(hedge, ("lower_bound", "upper_bound", "vague"))):
        up = hedge[i] != "upper_bound"
        offset = (0, _ARROW if up else -_ARROW) if vertical else (_ARROW if up else -_ARROW, 0)
        ax.annotate(
            "", xy=at(pos[i], value[i]), xytext=offset, textcoords="offset points",
            arrowprops=dict(arrowstyle="<-", color=colors[i], lw=1.5, ls="--" if hedge[i] == "vague" else "-", shrinkA=0, shrinkB=5),
        )


def bound_legend(ax, loc="lower left", bbox_to_anchor=(1.01, 0.0), *, arrows: bool = True, **kwargs):
    """A legend of how bounds are drawn, outside the axes on the right.

    To add a colour legend beside it, pass the returned legend to
    ``ax.add_artist`` before calling ``ax.legend`` again.  ``arrows``:
    whether the chart drew the bounds' arrows (see :func:`draw_figures`).
    """
    larger, smaller = (": arrow to larger", ": arrow to smaller") if arrows else (": points to larger", ": points to smaller")
    handles = [
        Line2D([], [], marker="o", ls="", color="0.3", label="exact or approximate"),
        Line2D([], [], marker="^", ls="", mfc="white", mec="0.3", mew=1.8, label="at least (“more than”)" + larger),
        Line2D([], [], marker="v", ls="", mfc="white", mec="0.3", mew=1.8, label="at most (“up to”)" + smaller),
        Line2D([], [], marker="|", ls="-", color="0.3", lw=2.5, label="range (low to high)"),
        Line2D([], [], marker="D", ls="", mfc="white", mec="0.3", mew=1.8, label="vague (“thousands of”: at least)"),
    ]
    legend = ax.legend(handles=handles, loc=loc, bbox_to_anchor=bbox_to_anchor, fontsize=7, title="How sure", title_fontsize=8, **kwargs)
    # ax.add_artist clips what it adds to the axes, and a tight bounding box then leaves
    # out the part of this legend outside them: the saved chart cut it off mid-word.
    legend.set_clip_on(False)
    return legend


OTHERS = "other sources"


def _colors(names) -> dict[str, str]:
    # Greys are kept for "other sources" and the article itself.
    cycle = [c for c in plt.rcParams["axes.prop_cycle"].by_key()["color"] if to_hex(c) != "#7f7f7f"]
    names = sorted(set(names) - {ASSERTED, OTHERS})
    out = {n: cycle[i % len(cycle)] for i, n in enumerate(names)}
    out[OTHERS] = "0.75"
    out[ASSERTED] = "0.35"
    return out


def top_claimants(who: pd.Series, top: int = 8) -> pd.Series:
    """``who`` with all but the ``top`` most frequent claimants folded into "other sources".

    Keeps a chart's colours distinguishable and its legend short.
    """
    named = who[who != ASSERTED].value_counts()
    keep = set(named.index[:top]) | {ASSERTED}
    return who.where(who.isin(keep), OTHERS)


@plain_text
def troop_estimates(est: pd.DataFrame, *, ax=None, category: str = "troops"):
    """Troop figures against publication date, coloured by claimant, bounds drawn as such.

    Reinforcements ("2,000 more troops") are left out, and counted in the
    source line: drawn among totals they would read as a shrinking force.
    """
    ax = axes(ax)
    df = est[est["category"] == category]
    added = df["subtype"].eq("reinforcements").fillna(False).to_numpy(bool)
    n_added, df = int(added.sum()), df[~added]
    dated = df.dropna(subset=["published"])
    ax.set_title(f"{label(category)}: estimates by publication date and claimant")
    if dated.empty:
        return no_data(ax, f"No dated {label(category).lower()} figures for these parameters")
    who = top_claimants(claimant_labels(dated))
    colors = _colors(who)
    draw_figures(ax, mdates.date2num(dated["published"]), dated, who.map(colors))
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    lo = dated["published"].min() - pd.Timedelta(days=20)
    hi = dated["published"].max() + pd.Timedelta(days=20)
    ax.set_xlim(lo, hi)
    top = pd.concat([dated["low"], dated["high"]]).max()
    ax.set_ylim(0, top * 1.25)
    ax.yaxis.set_major_formatter(FuncFormatter(_count))
    ax.set_xlabel("Publication date of the article")
    ax.set_ylabel(f"{label(category)} (count)")
    ax.grid(axis="y", color="0.9")
    handles = [Line2D([], [], marker="o", ls="", color=c, label=n) for n, c in colors.items() if n in set(who)]
    ax.add_artist(bound_legend(ax, arrows=len(dated) <= ARROWS_UP_TO))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, title="Claimant", title_fontsize=8)
    undated = len(df) - len(dated)
    note = f"; {undated} undated figure(s) not shown" if undated else ""
    note += f"; {n_added} reinforcement figure(s) ('2,000 more') not shown" if n_added else ""
    return source_line(ax, f"Source: dossier, {len(dated):,} figures from {dated['article_id'].nunique():,} articles{note}")


def _log_wanted(values: pd.Series) -> bool:
    values = values[values > 0]
    return len(values) > 1 and values.max() / values.min() >= 100


@plain_text
def munitions(est: pd.DataFrame, *, ax=None, annotate: int = 30):
    """Every munitions figure on one value axis, a row per category and item; log scale when magnitudes differ."""
    ax = axes(ax)
    df = est[est["category"].isin(MUNITIONS)].copy()
    ax.set_title("Munitions and materiel: every figure, by what it counts")
    if df.empty:
        return no_data(ax, "No munitions figures for these parameters")
    df["row"] = [label(c) + (f" — {i}" if isinstance(i, str) else "") for c, i in zip(df["category"], df["item"])]
    category_of = dict(zip(df["row"], df["category"].astype(str)))
    order = sorted(category_of, key=lambda r: (MUNITIONS.index(category_of[r]), r))
    index = {r: i for i, r in enumerate(order)}
    colors = _colors(df["category"].astype(str))
    # Many figures in a row are spread across its height, oldest at the top, so none hides another.
    df = df.sort_values("published", kind="stable")
    rank = df.groupby("row").cumcount().to_numpy()
    size = df.groupby("row")["row"].transform("size").to_numpy()
    spread = np.where(size == 1, 0.0, 0.6 * rank / np.maximum(size - 1, 1) - 0.3)
    df["y"] = df["row"].map(index).to_numpy() + spread
    draw_figures(ax, df["y"], df, df["category"].astype(str).map(colors), vertical=False)
    if len(df) <= annotate:
        for row in df.itertuples():
            ax.annotate(row.quantity_text, (_value(row), row.y), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=7, color="0.25")
    values = pd.concat([df["low"], df["high"]]).dropna()
    if _log_wanted(values):
        ax.set_xscale("log")
        ax.set_xlim(values.min() / 4, values.max() * 6)
        ax.set_xlabel("Quantity claimed (count, log scale: each step is ten times the last)")
    else:
        ax.set_xlim(0, values.max() * 1.3)
        ax.set_xlabel("Quantity claimed (count)")
    ax.xaxis.set_major_formatter(FuncFormatter(_count))
    ax.set_yticks(range(len(order)), order, fontsize=8)
    ax.set_ylim(-0.6, len(order) - 0.4)
    ax.invert_yaxis()
    ax.grid(axis="x", color="0.9")
    bound_legend(ax, arrows=len(df) <= ARROWS_UP_TO)
    return source_line(ax, f"Source: dossier, {len(df):,} figures from {df['article_id'].nunique():,} articles")


def contested(est: pd.DataFrame, min_claimants: int = 2) -> list[str]:
    """Categories with figures from at least ``min_claimants`` claimants, most figures first."""
    who = est.assign(who=claimant_labels(est))
    n = who.groupby("category", observed=True).agg(claimants=("who", "nunique"), figures=("who", "size"))
    n = n[n["claimants"] >= min_claimants].sort_values(["figures", "claimants"], ascending=False)
    return [str(c) for c in n.index]


@plain_text
def claimants_compared(est: pd.DataFrame, category: str, *, ax=None, top: int = 8):
    """The figures each claimant gives for one category, side by side on one value axis.

    The ``top`` claimants with most figures get a row each; the rest share "other sources".
    """
    ax = axes(ax)
    df = est[est["category"] == category]
    unit = "percent" if category == "share_percent" else "count"
    ax.set_title(f"{label(category)}: who claims what")
    if df.empty:
        return no_data(ax, f"No {label(category).lower()} figures")
    who = top_claimants(claimant_labels(df), top)
    order = sorted(set(who), key=lambda n: (n in (OTHERS, ASSERTED), n == ASSERTED, n))
    colors = _colors(who)
    draw_figures(ax, who.map({n: i for i, n in enumerate(order)}), df, who.map(colors), vertical=False)
    values = pd.concat([df["low"], df["high"]]).dropna()
    if _log_wanted(values):
        ax.set_xscale("log")
        ax.set_xlim(values.min() / 4, values.max() * 6)
    else:
        ax.set_xlim(0, values.max() * 1.3)
        ax.xaxis.set_major_locator(MaxNLocator(6))
    ax.xaxis.set_major_formatter(FuncFormatter(_count))
    ax.set_yticks(range(len(order)), [n.replace("; ", ";\n") for n in order], fontsize=8)
    ax.set_ylim(-0.6, len(order) - 0.4)
    ax.invert_yaxis()
    ax.set_xlabel(f"{label(category)} ({unit}{', log scale' if ax.get_xscale() == 'log' else ''})")
    ax.grid(axis="x", color="0.9")
    return source_line(ax, f"Source: dossier, {len(df):,} figures from {df['article_id'].nunique():,} articles")


def contested_claimants(est: pd.DataFrame, *, most: int = 4, width: float = 9, per_panel: float = 2.9):
    """A figure of :func:`claimants_compared` panels, one per contested category (``most`` at most).

    With no contested category, one empty troops panel says so.
    """
    categories = contested(est)[:most]
    n = max(len(categories), 1)
    fig, axs = plt.subplots(n, 1, figsize=(width, per_panel * n), squeeze=False)
    for ax, category in zip(axs[:, 0], categories):
        claimants_compared(est, category, ax=ax)
    if not categories:
        claimants_compared(est.iloc[0:0], "troops", ax=axs[0, 0])
    fig.tight_layout()
    return fig
