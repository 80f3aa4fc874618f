"""Summaries of quotes for the notebook, and their charts."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from dossier.tables import quote_stats  # noqa: E402
from dossier.plots import quotes as quote_plots  # noqa: E402
from dossier.extractors.speech.quotes import link_keys, quotes  # noqa: E402


@pytest.fixture(scope="module")
def seed_quotes(seed_sentences, seed_articles):
    return link_keys(quotes(seed_sentences, seed_articles))


@pytest.mark.parametrize(
    "text, words",
    [
        ("The DPRK will fully support the just struggle of Russia", ["dprk", "fully", "support", "just", "struggle", "russia"]),
        ("Pyongyang’s “invincible” alliance, and Russia's", ["pyongyang", "invincible", "alliance", "russia"]),
        ("multi-polarized world order", ["multi-polarized", "world", "order"]),
    ],
)
def test_tokenize_drops_stopwords_and_possessives(text, words):
    assert quote_stats.tokenize(text) == words


def test_word_counts_and_phrases():
    texts = ["full support for Russia", "the full support of the DPRK", "a just world order", "a new world order"]
    words = quote_stats.word_counts(texts, n=3)
    assert words.iloc[0].tolist() == ["full", 2] and len(words) == 3
    phrases = quote_stats.phrases(texts)
    assert set(phrases["phrase"]) == {"full support", "world order"}
    assert (phrases["count"] == 2).all()


@pytest.mark.parametrize("given, name", [("Kim", "Kim Jong Un"), ("kim jong-un", "Kim Jong Un"), ("Zelensky", "Volodymyr Zelensky"), ("Hugh Griffiths", "Hugh Griffiths"), ("", "")])
def test_speaker_name(given, name):
    assert quote_stats.speaker_name(given) == name


def test_select_speaker(seed_quotes):
    kim = quote_stats.select_speaker(seed_quotes, "Kim")
    assert len(kim) == 22 and (kim["speaker"] == "Kim Jong Un").all()  # of the 23 the seeds' labels give him
    assert len(quote_stats.select_speaker(seed_quotes, "")) == len(seed_quotes)


def test_channel_shares_on_seeds(seed_quotes):
    shares = quote_stats.channel_shares(seed_quotes)
    assert shares.index[0] == "Kim Jong Un"
    assert shares.loc["Kim Jong Un", "kcna_share"] == 100
    assert shares.loc["Volodymyr Zelensky", "no medium stated"] == 1
    assert (shares[list(quote_stats.CHANNEL_GROUPS)].sum(axis=1) == shares["quotes"]).all()


@pytest.mark.parametrize("channel, group", [("KCNA", "via KCNA"), ("Rodong Sinmun", "other DPRK state media"), ("TASS", "other named medium"), (None, "no medium stated")])
def test_channel_group(channel, group):
    assert quote_stats.channel_group(channel) == group


def test_kcna_per_article_on_seeds(seed_quotes, seed_articles, seed_ids):
    per = quote_stats.kcna_per_article(seed_quotes, seed_articles).set_index("article_id")
    assert per.loc[seed_ids["003"], "kcna_quotes"] == 5
    assert per.loc[seed_ids["002"], "kcna_quotes"] == 0 and per.loc[seed_ids["002"], "quotes"] == 1


def test_repeated_shows_the_full_wording_of_a_group(seed_quotes):
    rep = quote_stats.repeated(seed_quotes)
    top = rep.iloc[0]
    assert top["times"] == 3 and top["text"].startswith("I do not doubt")


def test_repeated_picks_the_longest_wording_and_the_most_frequent_speaker():
    q = pd.DataFrame(
        [
            ("k1", "same words", "Putin", "a"), ("k1", "the same words", "Kim", "b"), ("k1", "the same wordz", "Kim", "c"),
            ("k1", "words", "Putin", "c"), ("k2", "lone", None, "a"), ("k2", "lone!", None, "a"), ("k3", "tie", "Lavrov", "d"),
            ("k3", "tie", "Kim", "e"),
        ],
        columns=["quote_key", "text", "speaker", "article_id"],
    ).astype("str").replace("None", pd.NA)
    rep = quote_stats.repeated(q).set_index("quote_key")
    assert rep.loc["k1", "text"] == "the same words"  # the longest; the first of two as long
    assert rep.loc["k1", "speaker"] == "Kim"  # most frequent, alphabetically first of the two quoted twice
    assert (rep.loc["k1", "articles"], rep.loc["k1", "times"]) == (3, 4)
    assert pd.isna(rep.loc["k2", "speaker"]) and rep.loc["k2", "text"] == "lone!" and rep.loc["k2", "articles"] == 1
    assert rep.loc["k3", "speaker"] == "Kim"  # a tie goes to the first in alphabetical order
    assert list(rep.index) == ["k1", "k3", "k2"]  # most articles, then most quoted
    assert sorted(quote_stats.distinct_texts(q)) == ["lone!", "the same words", "tie"]


def test_distinct_texts_counts_words_quoted_twice_once(seed_quotes):
    kcna = seed_quotes[seed_quotes["via_kcna"]]
    assert len(quote_stats.distinct_texts(kcna)) == kcna["quote_key"].nunique() < len(kcna)


def test_quote_table_carries_the_source_sentence(seed_quotes, seed_sentences, seed_articles):
    table = quote_stats.quote_table(seed_quotes, seed_sentences, seed_articles)
    row = table[table["text"].str.startswith("I consider")].iloc[0]
    assert row["source_sentence"].endswith("he added.") and row["channel_basis"] == "paragraph"
    assert len(table) == len(seed_quotes)


def test_quote_table_limit_keeps_the_latest_quotes(seed_quotes, seed_sentences, seed_articles):
    table = quote_stats.quote_table(seed_quotes, seed_sentences, seed_articles, limit=5)
    published = seed_quotes["article_id"].map(dict(zip(seed_articles["article_id"], seed_articles["published"])))
    assert len(table) == 5 and (table["published"] == published.max()).all()
    full = quote_stats.quote_table(seed_quotes, seed_sentences, seed_articles)
    pd.testing.assert_frame_equal(table, full.tail(5).reset_index(drop=True))


def _labels(ax):
    return ax.get_title(), ax.get_xlabel(), ax.get_ylabel()


def test_charts_have_titles_and_labels(seed_quotes, seed_articles):
    fig, axs = plt.subplots(2, 2)
    kcna = seed_quotes[seed_quotes["via_kcna"]]["text"]
    quote_plots.kcna_quotes_over_time(quote_stats.kcna_per_article(seed_quotes, seed_articles), ax=axs[0, 0])
    quote_plots.channel_shares(quote_stats.channel_shares(seed_quotes), ax=axs[0, 1])
    quote_plots.repeated_quotes(quote_stats.repeated(seed_quotes), ax=axs[1, 0])
    quote_plots.top_terms(quote_stats.word_counts(kcna), ax=axs[1, 1])
    for ax in axs.flat:
        title, xlabel, ylabel = _labels(ax)
        assert title and xlabel
    # Units on every quantitative axis (the other axes are dates or names).
    assert "(count)" in axs[0, 0].get_ylabel() and "(%)" in axs[0, 1].get_xlabel()
    assert "(count)" in axs[1, 0].get_xlabel() and "(count)" in axs[1, 1].get_xlabel()
    plt.close(fig)


def test_charts_say_when_there_is_no_data(seed_quotes, seed_articles):
    empty = seed_quotes.iloc[:0]
    fig, axs = plt.subplots(1, 4)
    quote_plots.kcna_quotes_over_time(quote_stats.kcna_per_article(empty, seed_articles.iloc[:0]), ax=axs[0])
    quote_plots.channel_shares(quote_stats.channel_shares(empty), ax=axs[1])
    quote_plots.repeated_quotes(quote_stats.repeated(empty), ax=axs[2])
    quote_plots.top_terms(quote_stats.word_counts(empty["text"]), ax=axs[3])
    for ax in axs:
        assert any(t.get_text().startswith("No ") for t in ax.texts)
    plt.close(fig)


def test_many_articles_are_drawn_as_monthly_means():
    per = pd.DataFrame({
        "article_id": [str(i) for i in range(60)],
        "published": pd.date_range("2025-01-01", periods=60, freq="5D"),
        "title": "t",
        "quotes": 4,
        "kcna_quotes": [2] * 30 + [0] * 30,
    })
    fig, ax = plt.subplots()
    quote_plots.kcna_quotes_over_time(per, ax=ax)
    assert "monthly mean" in ax.get_ylabel()
    heights = sorted({round(p.get_height(), 3) for p in ax.patches})
    assert heights[0] == 0 and 4 in heights  # months without KCNA quotes, and the grey mean of 4
    plt.close(fig)


def test_relay_counts_tell_kcna_apart_from_other_dprk_state_media():
    q = pd.DataFrame({
        "article_id": ["a", "a", "b", "c"],
        "channel": ["KCNA", "Rodong Sinmun", "DPRK state media", "TASS"],
        "via_kcna": [True, False, False, False],
        "via_dprk_state_media": [True, True, True, False],
    })
    counts = quote_stats.relay_counts(q)
    assert counts == {"quotes": 4, "via_kcna": 1, "via_dprk_state_media": 3, "other_dprk_state_media": 2,
                      "articles_dprk_state_media": 2}
    # Frames written before the column existed: the channel's state decides.
    assert quote_stats.relay_counts(q.drop(columns="via_dprk_state_media")) == counts
