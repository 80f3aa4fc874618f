"""Charts of rhetoric: which themes each article carries, in whose voice, when, next to whom, and in what tone."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import labels
from ..tables.themes import rate_matrix
from ..extractors.tone import tone_by_group
from ._style import article_labels, article_rows, axes, no_data, plain_text, source_line  # noqa: F401 (article_labels: public here too)

VOICE_COLOURS = {"state": "#b2182b", "reporting": "#7f7f7f"}
VOICE_LABELS = {"state": "state voice (DPRK or Russian official quoted, or state media)", "reporting": "reporting voice (the writer, other sources)"}


def theme_label(theme: str) -> str:
    """A theme's label for a chart (``data/display_labels.csv``); a theme without one reads as words:
    ``grain_deals`` -> "grain deals"."""
    return labels.label("theme", theme)


def _heatmap(ax, wide: pd.DataFrame, colour_label: str, fmt: str, cmap: str = "Blues", missing: str = "white"):
    """Cells coloured by value and labelled where positive; NaN cells show the ``missing`` colour."""
    values = wide.to_numpy(dtype=float)
    ax.set_facecolor(missing)
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, aspect="auto", vmin=0)
    ax.set_xticks(range(wide.shape[1]), [theme_label(c) for c in wide.columns], rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(wide.shape[0]), list(wide.index), fontsize=8)
    top = np.nanmax(values) if np.isfinite(values).any() else 0
    for (i, j), v in np.ndenumerate(values):
        if np.isfinite(v) and v > 0:
            ax.text(j, i, format(v, fmt), ha="center", va="center", fontsize=7, color="white" if v > top * 0.6 else "black")
    ax.figure.colorbar(image, ax=ax, label=colour_label, shrink=0.8)
    return ax


@plain_text
def rate_heatmap(rates: pd.DataFrame, articles: pd.DataFrame, *, themes=None, ax=None):
    """Articles (rows) × themes (columns) of hits per 1,000 words, both voices together.

    ``themes`` sets the columns (every lexicon theme, say, so that absent
    ones show as empty); by default the themes with hits.  Beyond
    :data:`~dossier.plots._style.MAX_ROWS` articles a row is an outlet: its
    hits per 1,000 words of all its articles.
    """
    ax = axes(ax)
    if articles.empty or rates.empty:
        ax.set_title("Theme rate by article (hits per 1,000 words)")
        return no_data(ax, "No theme hits for these parameters")
    rows = article_rows(articles)
    ax.set_title(f"Theme rate by {rows.kind} (hits per 1,000 words)")
    wide = rate_matrix(rates, articles, list(themes) if themes is not None else None, rows=rows.label)
    _heatmap(ax, wide, "hits per 1,000 words", ".1f")
    ax.set_xlabel("Theme")
    ax.set_ylabel(rows.axis_label)
    return source_line(ax, f"Source: dossier, {len(articles):,} articles; unlabelled cell = theme not found{rows.note(len(articles))}")


@plain_text
def voice_bars(themes: pd.DataFrame, *, ax=None):
    """Hits per theme, split into the state's quoted words and the reporting voice."""
    ax = axes(ax)
    ax.set_title("Whose words carry each theme")
    if themes.empty:
        return no_data(ax, "No theme hits for these parameters")
    counts = themes.groupby(["theme", "voice"], observed=False).size().unstack("voice", fill_value=0)
    counts = counts.reindex(columns=["state", "reporting"], fill_value=0)
    counts = counts[counts.sum(axis=1) > 0]
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    y = np.arange(len(counts))
    left = np.zeros(len(counts))
    for voice in ("state", "reporting"):
        ax.barh(y, counts[voice], left=left, color=VOICE_COLOURS[voice], label=VOICE_LABELS[voice])
        left += counts[voice].to_numpy()
    ax.set_yticks(y, [theme_label(t) for t in counts.index], fontsize=8)
    ax.set_xlabel("Hits (count, all articles)")
    ax.set_ylabel("Theme")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    return source_line(ax, f"Source: dossier, {len(themes):,} hits in {themes['article_id'].nunique():,} articles")


