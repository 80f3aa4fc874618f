"""Tables of the rhetoric-themes notebook (04), computed from the ``themes``, ``theme_rates`` and ``tone`` frames."""

from __future__ import annotations

import pandas as pd

from ..extractors.tone import tone_by_article
from ..text.sentences import sentences_for


def hits_by_voice(themes: pd.DataFrame, lexicon_themes: list[str]) -> pd.DataFrame:
    """Hits of each theme of the lexicon, in its order, per voice and in total (0 for a theme never hit)."""
    by_voice = themes.groupby(["theme", "voice"], observed=False).size().unstack("voice", fill_value=0)
    return by_voice.reindex(index=lexicon_themes, fill_value=0).assign(total=lambda d: d.sum(axis=1))


def tone_table(tone: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Tone of each article and voice (:func:`~dossier.extractors.tone.tone_by_article`), named by the article's title."""
    titles = articles.set_index("article_id")["title"]
    table = tone_by_article(tone).assign(article=lambda d: d["article_id"].map(titles))
    return table[["article", "voice", "sentences", "n_words", "compound"]].round(3)


def term_hits(themes: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    """Every term of ``lexicon`` with its ``hits`` (0 for a term never matched), in the lexicon's order."""
    hits = themes.groupby(["theme", "term"]).size().rename("hits")
    return lexicon.join(hits, on=["theme", "term"]).fillna({"hits": 0}).astype({"hits": int})


def matched_terms(terms: pd.DataFrame) -> pd.DataFrame:
    """The terms of :func:`term_hits` that matched, most hits first."""
    return terms[terms["hits"] > 0].sort_values(["hits", "theme"], ascending=[False, True]).reset_index(drop=True)


def rate_matrix(rates: pd.DataFrame, articles: pd.DataFrame, themes: list[str] | None = None, *, rows: pd.Series | None = None) -> pd.DataFrame:
    """Articles × themes of hits per 1,000 words, both voices together, zero where no hit.

    Rows follow ``articles`` (every article, hit or not); columns are
    ``themes`` (every lexicon theme, say) or else the themes with hits.

    ``rows`` (a label per article_id, categorical) groups articles instead:
    a row per label, in the order of its categories, its rate the hits of
    its articles per 1,000 of their words.
    """
    cols = themes if themes is not None else sorted(rates["theme"].unique())
    if rows is None:
        wide = rates.pivot_table(index="article_id", columns="theme", values="per_1000_words", aggfunc="sum")
        return wide.reindex(index=articles["article_id"], columns=cols).fillna(0.0)
    words = articles["n_words"].groupby(rows.reindex(articles["article_id"]).to_numpy(), observed=False).sum()
    hits = rates.assign(row=rates["article_id"].map(rows)).pivot_table(index="row", columns="theme", values="hits", aggfunc="sum", observed=False)
    wide = hits.reindex(index=rows.cat.categories, columns=cols).fillna(0.0)
    return wide.mul(1000).div(words.reindex(wide.index).where(lambda w: w > 0), axis=0).fillna(0.0)


def theme_examples(themes: pd.DataFrame, sentences, articles: pd.DataFrame, *, n: int = 2) -> pd.DataFrame:
    """The ``n`` strongest sentences of each theme, with their article.

    A sentence is stronger the more of the theme's hits it holds, then the
    more distinct terms, and a state-voice sentence before a reporting one.

    Parameters
    ----------
    themes : DataFrame
        The ``themes`` frame.
    sentences : DataFrame or callable
        The ``sentences`` frame, or a lookup of the sentences of some rows
        (see :func:`dossier.text.sentences.sentences_for`): only the strongest
        sentences are looked up.
    articles : DataFrame
        The ``articles`` frame (for titles).
    n : int
        Sentences per theme.

    Returns
    -------
    DataFrame
        ``theme``, ``article`` (title, else path), ``sentence`` (its text),
        ``words`` (the matched words as written, joined by ``; ``; the
        terms where the sentence's text is not at hand), ``hits`` and
        ``voice`` (``state`` when any hit is in the state voice).
    """
    cols = ["theme", "article", "sentence", "words", "hits", "voice"]
    if themes.empty:
        return pd.DataFrame(columns=cols)
    keys = ["theme", "article_id", "sentence"]
    top = (
        themes.assign(is_state=themes["voice"] == "state")
        .groupby(keys, observed=True)
        .agg(hits=("term", "size"), n_terms=("term", "nunique"), state=("is_state", "any"))
        .reset_index()
        .sort_values(["theme", "hits", "n_terms", "state"], ascending=[True, False, False, False], kind="stable")
        .groupby("theme", observed=True)
        .head(n)
    )
    sents = sentences_for(sentences, top)[["article_id", "sentence", "start", "text"]].rename(columns={"start": "sentence_start"})
    hits = themes.merge(top[keys], on=keys).merge(sents, on=["article_id", "sentence"], how="left")
    words = [
        t[s - s0 : e - s0] if isinstance(t, str) and 0 <= s - s0 <= e - s0 <= len(t) else term
        for t, s0, s, e, term in zip(hits["text"], hits["sentence_start"], hits["start"], hits["end"], hits["term"])
    ]
    matched = hits.assign(words=words).groupby(keys, observed=True, sort=False)["words"].agg(lambda w: "; ".join(dict.fromkeys(w)))
    titles = articles.assign(article=articles["title"].fillna(articles["path"]))[["article_id", "article"]]
    out = (
        top.merge(matched.reset_index(), on=keys, how="left")
        .merge(sents[["article_id", "sentence", "text"]], on=["article_id", "sentence"])
        .merge(titles, on="article_id", how="left")
        .assign(voice=lambda d: d["state"].map({True: "state", False: "reporting"}))
        .drop(columns="sentence")
        .rename(columns={"text": "sentence"})
    )
    return out[cols].reset_index(drop=True)


def actor_theme_counts(themes: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """How many sentences name each actor and carry each theme.

    Returns
    -------
    DataFrame
        ``entity``, ``kind``, ``theme``, ``sentences``: the number of
        sentences holding both, most frequent first.
    """
    cols = ["entity", "kind", "theme", "sentences"]
    if themes.empty or entities.empty:
        return pd.DataFrame(columns=cols)
    pairs = (
        themes[["article_id", "sentence", "theme"]].drop_duplicates()
        .merge(entities[["article_id", "sentence", "entity", "kind"]].drop_duplicates(), on=["article_id", "sentence"])
    )
    counts = pairs.groupby(["entity", "kind", "theme"], observed=True).size().rename("sentences").reset_index()
    return counts.sort_values(["sentences", "entity", "theme"], ascending=[False, True, True]).reset_index(drop=True)[cols]
