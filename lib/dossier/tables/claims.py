"""Who claims what, over time: each claimant's figures in order, their revisions, and where claimants disagree.

From the estimates frame, :func:`claims_over_time` lines up, for each thing
counted (category, subtype, weapon) and each claimant, the figures it gave
in date order with the change from its previous one; :func:`claim_trails`
sums each up as one line ("South Korean intelligence (NIS): 10,000 → 11,000
→ 13,000 → 15,000"); :func:`claim_spread` shows, at each date a figure was
given, what every claimant stood by then (its latest figure) and how far
apart they are.  Every entry keeps ``article_id`` and ``sentence`` (and
``start``/``end`` of the figure) so that it leads back to its sentence.

Figures the article asserts itself have no claimant: they are grouped by
outlet ("Reuters (the article itself)"), as an outlet that revises its own
figure revises a claim.  Figures of different kinds ("2,000 more troops",
troops in all; killed, killed or wounded) are never compared: a subtype or a
weapon is a thing counted of its own.
"""

from __future__ import annotations

import functools
import itertools
import math
from typing import NamedTuple

import numpy as np
import pandas as pd

from .. import labels as lab
from ..vocab import load_table
from .style import count
from .traced import with_sentences

ARROW = " → "


def _value(low, high) -> float:
    """The one number a figure stands for: the middle of a range, else the bound it gives."""
    has_low, has_high = not math.isnan(low), not math.isnan(high)
    if has_low and has_high:
        return (low + high) / 2
    return low if has_low else high


def short_figure(low, high, hedge, quantity_text: str = "", *, unit: str = "") -> str:
    """A figure as short as a trail needs: ``13,000``, ``10,000+``, ``up to 70%``, ``10,000–12,000``.

    A vague count ("thousands") is shown as written: its least value would
    read as a number someone gave.
    """
    low = float("nan") if pd.isna(low) else float(low)
    high = float("nan") if pd.isna(high) else float(high)
    hedge = str(hedge)
    if hedge == "vague" and quantity_text:
        return str(quantity_text)
    if not math.isnan(low) and not math.isnan(high):
        return f"{count(low)}{unit}" if low == high else f"{count(low)}–{count(high)}{unit}"
    if not math.isnan(low):
        return f"{count(low)}{unit}+"
    if not math.isnan(high):
        return f"up to {count(high)}{unit}"
    return str(quantity_text)


def claimant_names(est: pd.DataFrame, outlets: pd.Series | None = None) -> pd.Series:
    """The claimant of each figure as shown: its claimant, or, when no one in particular claims it,
    "<outlet> (the article itself)" and "<outlet> (unattributed reports)" where the outlet is known."""
    who = lab.claimants(est["claimant"])
    if outlets is None:
        return who
    outlet = outlets.astype("object").where(outlets.notna() & outlets.astype("str").ne(""), None).to_numpy()
    unnamed = who.isin(_UNNAMED).to_numpy() & pd.notna(outlet)
    shown = [f"{o} ({w.strip('()')})" if u else w for o, w, u in zip(outlet, who, unnamed)]
    return pd.Series(shown, index=est.index, dtype="object")


_UNNAMED = (lab.label("claimant_group", lab.ASSERTED), lab.UNATTRIBUTED_CLAIMANT)


def claimant_keys(est: pd.DataFrame, shown: pd.Series) -> pd.Series:
    """Whose claims are one series: a named claimant's across articles, an unnamed one's within its outlet
    (within its article when the outlet is unknown): "unattributed reports" of two articles are two sources, and
    so are the "anonymous source in North Hamgyong province" of two (``data/unnamed_sources.csv``)."""
    unnamed = lab.claimants(est["claimant"]).isin(_UNNAMED).to_numpy() & (shown.isin(_UNNAMED)).to_numpy()
    unnamed |= shown.astype("str").str.startswith(_unnamed_labels()).to_numpy()
    return shown.where(~unnamed, shown + "\x1f" + est["article_id"].astype("str"))


@functools.cache
def _unnamed_labels() -> tuple[str, ...]:
    """The labels of people quoted without a name, as their claims are named ("unnamed analyst", "anonymous source
    in …")."""
    return tuple(sorted(set(load_table("unnamed_sources.csv")["label"])))


