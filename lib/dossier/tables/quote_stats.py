"""Summaries of the ``quotes`` frame for reading: who is relayed by whom, what is repeated, which words recur.

Word counts use NLTK's :class:`~nltk.probability.FreqDist` and bigram
collocation finder with the stopword list shipped in
``data/stopwords.csv`` (NLTK's own corpus is not available offline).
"""

from __future__ import annotations

import functools

import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
from nltk.probability import FreqDist
from nltk.tokenize import RegexpTokenizer

from ..extractors.speech.speakers import canonical, channel_state
from ..text.sentences import sentences_for
from ..vocab import load_list

_TOKENS = RegexpTokenizer(r"[a-z][\w'\-]*")
CHANNEL_GROUPS = ("via KCNA", "other DPRK state media", "other named medium", "no medium stated")


@functools.cache
def stopwords() -> frozenset[str]:
    """The shipped English stopword list."""
    return frozenset(load_list("stopwords.csv"))


def speaker_name(speaker: str) -> str:
    """The canonical name of a speaker given by any alias ("Kim" -> "Kim Jong Un"); ``""`` stays ``""``."""
    speaker = " ".join(speaker.split())
    return (canonical(speaker, "name") or speaker) if speaker else ""


def select_speaker(quotes: pd.DataFrame, speaker: str = "") -> pd.DataFrame:
    """The quotes of ``speaker`` (a canonical name or any alias of it: "Kim" for Kim Jong Un); all when ``""``."""
    if not speaker:
        return quotes
    return quotes[quotes["speaker"] == speaker_name(speaker)].reset_index(drop=True)


def tokenize(text: str) -> list[str]:
    """Lower-case words of ``text`` without stopwords or possessive endings."""
    text = text.lower().replace("’", "'")
    words = (w.removesuffix("'s").strip("'-") for w in _TOKENS.tokenize(text))
    return [w for w in words if len(w) > 1 and w not in stopwords()]


def word_counts(texts, n: int = 20) -> pd.DataFrame:
    """The ``n`` most frequent words of ``texts``: columns ``word``, ``count``."""
    fd = FreqDist(w for t in texts for w in tokenize(t))
    return pd.DataFrame(fd.most_common(n), columns=["word", "count"]).astype({"word": "str", "count": "int64"})


def phrases(texts, n: int = 15, min_count: int = 2) -> pd.DataFrame:
    """Two-word phrases that recur in ``texts``: columns ``phrase``, ``count``, ``score``.

    Bigrams never cross from one quote to the next; they are ranked by
    log-likelihood ratio, kept when seen at least ``min_count`` times.
    """
    docs = [tokenize(t) for t in texts]
    finder = BigramCollocationFinder.from_documents(docs)
    finder.apply_freq_filter(min_count)
    scored = finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)[:n]
    rows = [(" ".join(bg), finder.ngram_fd[bg], score) for bg, score in scored]
    return pd.DataFrame(rows, columns=["phrase", "count", "score"]).astype({"phrase": "str", "count": "int64", "score": "float64"})


def distinct_texts(quotes: pd.DataFrame) -> pd.Series:
    """One text per ``quote_key`` (the longest), so that words quoted twice are counted once."""
    if quotes.empty:
        return quotes["text"]
    return _longest(quotes).reset_index(drop=True)


def _longest(quotes: pd.DataFrame) -> pd.Series:
    """The longest text of each ``quote_key`` (the first of equal length), indexed and sorted by key."""
    # A sort, not a function per group: a large corpus has hundreds of thousands of keys.
    longest = (
        quotes[["quote_key", "text"]]
        .assign(length=quotes["text"].str.len())
        .sort_values(["quote_key", "length"], ascending=[True, False], kind="stable")
        .drop_duplicates("quote_key")
    )
    return longest.set_index("quote_key")["text"]


def channel_group(channel) -> str:
    """Which of :data:`CHANNEL_GROUPS` a channel falls in."""
    if not isinstance(channel, str):
        return "no medium stated"
    if channel == "KCNA":
        return "via KCNA"
    return "other DPRK state media" if channel_state(channel) == "dprk_state" else "other named medium"


