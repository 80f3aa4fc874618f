"""How words travel: the same quote from the first article that carries it to each later one.

Quotes of several articles share a ``quote_key`` (``dossier.quotes.link_keys``
links a fragment to the statement it comes from).  For each key carried by
more than one article, :func:`relays` lines the articles up by date: the
earliest, then each later one with its outlet, the lag in days and how much
of the earliest wording survived.  A reader sees how KCNA's words reach
Western and Russian outlets, how late, and which outlets trim them.
"""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..text.words import WORD
from .style import date

COLUMNS = [
    "quote_key", "speaker", "order", "published", "lag_days", "outlet", "title", "text", "n_words", "kept", "similarity",
    "channel", "via_kcna", "article_id", "sentence", "start", "end", "first_outlet", "first_published",
]


def words(text) -> list[str]:
    """The words of ``text``, lower case, apostrophes and hyphens kept inside a word."""
    return [w.lower().replace("’", "'") for w in WORD.findall(str(text))] if isinstance(text, str) else []


def kept_share(original, later) -> float:
    """Share of the words of ``original`` that ``later`` still carries (each word as often as it occurs).

    1.0 when every word survived (in any order); 0.5 when half were cut.
    NaN when ``original`` has no word.
    """
    first = Counter(words(original))
    total = sum(first.values())
    if not total:
        return float("nan")
    return sum((first & Counter(words(later))).values()) / total


def similarity(original, later) -> float:
    """Word-level similarity of two wordings, 0 to 1: rapidfuzz's token sort ratio on lower-cased words.

    Unlike :func:`kept_share` it also falls when words are added, so a
    wording trimmed to a phrase and one padded with the writer's words both
    score below 1.
    """
    return fuzz.token_sort_ratio(str(original), str(later), processor=default_process) / 100


def relays(quotes: pd.DataFrame, articles: pd.DataFrame, *, min_articles: int = 2, min_words: int = 3) -> pd.DataFrame:
    """Each quote carried by at least ``min_articles`` articles: the earliest article, then every later one.

    Parameters
    ----------
    quotes : DataFrame
        The ``quotes`` frame, its keys linked (``link_keys``).
    articles : DataFrame
        The ``articles`` frame: dates, outlets, titles.
    min_articles : int
        Only words carried by this many articles or more.
    min_words : int
        Only words of which some article quotes at least this many: a word
        or two in quotation marks ("invincible", "without delay") recur as
        vocabulary, not as a statement passed on.

    Returns
    -------
    DataFrame
        A row per quote key and article (:data:`COLUMNS`), the earliest
        article first (``order`` 0).  An article carrying the words more
        than once is represented by its longest wording.  ``lag_days``: days
        after the earliest article (NaN for an undated article, which comes
        last); ``kept``: the share of the earliest wording's words this
        wording keeps (:func:`kept_share`); ``similarity``: the two wordings'
        word-level similarity (:func:`similarity`); ``first_outlet`` and
        ``first_published``: the earliest article's.  Among articles of the
        same date, one that is the quote's own channel (KCNA carrying KCNA's
        words) comes first.  Keys are ordered by the number of articles, then
        the first date.
    """
    q = quotes[quotes["quote_key"].notna() & quotes["quote_key"].astype("str").ne("")]
    if q.empty:
        return pd.DataFrame(columns=COLUMNS)
    arts = articles[["article_id", "published", "source", "title"]].rename(columns={"source": "outlet"})
    q = q.merge(arts, on="article_id", how="left")
    # One wording per article: the longest (a phrase quoted again in full shows in full).
    q = q.assign(_len=q["text"].str.len()).sort_values(["quote_key", "article_id", "_len", "start"], ascending=[True, True, False, True], kind="stable")
    q = q.drop_duplicates(["quote_key", "article_id"])
    n = q.groupby("quote_key")["article_id"].transform("size")
    longest = q.assign(_words=q["text"].map(lambda t: len(words(t)))).groupby("quote_key")["_words"].transform("max")
    q = q[(n >= min_articles) & (longest >= min_words)].copy()
    if q.empty:
        return pd.DataFrame(columns=COLUMNS)
    own = q["outlet"].astype("str").str.casefold().eq(q["channel"].astype("str").str.casefold())
    q["_own"] = ~own.to_numpy()  # False sorts first: the channel itself leads its date
    q = q.sort_values(["quote_key", "published", "_own", "article_id"], na_position="last", kind="stable")
    q["order"] = q.groupby("quote_key").cumcount()
    first = q[q["order"] == 0].set_index("quote_key")
    q["first_outlet"] = q["quote_key"].map(first["outlet"])
    q["first_published"] = q["quote_key"].map(first["published"])
    q["lag_days"] = (q["published"] - q["first_published"]).dt.days.astype("float64")
    original = q["quote_key"].map(first["text"])
    q["kept"] = [kept_share(o, t) for o, t in zip(original, q["text"])]
    q["similarity"] = [similarity(o, t) for o, t in zip(original, q["text"])]
    # The most frequent speaker of the key names its row ("Kim Jong Un"), the first by name among equals.
    said = q.dropna(subset=["speaker"]).groupby(["quote_key", "speaker"]).size().rename("n").reset_index()
    said = said.sort_values(["quote_key", "n", "speaker"], ascending=[True, False, True], kind="stable").drop_duplicates("quote_key")
    q["speaker"] = q["quote_key"].map(said.set_index("quote_key")["speaker"])
    size = q.groupby("quote_key")["article_id"].transform("size")
    q = q.assign(_size=size).sort_values(["_size", "first_published", "quote_key", "order"], ascending=[False, True, True, True], na_position="last", kind="stable")
    return q[COLUMNS].reset_index(drop=True)