@plain_text
def themes_over_time(themes: pd.DataFrame, articles: pd.DataFrame, *, ax=None, all_themes=None):
    """Themes (rows) × months (columns): hits per 1,000 words of the month's articles.

    Months without an article are blank; undated articles are left out.
    """
    ax = axes(ax)
    ax.set_title("Themes over time (hits per 1,000 words of the month's articles)")
    dated = articles.dropna(subset=["published"])
    if dated.empty or themes.empty:
        return no_data(ax, "No dated article with theme hits")
    month = dated.set_index("article_id")["published"].dt.to_period("M")
    words = dated.groupby(month.to_numpy())["n_words"].sum()
    hits = themes[themes["article_id"].isin(month.index)]
    counts = hits.groupby([hits["theme"], hits["article_id"].map(month)]).size().unstack(fill_value=0)
    months = pd.period_range(month.min(), month.max(), freq="M")
    rows = list(all_themes) if all_themes is not None else sorted(counts.index)
    rate = (counts.reindex(index=rows, columns=months, fill_value=0) * 1000 / words.reindex(months)).astype(float)
    rate.columns = [p.strftime("%b %Y") for p in months]
    _heatmap(ax, rate.T, "hits per 1,000 words", ".1f", cmap="Purples", missing="0.85")
    ax.set_xlabel("Theme")
    ax.set_ylabel("Month of publication")
    undated = len(articles) - len(dated)
    note = f"; {undated} undated article(s) left out" if undated else ""
    return source_line(ax, f"Source: dossier, {len(dated):,} dated articles; grey row = no article that month{note}")


@plain_text
def actor_theme_heatmap(counts: pd.DataFrame, *, ax=None, top: int = 12):
    """Actors (rows) × themes (columns): sentences naming the actor and carrying the theme.

    ``counts`` is :func:`dossier.tables.themes.actor_theme_counts`; the ``top``
    actors by sentences are shown.
    """
    ax = axes(ax)
    ax.set_title("Actors named in the same sentence as each theme")
    if counts.empty:
        return no_data(ax, "No sentence names an actor and carries a theme")
    wide = counts.pivot_table(index="entity", columns="theme", values="sentences", aggfunc="sum", fill_value=0)
    wide = wide.loc[wide.sum(axis=1).sort_values(ascending=False).index[:top]]
    wide = wide[wide.sum().sort_values(ascending=False).index]
    _heatmap(ax, wide.where(wide > 0), "sentences (count)", ".0f", cmap="Greens")
    ax.set_xlabel("Theme")
    ax.set_ylabel("Actor")
    return source_line(ax, f"Source: dossier; the {len(wide):,} actors most often named beside a theme")


@plain_text
def tone_by_voice(tone: pd.DataFrame, articles: pd.DataFrame, *, ax=None):
    """Per article (per outlet beyond :data:`~dossier.plots._style.MAX_ROWS` articles), the mean VADER tone of the state's quoted words beside the reporting voice's."""
    ax = axes(ax)
    ax.set_title("Tone by voice (VADER compound, mean over words)")
    if tone.empty:
        return no_data(ax, "No sentence scored")
    rows = article_rows(articles)
    means = tone_by_group(tone, rows.label)
    order = [r for r in rows.label.cat.categories if r in set(means["group"])]
    y = np.arange(len(order))
    height = 0.4
    for k, voice in enumerate(("state", "reporting")):
        part = means[means["voice"] == voice].set_index("group")["compound"].reindex(order)
        ax.barh(y + (k - 0.5) * height, part.fillna(0), height=height, color=VOICE_COLOURS[voice], label=VOICE_LABELS[voice])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_yticks(y, order, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("VADER compound score (-1 most negative, +1 most positive)")
    ax.set_ylabel(rows.axis_label)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    return source_line(ax, "Source: dossier, VADER (vaderSentiment) per sentence, weighted by words; no bar = no words in that voice" + rows.note(len(articles)))