def channel_shares(quotes: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """Per speaker (the ``top`` most quoted), the quotes in each of :data:`CHANNEL_GROUPS`.

    Returns
    -------
    DataFrame
        Index ``speaker``; one column per channel group (counts), then
        ``quotes`` (their total) and ``kcna_share`` (per cent via KCNA),
        most quoted speaker first.
    """
    known = quotes.dropna(subset=["speaker"])
    table = pd.crosstab(known["speaker"], known["channel"].map(channel_group))
    table = table.reindex(columns=list(CHANNEL_GROUPS), fill_value=0)
    table["quotes"] = table.sum(axis=1)
    table["kcna_share"] = 100 * table["via KCNA"] / table["quotes"]
    return table.sort_values(["quotes", "kcna_share"], ascending=False).head(top)


def via_dprk_state_media(quotes: pd.DataFrame) -> pd.Series:
    """Whether each quote reached the article through a DPRK state medium (KCNA, Rodong Sinmun … or one unnamed).

    The ``via_dprk_state_media`` column, or, in frames written before it
    existed, the state of the channel (``via_kcna`` without a channel).
    """
    if "via_dprk_state_media" in quotes:
        return quotes["via_dprk_state_media"].fillna(False).astype(bool)
    if "channel" not in quotes:  # a summary of quotes without their channel: KCNA's at least
        return quotes["via_kcna"].fillna(False).astype(bool)
    return quotes["channel"].map(lambda ch: isinstance(ch, str) and channel_state(ch) == "dprk_state").astype(bool)


def relay_counts(quotes: pd.DataFrame) -> dict[str, int]:
    """How many quotes reached the articles through KCNA, and through DPRK state media of any kind, told apart.

    Returns
    -------
    dict
        ``quotes`` (all), ``via_kcna``, ``via_dprk_state_media`` (KCNA
        included), ``other_dprk_state_media`` (Rodong Sinmun, Korean
        Central Television, unnamed "state media" …: the difference), and
        ``articles_dprk_state_media`` (articles with at least one).
    """
    dprk = via_dprk_state_media(quotes)
    kcna = quotes["via_kcna"].fillna(False).astype(bool)
    return {
        "quotes": len(quotes),
        "via_kcna": int(kcna.sum()),
        "via_dprk_state_media": int(dprk.sum()),
        "other_dprk_state_media": int((dprk & ~kcna).sum()),
        "articles_dprk_state_media": int(quotes.loc[dprk, "article_id"].nunique()),
    }


def kcna_per_article(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Quotes relayed by KCNA, and by DPRK state media of any kind, in each article, with its date and title (0 when none)."""
    n = quotes[quotes["via_kcna"]].groupby("article_id").size()
    dprk = quotes[via_dprk_state_media(quotes)].groupby("article_id").size()
    total = quotes.groupby("article_id").size()
    out = articles[["article_id", "published", "title"]].copy()
    out["kcna_quotes"] = out["article_id"].map(n).fillna(0).astype("int64")
    out["dprk_state_media_quotes"] = out["article_id"].map(dprk).fillna(0).astype("int64")
    out["quotes"] = out["article_id"].map(total).fillna(0).astype("int64")
    return out.sort_values("published", na_position="last").reset_index(drop=True)


def repeated(quotes: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """The quotes carried by most articles (then most often), from a frame whose keys were linked.

    Returns
    -------
    DataFrame
        ``quote_key``, ``text`` (the longest wording: a fragment quoted
        again in full shows in full), ``speaker`` (most
        frequent), ``articles`` (how many carried it), ``times`` (how many
        times it is quoted).
    """
    if quotes.empty:
        return pd.DataFrame(columns=["quote_key", "text", "speaker", "articles", "times"])
    g = quotes.groupby("quote_key")
    # The most frequent speaker of each key, the first in alphabetical order among equals (as Series.mode).
    said = quotes.dropna(subset=["speaker"]).groupby(["quote_key", "speaker"]).size().rename("n").reset_index()
    said = said.sort_values(["quote_key", "n", "speaker"], ascending=[True, False, True], kind="stable").drop_duplicates("quote_key")
    out = pd.DataFrame({"text": _longest(quotes), "articles": g["article_id"].nunique(), "times": g.size()})
    out.insert(1, "speaker", said.set_index("quote_key")["speaker"].reindex(out.index))
    out = out.sort_values(["articles", "times", "text"], ascending=[False, False, True]).head(top)
    return out.reset_index()


def quote_table(quotes: pd.DataFrame, sentences, articles: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """Every quote with its speaker, medium, basis, article and the sentence it opens in, for reading.

    ``sentences`` is the sentences frame or a lookup of the sentences of
    some rows (see :func:`dossier.text.sentences.sentences_for`); ``limit``
    keeps the ``limit`` most recent quotes only.
    """
    art = articles[["article_id", "published", "title"]]
    out = quotes.merge(art, on="article_id", how="left")
    order = ["published", "article_id", "start"]
    if limit is not None and len(out) > limit:
        out = out.sort_values(order, ascending=False, na_position="last").head(limit)
    sent = sentences_for(sentences, out)[["article_id", "sentence", "text"]].rename(columns={"text": "source_sentence"})
    out = out.merge(sent, on=["article_id", "sentence"], how="left")
    cols = ["published", "title", "speaker", "text", "kind", "channel", "channel_basis", "cue", "speaker_text", "source_sentence"]
    return out.sort_values(order, na_position="last")[cols].reset_index(drop=True)
