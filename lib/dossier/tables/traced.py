"""Figures and quotes for reading: each beside its sentence, the figure or the quoted words marked in it.

These are the reader's versions of the "every figure, traced" and "every
quote" tables: pass the result to :func:`dossier.tables.style.styled`.  The
sentence column holds ``Markup`` made by :func:`~dossier.tables.style.mark_span`
(escaped text, then the mark), so the span stands out where it was written.
"""

from __future__ import annotations

import pandas as pd

from .. import labels as lab
from .style import mark_spans, value_range

SENTENCE_COLUMNS = ["article_id", "sentence", "start", "text"]


def sentence_rows(sentences, rows: pd.DataFrame) -> pd.DataFrame:
    """The sentences (article_id, sentence, start, text) of ``rows``, from the sentences frame or a lookup.

    ``sentences`` is the frame, or a function from rows (``article_id``,
    ``sentence``) to their sentences, such as
    :meth:`dossier.notebook.Frames.sentences_of`, which reads only those
    sentences' text from a large store.
    """
    keys = rows[["article_id", "sentence"]].drop_duplicates()
    found = sentences(keys) if callable(sentences) else sentences.merge(keys, on=["article_id", "sentence"])
    return found[SENTENCE_COLUMNS].drop_duplicates(["article_id", "sentence"])


def with_sentences(rows: pd.DataFrame, sentences, *, column: str = "sentence_text") -> pd.DataFrame:
    """``rows`` (article_id, sentence, start, end: offsets in the article) with their sentence, the span marked.

    Adds ``column``: the sentence as ``Markup``, ``rows``' span inside
    ``<mark>``; empty when the sentence is not found.
    """
    if rows.empty:
        return rows.assign(**{column: pd.Series([], dtype="object")})
    sent = sentence_rows(sentences, rows).rename(columns={"start": "_sentence_start", "text": "_sentence_text"})
    out = rows.merge(sent, on=["article_id", "sentence"], how="left")
    offset = out["_sentence_start"]
    out[column] = mark_spans(out["_sentence_text"], out["start"] - offset, out["end"] - offset)
    return out.drop(columns=["_sentence_start", "_sentence_text"])


def _latest(df: pd.DataFrame, limit: int | None) -> pd.DataFrame:
    order = ["published", "article_id", "start"]
    if limit is not None and len(df) > limit:
        df = df.sort_values(order, ascending=False, na_position="last").head(limit)
    return df.sort_values(order, na_position="last", kind="stable")


def figures(est: pd.DataFrame, sentences, articles: pd.DataFrame, *, limit: int | None = None, ids: bool = False) -> pd.DataFrame:
    """Every figure with what it allows, who claims it and its sentence (the figure marked), oldest first.

    Parameters
    ----------
    est : DataFrame
        The ``estimates`` frame.
    sentences : DataFrame or callable
        The ``sentences`` frame or a lookup of some rows' sentences.
    articles : DataFrame
        The ``articles`` frame.
    limit : int, optional
        Only the ``limit`` most recent figures.
    ids : bool
        Keep ``article_id`` and ``sentence`` (its index), to find the figure
        in the frames.

    Returns
    -------
    DataFrame
        published, what (the category, subtype and weapon in words:
        "Missiles: ballistic missiles, KN-23"), figure (as written),
        value_range (what it allows: "10,000 or more", "up to 70%"), hedge,
        claimant ("(the article itself)" when the article asserts it),
        sentence (``Markup``), claimant_text (who the claimant is as the
        article writes it, or its label where the words only point back),
        article (title, or file) and outlet: what a
        reader reads first comes first, so that on a narrow screen the
        titles are what scrolls out of view.
    """
    df = _latest(est, limit)
    df = with_sentences(df, sentences)
    arts = articles[["article_id", "title", "path", "source"]]
    # The figures' own dates are kept; the articles give titles and outlets.
    df = df.merge(arts, on="article_id", how="left")
    unit = df["category"].astype("str").eq("share_percent").map({True: "%", False: ""})
    out = pd.DataFrame(
        {
            "published": df["published"],
            "what": [lab.what_counted(c, s, i) for c, s, i in zip(df["category"], df["subtype"], df["item"])],
            "figure": df["quantity_text"],
            "value_range": [value_range(lo, hi, unit=u) for lo, hi, u in zip(df["low"], df["high"], unit)],
            "hedge": df["hedge"],
            "claimant": lab.claimants(df["claimant"]),
            "sentence": df["sentence_text"],
            # Who the claimant is in the article's words: "unattributed reports" from "the source" later in an
            # article is "anonymous source in Chagang province" here, which its sentence does not say.
            "claimant_text": df["claimant_text"],
            "article": df["title"].fillna(df["path"]),
            "outlet": df["source"],
        }
    )
    if ids:
        out["article_id"] = df["article_id"].to_numpy()
        out["sentence_index"] = df["sentence"].to_numpy()
    return _drop_empty(out, ("claimant_text", "outlet"))


def quotes(quotes: pd.DataFrame, sentences, articles: pd.DataFrame, *, limit: int | None = None, ids: bool = False) -> pd.DataFrame:
    """Every quote with its speaker, medium and the sentence it opens in (the quoted words marked), oldest first.

    Returns
    -------
    DataFrame
        published, speaker, text (the words quoted), kind, channel,
        channel_basis, sentence (``Markup``), cue, speaker_text, article and
        outlet;
        with ``ids``, also article_id, sentence_index and quote_key.
    """
    df = quotes.merge(articles[["article_id", "published", "title", "path", "source"]], on="article_id", how="left")
    df = with_sentences(_latest(df, limit), sentences)
    out = pd.DataFrame(
        {
            "published": df["published"],
            "speaker": df["speaker"],
            "text": df["text"],
            "kind": df["kind"].astype("object").map(lambda k: lab.label("quote_kind", k) if pd.notna(k) else k),
            "channel": df["channel"],
            "channel_basis": df["channel_basis"],
            "sentence": df["sentence_text"],
            "cue": df["cue"],
            "speaker_text": df["speaker_text"],
            "article": df["title"].fillna(df["path"]),
            "outlet": df["source"],
        }
    )
    if ids:
        out["article_id"] = df["article_id"].to_numpy()
        out["sentence_index"] = df["sentence"].to_numpy()
        out["quote_key"] = df["quote_key"].to_numpy()
    return _drop_empty(out, ("outlet",))


def _drop_empty(df: pd.DataFrame, optional) -> pd.DataFrame:
    """Without the optional columns that are empty in every row (no outlet known, no weapon named)."""
    empty = [c for c in optional if df[c].isna().all() or df[c].astype("str").eq("").all()]
    return df.drop(columns=empty)