COLUMNS = [
    "what", "category", "subtype", "item", "claimant", "claimant_key", "published", "figure", "value", "previous", "change",
    "change_percent", "step", "revised", "quantity_text", "low", "high", "hedge", "article_id", "sentence", "start",
    "end", "title", "outlet",
]


def claims_over_time(est: pd.DataFrame, articles: pd.DataFrame | None = None, sentences=None) -> pd.DataFrame:
    """Each claimant's figures for each thing counted, in date order, with the change from its previous figure.

    Parameters
    ----------
    est : DataFrame
        The ``estimates`` frame.
    articles : DataFrame, optional
        The ``articles`` frame: titles and outlets (and dates, where the
        figures lack them).
    sentences : DataFrame or callable, optional
        The ``sentences`` frame or a lookup (``frames.sentences_of``): adds
        ``sentence_text``, the sentence with the figure marked (``Markup``).

    Returns
    -------
    DataFrame
        A row per figure (:data:`COLUMNS`): ``what`` (the thing counted, in
        words), ``claimant`` (as shown), ``published``, ``figure`` (short:
        "10,000+"), ``value`` (the number it stands for: the middle of a
        range), ``previous`` (the claimant's previous value for the same
        thing), ``change`` and ``change_percent`` (per cent of the previous value),
        ``step`` (1 for its first figure), ``revised`` (the value differs
        from the previous one), the figure's own columns, and where it
        stands: ``article_id``, ``sentence``, ``start``, ``end``, ``title``,
        ``outlet``.  Undated figures come last in their group, without a
        change.  Ordered by what, claimant, date.
    """
    df = est.copy()
    if articles is not None:
        arts = articles.set_index("article_id")
        df["title"] = df["article_id"].map(arts["title"])
        df["outlet"] = df["article_id"].map(arts["source"])
        if "published" not in df.columns:
            df["published"] = df["article_id"].map(arts["published"])
    else:
        df["title"] = pd.Series(None, index=df.index, dtype="object")
        df["outlet"] = pd.Series(None, index=df.index, dtype="object")
    if df.empty:
        out = pd.DataFrame({c: pd.Series([], dtype="object") for c in COLUMNS})
        return out.assign(sentence_text=pd.Series([], dtype="object")) if sentences is not None else out
    df["claimant"] = claimant_names(df, df["outlet"]).to_numpy()
    df["claimant_key"] = claimant_keys(df, df["claimant"]).to_numpy()
    df["what"] = [lab.what_counted(c, s, i) for c, s, i in zip(df["category"], df["subtype"], df["item"])]
    low, high = df["low"].to_numpy(float), df["high"].to_numpy(float)
    df["value"] = [_value(lo, hi) for lo, hi in zip(low, high)]
    unit = df["category"].astype("str").eq("share_percent").map({True: "%", False: ""})
    df["figure"] = [short_figure(lo, hi, h, q, unit=u) for lo, hi, h, q, u in zip(low, high, df["hedge"], df["quantity_text"], unit)]
    df = df.sort_values(["what", "claimant", "claimant_key", "published", "article_id", "start"], na_position="last", kind="stable")
    dated = df["published"].notna()
    g = df[dated].groupby(["what", "claimant_key"], sort=False)["value"]
    df["previous"] = g.shift(1).reindex(df.index)
    df["step"] = df.groupby(["what", "claimant_key"], sort=False).cumcount() + 1
    df["change"] = df["value"] - df["previous"]
    df["change_percent"] = 100 * df["change"] / df["previous"].where(df["previous"] != 0)
    df["revised"] = df["change"].fillna(0).ne(0)
    out = df[COLUMNS].reset_index(drop=True)
    if sentences is not None:
        out = with_sentences(out, sentences)
    return out


