"""The notebooks' tables (dossier.tables), on frames written by hand."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import dossier  # noqa: E402
from dossier.plots import height_for  # noqa: E402
from dossier.plots.estimates import contested, contested_claimants  # noqa: E402
from dossier.tables.estimates import category_summary  # noqa: E402
from dossier.tables.themes import hits_by_voice, matched_terms, term_hits, tone_table  # noqa: E402


EST = pd.DataFrame([
    ("a1", "troops", 10000, 12000, "South Korea's NIS"),
    ("a2", "troops", 11000, None, "Ukraine's HUR"),
    ("a3", "troops", None, 15000, None),
    ("a1", "casualties", 3000, None, "South Korea's NIS"),
], columns=["article_id", "category", "low", "high", "claimant"]).astype({"low": "Float64", "high": "Float64"})


def test_category_summary_counts_figures_and_claimants():
    table = category_summary(EST)
    troops = table.loc["troops"]
    assert (troops["figures"], troops["claimants"]) == (3, 3)  # the article's own figure is a claimant of its own
    assert (troops["smallest"], troops["largest"]) == (10000, 15000)  # an upper bound alone counts by itself
    assert table.loc["casualties", "figures"] == 1


def test_contested_claimants_draws_a_panel_per_contested_category(seed_articles, seed_sentences):
    est = dossier.estimates(seed_sentences, seed_articles)
    for most in (1, 2):
        fig = contested_claimants(est, most=most)
        assert len(fig.axes) == min(most, len(contested(est))) >= 1
        plt.close(fig)
    fig = contested_claimants(est.iloc[0:0])
    assert len(fig.axes) == 1  # one empty panel says there is nothing to compare
    plt.close(fig)


def test_height_for_has_a_floor():
    assert height_for(10, per_row=0.5, extra=1) == 6
    assert height_for(1, per_row=0.5, extra=1) == 3


THEMES = pd.DataFrame({
    "theme": ["alliance", "alliance", "sovereignty"],
    "term": ["alliance", "ally", "sovereignty"],
    "voice": pd.Categorical(["state", "reporting", "state"], categories=["state", "reporting"]),
})
LEXICON = pd.DataFrame({"theme": ["alliance", "alliance", "sovereignty", "heroism"],
                        "term": ["alliance", "ally", "sovereignty", "hero"], "notes": [""] * 4})


def test_hits_by_voice_lists_every_lexicon_theme_in_order():
    table = hits_by_voice(THEMES, ["sovereignty", "alliance", "heroism"])
    assert table.index.tolist() == ["sovereignty", "alliance", "heroism"]
    assert table.loc["alliance"].tolist() == [1, 1, 2] and table.loc["heroism", "total"] == 0


def test_term_hits_keeps_unmatched_terms_at_zero():
    terms = term_hits(THEMES, LEXICON)
    assert terms["hits"].tolist() == [1, 1, 1, 0]
    assert matched_terms(terms)["term"].tolist() == ["alliance", "ally", "sovereignty"]


def test_tone_table_names_articles_by_title():
    tone = pd.DataFrame({"article_id": ["a1", "a1"], "sentence": [0, 1], "voice": ["state", "state"],
                         "n_words": [10, 30], "compound": [0.5, -0.5]})
    articles = pd.DataFrame({"article_id": ["a1"], "title": ["Troops sent"]})
    table = tone_table(tone, articles)
    assert table["article"].tolist() == ["Troops sent"]
    assert table["compound"].iloc[0] == -0.25  # weighted by words
