"""Tables of the rhetoric-themes notebook (04), computed from the ``themes`` and ``tone`` frames."""

from __future__ import annotations

import pandas as pd

from ..extractors.tone import tone_by_article


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