def claim_trails(claims: pd.DataFrame, *, min_figures: int = 1) -> pd.DataFrame:
    """One line per claimant and thing counted: its figures in order, as a reader scans them.

    Parameters
    ----------
    claims : DataFrame
        From :func:`claims_over_time`.
    min_figures : int
        Only claimants with at least this many dated figures (2 for those
        that could have revised one).

    Returns
    -------
    DataFrame
        ``what``, ``claimant``, ``sequence`` ("10,000 → 11,000 (×2) →
        13,000": a figure repeated in a row is shown once, "×2" after it;
        for a table that has a claimant column), ``trail`` (the same after
        the claimant: "NIS: 10,000 → 11,000 (×2) → 13,000", to stand alone),
        ``figures`` (dated figures), ``first`` and ``last`` (dates),
        ``latest`` (the last figure), ``change`` (last value less first),
        ``revisions`` (times the value changed), ``article_ids`` (of its
        figures, in order).  Claimants that revised most come first within
        each thing counted.
    """
    cols = ["what", "claimant", "sequence", "trail", "figures", "first", "last", "latest", "change", "revisions", "article_ids"]
    dated = claims[claims["published"].notna()]
    if dated.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    fields = ["what", "claimant_key", "claimant", "figure", "published", "value", "revised", "article_id"]
    # claims_over_time lists each claimant's figures together, in date order: one pass
    # makes every trail, where a frame per claimant would cost a second per thousand.
    dated = dated.sort_values(["what", "claimant_key", "published"], kind="stable")
    for _, series in itertools.groupby(dated[fields].itertuples(index=False, name="Figure"), key=lambda r: (r.what, r.claimant_key)):
        series = list(series)
        if len(series) < min_figures:
            continue
        first, last = series[0], series[-1]
        sequence = trail(r.figure for r in series)
        rows.append(
            {
                "what": first.what,
                "claimant": first.claimant,
                "sequence": sequence,
                "trail": f"{first.claimant}: {sequence}",
                "figures": len(series),
                "first": first.published,
                "last": last.published,
                "latest": last.figure,
                "change": last.value - first.value,
                "revisions": sum(bool(r.revised) for r in series),
                "article_ids": [r.article_id for r in series],
            }
        )
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["what", "revisions", "figures", "claimant"], ascending=[True, False, False, True], kind="stable").reset_index(drop=True)


def trail(figures) -> str:
    """``10,000 → 13,000 (×2) → 15,000``: figures in order, one repeated in a row shown once with its count."""
    parts: list[list] = []
    for f in figures:
        if parts and parts[-1][0] == f:
            parts[-1][1] += 1
        else:
            parts.append([f, 1])
    return ARROW.join(f if n == 1 else f"{f} (×{n})" for f, n in parts)


