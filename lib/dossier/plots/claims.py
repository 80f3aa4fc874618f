"""Chart of who claims what over time: each claimant's figures joined in order, the spread between claimants shaded.

Draws the rows of :func:`dossier.tables.claims.claims_over_time` for one
thing counted.  Each figure is drawn as what it claims (see
:func:`dossier.plots.estimates.draw_figures`); a claimant's figures are
joined by a line, so a revision reads as a step; the band behind is the
range between the lowest and highest figure claimants stood by at each date
(:func:`dossier.tables.claims.claim_spread`).
"""

from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.colors import to_hex
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from ..tables.claims import claim_spread
from ._style import axes, no_data, source_line
from .estimates import ARROWS_UP_TO, bound_legend, draw_figures

OTHERS = "other sources"


def _count(x, _pos=None) -> str:
    return f"{x / 1e6:g} million" if x >= 1e6 else f"{x:,.0f}"


def claimant_colours(claimants, top: int = 8) -> dict[str, str]:
    """A colour for each of the ``top`` claimants with most figures; the rest share grey ("other sources")."""
    counts = pd.Series(list(claimants), dtype="object").value_counts(sort=True)
    cycle = [c for c in plt.rcParams["axes.prop_cycle"].by_key()["color"] if to_hex(c) != "#7f7f7f"]
    kept = sorted(counts.index[:top], key=lambda n: (-counts[n], n))
    out = {name: to_hex(cycle[i % len(cycle)]) for i, name in enumerate(kept)}
    out[OTHERS] = "#bfbfbf"
    return out


def claims_over_time(claims: pd.DataFrame, what: str, *, ax=None, top: int = 8, annotate: int = 12):
    """Each claimant's figures for ``what`` by publication date, joined in order, the claimants' spread shaded.

    Parameters
    ----------
    claims : DataFrame
        From :func:`dossier.tables.claims.claims_over_time`.
    what : str
        The thing counted, as in its ``what`` column ("Troops").
    ax : Axes, optional
    top : int
        Claimants with most figures that get a colour and a legend entry;
        the rest are grey.
    annotate : int
        Write each revision's change ("+2,000") beside it when the chart has
        at most this many revisions.
    """
    ax = axes(ax)
    df = claims[(claims["what"] == what) & claims["published"].notna()].sort_values(["published", "article_id", "start"], kind="stable")
    ax.set_title(f"{what}: each claimant's figures over time")
    if df.empty:
        return no_data(ax, f"No dated figures of {what.lower()}")
    colours = claimant_colours(df["claimant"], top)
    colour = df["claimant"].map(lambda c: colours.get(c, colours[OTHERS]))
    spread = claim_spread(df)
    if len(spread):
        ax.fill_between(spread["published"], spread["low"], spread["high"], step="post", color="0.9", lw=0, zorder=0,
                        label="spread between claimants")
    for _, g in df.groupby("claimant_key", sort=False):
        if len(g) > 1:
            ax.plot(g["published"], g["value"], color=colour[g.index[0]], lw=1.3, alpha=0.8, zorder=2, drawstyle="steps-post")
    draw_figures(ax, mdates.date2num(df["published"]), df, colour)
    revisions = df[df["revised"]]
    if 0 < len(revisions) <= annotate:
        unit = "%" if df["category"].astype("str").eq("share_percent").any() else ""
        for r in revisions.itertuples():
            sign = "+" if r.change > 0 else "−"
            ax.annotate(f"{sign}{_count(abs(r.change))}{unit}", (mdates.date2num(r.published), r.value), xytext=(6, 4),
                        textcoords="offset points", fontsize=7, color="0.25")
    ax.xaxis_date()
    # Whole months only: a locator free to tick mid-month printed "May 2025" twice.
    months = (df["published"].max() - df["published"].min()).days / 30 + 2
    ax.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, math.ceil(months / 8))))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    pad = pd.Timedelta(days=20)
    ax.set_xlim(df["published"].min() - pad, df["published"].max() + pad)
    values = pd.concat([df["low"], df["high"]]).dropna()
    positive = values[values > 0]
    # One claimant's "1.2 million" beside everyone's 10,000s would flatten the rest to the axis.
    log = len(positive) > 1 and positive.max() / positive.min() >= 100
    if log:
        ax.set_yscale("log")
        ax.set_ylim(positive.min() / 2, positive.max() * 3)
    else:
        ax.set_ylim(0, values.max() * 1.25 if len(values) and values.max() > 0 else 1)
    ax.yaxis.set_major_formatter(FuncFormatter(_count))
    percent = df["category"].astype("str").eq("share_percent").all()
    ax.set_xlabel("Publication date of the article")
    ax.set_ylabel(f"{what} ({'percent' if percent else 'count'}{', log scale' if log else ''})")
    ax.grid(axis="y", color="0.9")
    present = set(df["claimant"])
    names = [n for n in colours if n in present] + ([OTHERS] if present - set(colours) else [])
    handles = [Line2D([], [], marker="o", color=colours[n], label=n) for n in names]
    if len(spread):
        handles.append(plt.Rectangle((0, 0), 1, 1, color="0.9", label="spread between claimants"))
    ax.add_artist(bound_legend(ax, arrows=len(df) <= ARROWS_UP_TO))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, title="Claimant", title_fontsize=8)
    n_revised = int(df["revised"].sum())
    return source_line(
        ax,
        f"Source: dossier, {len(df):,} figures from {df['article_id'].nunique():,} articles; "
        f"{n_revised:,} revision{'' if n_revised == 1 else 's'} by a claimant of its own figure",
    )