def relay_routes(relayed: pd.DataFrame) -> pd.DataFrame:
    """One line per quote: its route from the first outlet through the later ones.

    Returns
    -------
    DataFrame
        ``quote_key``, ``speaker``, ``text`` (the earliest wording),
        ``articles``, ``route`` ("KCNA 2025-04-30 → Reuters +1 d, 82% of
        the words → TASS +3 d"), ``max_lag_days`` and ``least_kept``.
    """
    cols = ["quote_key", "speaker", "text", "articles", "route", "max_lag_days", "least_kept"]
    rows = []
    fields = ["quote_key", "order", "speaker", "text", "outlet", "published", "lag_days", "kept"]
    ordered = relayed.sort_values(["quote_key", "order"], kind="stable")
    # One pass over the rows: a frame per quote would cost minutes for tens of thousands of quotes.
    for key, rows_of_key in itertools.groupby(ordered[fields].itertuples(index=False, name="Relay"), key=lambda r: r.quote_key):
        first, *later = rows_of_key
        steps = [f"{_outlet(first.outlet)} {date(first.published) or 'undated'}"]
        for r in later:
            lag = "undated" if pd.isna(r.lag_days) else f"+{r.lag_days:.0f} d"
            kept = "" if pd.isna(r.kept) or r.kept >= 1 else f", {r.kept:.0%} of the words"
            steps.append(f"{_outlet(r.outlet)} {lag}{kept}")
        lags = [r.lag_days for r in later if not pd.isna(r.lag_days)]
        kepts = [r.kept for r in later if not pd.isna(r.kept)]
        rows.append(
            {
                "quote_key": key,
                "speaker": first.speaker,
                "text": first.text,
                "articles": 1 + len(later),
                "route": " → ".join(steps),
                "max_lag_days": max(lags) if lags else np.nan,
                "least_kept": min(kepts) if kepts else np.nan,
            }
        )
    # In the order of relays(): most articles first, then the first date.
    order = {k: i for i, k in enumerate(dict.fromkeys(relayed["quote_key"]))}
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values("quote_key", key=lambda k: k.map(order), kind="stable").reset_index(drop=True)


def relay_outlets(relayed: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: how often it carried words first, how often later, how late, and how much it kept.

    Returns
    -------
    DataFrame
        ``outlet``, ``carried_first`` (quotes it carried before any other
        article), ``carried_later`` (quotes it carried after another), ``median_lag_days``,
        ``mean_kept`` and ``trimmed`` (later quotes keeping less than 90% of
        the earliest wording), most quotes first.
    """
    cols = ["outlet", "carried_first", "carried_later", "median_lag_days", "mean_kept", "trimmed"]
    if relayed.empty:
        return pd.DataFrame(columns=cols)
    df = relayed.assign(outlet=relayed["outlet"].map(_outlet))
    later = df[df["order"] > 0]
    out = pd.DataFrame(
        {
            "carried_first": df[df["order"] == 0].groupby("outlet").size(),
            "carried_later": later.groupby("outlet").size(),
            "median_lag_days": later.groupby("outlet")["lag_days"].median(),
            "mean_kept": later.groupby("outlet")["kept"].mean(),
            "trimmed": later[later["kept"] < 0.9].groupby("outlet").size(),
        }
    )
    counts = ["carried_first", "carried_later", "trimmed"]
    out[counts] = out[counts].fillna(0).astype("int64")
    out = out.assign(_n=out["carried_first"] + out["carried_later"])
    out = out.sort_values(["_n", "carried_later"], ascending=False, kind="stable").drop(columns="_n")
    return out.rename_axis("outlet").reset_index()[cols]


def _outlet(x) -> str:
    return "outlet unknown" if x is None or (not isinstance(x, str) and pd.isna(x)) or x == "" else str(x)