def claim_spread(claims: pd.DataFrame, *, max_age_days: int | None = None, min_claimants: int = 2) -> pd.DataFrame:
    """At each date a figure was given, what every claimant stood by (its latest figure) and how far apart they are.

    Parameters
    ----------
    claims : DataFrame
        From :func:`claims_over_time`.
    max_age_days : int, optional
        A claimant's figure older than this many days at a date no longer
        counts there; by default a claimant stands by its latest figure
        until it gives another.
    min_claimants : int
        Only dates where at least this many claimants stand by a figure.

    Returns
    -------
    DataFrame
        ``what``, ``published``, ``claimants`` (how many), ``low`` and
        ``high`` (the smallest and largest value; vague counts such as
        "thousands" are left out), ``spread`` (high less
        low), ``ratio`` (high over low), ``lowest`` and ``highest`` (who),
        ``figures`` ("NIS 13,000 · HUR 12,000", in the order of the
        values), ``new`` (claimants who gave a figure that date) and
        ``entries``: for each claimant counted, (claimant, figure,
        article_id, sentence) of the figure it stood by.
    """
    cols = ["what", "published", "claimants", "low", "high", "spread", "ratio", "lowest", "highest", "figures", "new", "entries"]
    # "Thousands of troops" is no claim about how many: vague counts are left out.
    dated = claims[claims["published"].notna() & claims["value"].notna() & claims["hedge"].astype("str").ne("vague")]
    rows = []
    max_age = None if max_age_days is None else pd.Timedelta(days=max_age_days)
    fields = ["claimant_key", "claimant", "value", "figure", "published", "article_id", "sentence", "start"]
    for what, g in dated.groupby("what", sort=True):
        g = g.sort_values(["published", "article_id", "start"], kind="stable")
        # One sweep through the dates, each claimant's latest figure kept as the dates pass:
        # a table of tens of thousands of figures over years takes a second, not minutes.
        latest: dict = {}
        figures = list(g[fields].itertuples(index=False, name="Figure"))
        for day, today in itertools.groupby(figures, key=lambda r: r.published):
            today = list(today)
            # A figure of an unnamed source in an article of unknown outlet stands for its day only:
            # nothing says who would stand by it later.
            latest = {k: r for k, r in latest.items() if "\x1f" not in k}
            for r in today:
                latest[r.claimant_key] = r
            stood = [r for r in latest.values() if max_age is None or r.published >= day - max_age]
            if len(stood) < min_claimants:
                continue
            stood.sort(key=lambda r: (r.value, r.claimant, r.published, r.article_id, r.start))
            lo, hi = stood[0].value, stood[-1].value
            rows.append(
                {
                    "what": what,
                    "published": day,
                    "claimants": len(stood),
                    "low": lo,
                    "high": hi,
                    "spread": hi - lo,
                    "ratio": hi / lo if lo else np.nan,
                    "lowest": ", ".join(r.claimant for r in stood if r.value == lo),
                    "highest": ", ".join(r.claimant for r in stood if r.value == hi),
                    "figures": " · ".join(f"{r.claimant} {r.figure}" for r in stood),
                    "new": ", ".join(dict.fromkeys(r.claimant for r in today)),
                    "entries": [Entry(r.claimant, r.figure, r.article_id, int(r.sentence)) for r in stood],
                }
            )
    return pd.DataFrame(rows, columns=cols)


class Entry(NamedTuple):
    """A figure a claimant stood by, and where it is written."""

    claimant: str
    figure: str
    article_id: str
    sentence: int


def most_trailed(trails: pd.DataFrame, *, top: int = 3) -> list[str]:
    """The things counted (``what``) with the most claim trails, most first; ``["Troops"]`` when there is none.

    ``trails`` is :func:`claim_trails`' table: what the notebook charts over
    time, one chart each.
    """
    return list(trails["what"].value_counts().index[:top]) or ["Troops"]


def latest_disagreement(spread: pd.DataFrame) -> pd.DataFrame:
    """For each thing counted, the last date its claimants disagreed: :func:`claim_spread`' table cut to what a reader needs.

    Returns
    -------
    DataFrame
        ``what``, ``published``, ``figures``, ``spread``, ``ratio``, ``new``;
        one row per thing counted whose claimants ever gave different figures.
    """
    cols = ["what", "published", "figures", "spread", "ratio", "new"]
    return spread[spread["spread"] > 0].groupby("what").tail(1)[cols]


def index_view(claims: pd.DataFrame, *, top: int = 5) -> dict:
    """What the brief's index shows of the claims: revisions first, then the widest disagreements.

    Returns
    -------
    dict
        ``revisions``: up to ``top`` trails (dicts of :func:`claim_trails`'
        columns, dates as ``YYYY-MM-DD``) of claimants who changed a figure,
        most revisions first; ``disagreements``: for up to ``top`` things
        counted, the latest date where claimants disagree (dicts of
        :func:`claim_spread`'s columns), widest ratio first.
    """
    trails = claim_trails(claims, min_figures=2)
    trails = trails[trails["revisions"] > 0].sort_values(["revisions", "figures"], ascending=False, kind="stable").head(top)
    spread = claim_spread(claims)
    spread = spread[spread["spread"] > 0]
    latest = spread.groupby("what", sort=False).tail(1).sort_values("ratio", ascending=False, kind="stable").head(top)

    def day(ts) -> str:
        return "" if pd.isna(ts) else pd.Timestamp(ts).strftime("%Y-%m-%d")

    return {
        "revisions": [{**r, "first": day(r["first"]), "last": day(r["last"])} for r in trails.to_dict("records")],
        "disagreements": [{**r, "published": day(r["published"])} for r in latest.to_dict("records")],
    }
