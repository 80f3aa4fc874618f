"""Charts of quotes: KCNA's share of them, who it relays, what is repeated and which words recur."""

from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import pandas as pd

from ._style import axes, no_data, plain_text, source_line

GROUP_COLOURS = {
    "via KCNA": "tab:red",
    "other DPRK state media": "tab:orange",
    "other named medium": "tab:blue",
    "no medium stated": "0.75",
}


def _short(text: str, width: int) -> str:
    return textwrap.shorten(str(text), width=width, placeholder="…")


@plain_text
def kcna_quotes_over_time(per_article: pd.DataFrame, *, ax=None, max_stems: int = 40):
    """Quotes relayed by KCNA per article against publication date.

    ``per_article`` is :func:`dossier.tables.quote_stats.kcna_per_article`.  Up to
    ``max_stems`` dated articles, each is a stem (grey: all its quotes, red:
    those relayed by KCNA); beyond that, stems would overlap, so the bars are
    the mean per article of each month.
    """
    ax = axes(ax)
    ax.set_title("Quotes relayed by KCNA, per article")
    dated = per_article.dropna(subset=["published"])
    if dated.empty:
        return no_data(ax, "No article has a known date")
    if len(dated) <= max_stems:
        x, total, kcna, width = dated["published"], dated["quotes"], dated["kcna_quotes"], 6
        ax.vlines(x, 0, total, color="0.8", linewidth=width, label="all quotes in the article")
        ax.vlines(x, 0, kcna, color="tab:red", linewidth=width, label="quotes relayed by KCNA")
        ax.set_ylabel("Quotes in the article (count)")
        ax.yaxis.get_major_locator().set_params(integer=True)
    else:
        monthly = dated.groupby(dated["published"].dt.to_period("M").dt.start_time)[["quotes", "kcna_quotes"]].mean()
        total, kcna = monthly["quotes"], monthly["kcna_quotes"]
        ax.bar(monthly.index, total, width=20, align="edge", color="0.8", label="all quotes, mean per article")
        ax.bar(monthly.index, kcna, width=20, align="edge", color="tab:red", label="quotes relayed by KCNA, mean per article")
        ax.set_ylabel("Quotes per article, monthly mean (count)")
    ax.set_ylim(0, max(1, total.max()) * 1.15)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_xlabel("Publication date of the article")
    ax.legend(fontsize=8, loc="upper left")
    undated = len(per_article) - len(dated)
    note = f"; {undated} article(s) of unknown date not shown" if undated else ""
    return source_line(ax, f"Source: dossier, {len(per_article):,} articles, {int(per_article['kcna_quotes'].sum()):,} KCNA-relayed quotes{note}")


@plain_text
def channel_shares(shares: pd.DataFrame, *, ax=None):
    """Per speaker, the share of their quotes reaching us via KCNA, other media, or no stated medium.

    ``shares`` is :func:`dossier.tables.quote_stats.channel_shares`.
    """
    ax = axes(ax)
    ax.set_title("Through which medium each speaker's quotes reach us")
    if shares.empty:
        return no_data(ax, "No quote has a known speaker")
    shares = shares.iloc[::-1]
    labels = [f"{sp} (n={n})" for sp, n in zip(shares.index, shares["quotes"])]
    left = pd.Series(0.0, index=shares.index)
    for group, colour in GROUP_COLOURS.items():
        pct = 100 * shares[group] / shares["quotes"]
        ax.barh(labels, pct, left=left, color=colour, label=group)
        left = left + pct
    ax.set_xlim(0, 100)
    ax.set_xlabel("Share of the speaker's quotes (%)")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, title="Medium", title_fontsize=8)
    return source_line(ax, f"Source: dossier; n = quotes attributed to the speaker; {len(shares):,} most quoted speakers")


@plain_text
def repeated_quotes(table: pd.DataFrame, *, ax=None, width: int = 60):
    """Horizontal bars of how many articles carried each quote (``quote_stats.repeated``)."""
    ax = axes(ax)
    ax.set_title("Most repeated quotes")
    if table.empty:
        return no_data(ax, "No quotes")
    table = table.iloc[::-1]
    labels = [f"“{_short(t, width)}” — {sp if isinstance(sp, str) else 'speaker unknown'}" for t, sp in zip(table["text"], table["speaker"])]
    bars = ax.barh(range(len(table)), table["articles"], color="tab:purple")
    ax.set_yticks(range(len(table)), labels, fontsize=8)
    for bar, times in zip(bars, table["times"]):
        ax.annotate(f"quoted {times}×", (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=7, color="0.3")
    ax.set_xlim(0, table["articles"].max() * 1.3)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("Articles carrying the quote (count)")
    note = "" if table["articles"].max() > 1 else "; no quote is carried by more than one article"
    return source_line(ax, f"Source: dossier; the same words grouped by fuzzy match (rapidfuzz){note}")


@plain_text
def top_terms(counts: pd.DataFrame, *, ax=None, label: str = "word", title: str = "Most frequent words in KCNA-relayed quotes"):
    """Horizontal bars of the counts of words or phrases (``quote_stats.word_counts`` / ``phrases``)."""
    ax = axes(ax)
    ax.set_title(title)
    if counts.empty:
        return no_data(ax, "No KCNA-relayed quotes for these parameters")
    counts = counts.iloc[::-1]
    ax.barh(counts[label], counts["count"], color="tab:red")
    ax.tick_params(axis="y", labelsize=8)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("Occurrences in the quoted words (count)")
    return source_line(ax, "Source: dossier; stopwords removed (dossier/data/stopwords.csv)")
