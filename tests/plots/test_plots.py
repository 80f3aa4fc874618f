"""Charts at any corpus size: a row per article up to MAX_ROWS, a row per outlet beyond; arrows only where they can be read."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from conftest import WIDE  # noqa: E402
from dossier import notebook  # noqa: E402
from dossier.plots import MAX_ROWS, article_rows, rows_height  # noqa: E402
from dossier.plots import corpus as corpus_plots  # noqa: E402
from dossier.plots import estimates as est_plots  # noqa: E402
from dossier.plots import themes as theme_plots  # noqa: E402
from dossier.tables.themes import rate_matrix  # noqa: E402
from dossier.extractors.tone import tone_by_article, tone_by_group  # noqa: E402


@pytest.fixture(scope="module")
def seed_frames(seeds_dir):
    return notebook.load(seeds_dir)


@pytest.fixture(scope="module")
def wide(wide_store):
    return notebook.load(wide_store)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_rows_are_articles_oldest_first_up_to_the_limit(seed_frames):
    rows = article_rows(seed_frames.articles)
    assert rows.kind == "article" and len(rows.label) == 5
    order = list(rows.label.cat.categories)
    dates = [label.split(" · ")[0] for label in order]
    assert dates == sorted(dates) and dates[0] == "2025-04-30"
    assert rows.note(5) == "" and rows.axis_label.startswith("Article")


def test_two_articles_of_one_date_and_headline_keep_a_row_each(seed_frames):
    twins = pd.concat([seed_frames.articles.iloc[[0]], seed_frames.articles.iloc[[0]].assign(article_id="twin")])
    assert len(article_rows(twins).label.cat.categories) == 2


def test_rows_beyond_the_limit_are_outlets(wide):
    assert len(wide.articles) == WIDE > MAX_ROWS
    rows = article_rows(wide.articles)
    outlets = wide.articles["source"].value_counts()
    assert rows.kind == "outlet" and len(rows.label.cat.categories) == len(outlets)
    assert rows.label.cat.categories[0] == f"{outlets.index[0]} ({outlets.iloc[0]:,})"
    assert f"{WIDE:,} articles" in rows.note(WIDE)
    few = article_rows(wide.articles, max_rows=3)
    assert len(few.label.cat.categories) == 3
    assert few.label.cat.categories[-1] == f"other outlets ({WIDE - outlets.iloc[:2].sum():,})"
    assert (few.label == few.label.cat.categories[-1]).sum() == WIDE - outlets.iloc[:2].sum()


def test_figure_height_follows_the_rows(seed_frames, wide):
    assert rows_height(seed_frames.articles, 0.5, 1) == 0.5 * 5 + 1
    assert rows_height(wide.articles, 0.5, 1) == 0.5 * wide.articles["source"].nunique() + 1
    assert rows_height(seed_frames.articles.iloc[0:0], 0.5, 1) == 0.5 * 3 + 1


def test_rates_of_article_rows_are_the_articles_rates(seed_frames):
    rows = article_rows(seed_frames.articles)
    by_row = rate_matrix(seed_frames.theme_rates, seed_frames.articles, rows=rows.label)
    by_article = rate_matrix(seed_frames.theme_rates, seed_frames.articles)
    by_article.index = rows.label.reindex(by_article.index).astype(str)
    by_article = by_article.loc[list(rows.label.cat.categories)]
    np.testing.assert_allclose(by_row.to_numpy(), by_article.to_numpy())


def test_rates_of_an_outlet_are_its_hits_per_thousand_of_its_words(wide):
    rows = article_rows(wide.articles)
    wide_rates = rate_matrix(wide.theme_rates, wide.articles, rows=rows.label)
    outlet = wide.articles["source"].value_counts().index[0]
    ids = set(wide.articles.loc[wide.articles["source"] == outlet, "article_id"])
    words = wide.articles.loc[wide.articles["article_id"].isin(ids), "n_words"].sum()
    hits = wide.theme_rates[wide.theme_rates["article_id"].isin(ids)].groupby("theme")["hits"].sum()
    got = wide_rates.loc[rows.label.cat.categories[0]]
    for theme, n in hits.items():
        assert got[theme] == pytest.approx(n * 1000 / words)
    assert got.drop(hits.index).eq(0).all()


def test_tone_of_groups(wide):
    per_article = tone_by_article(wide.tone)
    same = tone_by_group(wide.tone, pd.Series(wide.articles["article_id"].to_numpy(), index=wide.articles["article_id"].to_numpy()))
    pd.testing.assert_series_equal(
        same.set_index(["group", "voice"])["compound"].sort_index(),
        per_article.set_index(["article_id", "voice"])["compound"].sort_index(),
        check_names=False, check_index_type=False,
    )
    rows = article_rows(wide.articles).label
    by_outlet = tone_by_group(wide.tone, rows).set_index(["group", "voice"])
    first = rows.cat.categories[0]
    ids = set(rows[rows == first].index)
    part = wide.tone[wide.tone["article_id"].isin(ids) & (wide.tone["voice"] == "reporting")]
    want = (part["compound"] * part["n_words"]).sum() / part["n_words"].sum()
    assert by_outlet.loc[(first, "reporting"), "compound"] == pytest.approx(want)
    assert by_outlet.loc[(first, "reporting"), "sentences"] == len(part)


PER_ARTICLE = [
    ("article_lengths", lambda f, ax: corpus_plots.article_lengths(f.articles, ax=ax)),
    ("rate_heatmap", lambda f, ax: theme_plots.rate_heatmap(f.theme_rates, f.articles, ax=ax)),
    ("tone_by_voice", lambda f, ax: theme_plots.tone_by_voice(f.tone, f.articles, ax=ax)),
]


def _ticks(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def _source_line(ax) -> str:
    return " ".join(t.get_text() for t in ax.texts if t.get_text().startswith("Source"))


@pytest.mark.parametrize("name, draw", PER_ARTICLE, ids=[n for n, _ in PER_ARTICLE])
def test_per_article_charts_have_a_row_per_article_then_per_outlet(seed_frames, wide, name, draw):
    _, ax = plt.subplots()
    draw(seed_frames, ax)
    assert _ticks(ax) == list(article_rows(seed_frames.articles).label.cat.categories)
    assert "row per outlet" not in _source_line(ax)
    _, ax = plt.subplots()
    draw(wide, ax)
    outlets = list(article_rows(wide.articles).label.cat.categories)
    assert _ticks(ax) == outlets and len(outlets) <= MAX_ROWS
    assert "a row per outlet" in _source_line(ax) and ax.get_ylabel().startswith("Outlet")


def _bounds(n: int) -> pd.DataFrame:
    return pd.DataFrame({"low": np.arange(1.0, n + 1), "high": np.nan, "hedge": "lower_bound"})


@pytest.mark.parametrize("n, arrows", [(3, 3), (est_plots.ARROWS_UP_TO, est_plots.ARROWS_UP_TO), (est_plots.ARROWS_UP_TO + 1, 0)])
def test_bounds_have_arrows_only_where_they_can_be_read(n, arrows):
    _, ax = plt.subplots()
    est_plots.draw_figures(ax, np.arange(n), _bounds(n), ["tab:red"] * n)
    assert sum(len(line.get_xdata()) for line in ax.lines) == n
    assert len(ax.texts) == arrows  # one annotation (arrow) per bound
    assert all(line.get_rasterized() == (arrows == 0) for line in ax.lines)


def test_every_hedge_is_drawn_once(seed_frames):
    est = seed_frames.estimates
    _, ax = plt.subplots()
    est_plots.draw_figures(ax, np.arange(len(est)), est, ["0.3"] * len(est), vertical=False)
    markers = sum(len(line.get_xdata()) for line in ax.lines if line.get_marker() not in ("_", "|"))
    bars = sum(len(c.get_segments()) for c in ax.collections)
    assert markers + bars == len(est)
    assert bars == (est["hedge"] == "range").sum()


MATH = r"$\fakecmd{x}$ and $5"  # mathtext that fails to parse, and a lone dollar


def _dollar_frames(frames):
    arts = frames.articles.assign(title=MATH + " headline", source=MATH + " Daily")
    est = frames.estimates.assign(claimant=MATH + " ministry", item=MATH)
    quo = frames.quotes.assign(text=MATH + " the speaker said", speaker=MATH + " Kim")
    themes = frames.themes.assign(theme=frames.themes["theme"].astype("str") + "$x$")
    return arts, est, quo, themes


def test_text_from_the_articles_is_drawn_as_plain_text_not_mathtext(seed_frames):
    from dossier.tables import quote_stats
    from dossier.plots import quotes as quote_plots
    from dossier.tables.themes import actor_theme_counts

    arts, est, quo, themes = _dollar_frames(seed_frames)
    charts = [
        lambda ax: corpus_plots.articles_over_time(arts, ax=ax),
        lambda ax: corpus_plots.article_lengths(arts, ax=ax),
        lambda ax: est_plots.troop_estimates(est, ax=ax),
        lambda ax: est_plots.munitions(est, ax=ax),
        lambda ax: est_plots.claimants_compared(est, est["category"].iloc[0], ax=ax),
        lambda ax: quote_plots.channel_shares(quote_stats.channel_shares(quo), ax=ax),
        lambda ax: quote_plots.repeated_quotes(quote_stats.repeated(pd.concat([quo, quo])), ax=ax),
        lambda ax: quote_plots.top_terms(pd.DataFrame({"word": [MATH, "troops"], "count": [3, 2]}), ax=ax),
        lambda ax: theme_plots.voice_bars(themes, ax=ax),
        lambda ax: theme_plots.rate_heatmap(seed_frames.theme_rates, arts, ax=ax),
        lambda ax: theme_plots.actor_theme_heatmap(actor_theme_counts(themes, seed_frames.entities), ax=ax),
        lambda ax: theme_plots.tone_by_voice(seed_frames.tone, arts, ax=ax),
    ]
    for draw in charts:
        fig, ax = plt.subplots(figsize=(9, 6))
        draw(ax)
        fig.canvas.draw()  # mathtext would raise here: \fakecmd is unknown
        texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_visible()]
        texts += [t for a in (ax.xaxis, ax.yaxis) for t in a.get_ticklabels()]
        shown = [t.get_text() for t in texts]
        assert any(r"\$\fakecmd" in s or r"\$x\$" in s for s in shown), (charts.index(draw), shown)
        assert not [t.get_text() for t in texts if t._preprocess_math(t.get_text())[1]]  # nothing read as math
        plt.close(fig)


def test_a_plain_dollar_survives_two_charts_on_one_figure(seed_frames):
    arts = seed_frames.articles.assign(source="$5bn Daily $")
    fig, (a, b) = plt.subplots(1, 2)
    corpus_plots.articles_over_time(arts, ax=a)
    corpus_plots.articles_over_time(arts, ax=b)
    fig.canvas.draw()
    legend = [t.get_text() for t in a.get_legend().get_texts()]
    assert r"\$5bn Daily \$" in legend
    assert a.get_legend().get_texts()[0]._preprocess_math(legend[legend.index(r"\$5bn Daily \$")]) == ("$5bn Daily $", False)
