"""Who claims what, over time: revisions of one claimant, disagreements between claimants, each entry traceable to its sentence."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dossier.tables import claims as C
from hand_frames import HUR, NIS, figure, frames


@pytest.fixture
def revised():
    """NIS says 10,000, then 11,000, then 13,000 (said again), then 15,000; HUR says 12,000 in between."""
    return frames(
        [
            figure("a1", "2024-10-18", "about 10,000", 10000.0, 10000.0, "approximate", NIS, sentence=3),
            figure("a2", "2024-11-20", "some 11,000", 11000.0, 11000.0, "approximate", NIS, sentence=1),
            figure("a3", "2024-12-02", "12,000", 12000.0, 12000.0, "exact", HUR, sentence=5),
            figure("a3", "2024-12-02", "11,000", 11000.0, 11000.0, "exact", NIS, sentence=6, start=90),
            figure("a4", "2025-01-13", "around 13,000", 13000.0, 13000.0, "approximate", NIS, sentence=2),
            figure("a5", "2025-02-01", "13,000", 13000.0, 13000.0, "exact", NIS, sentence=2),
            figure("a6", "2025-09-30", "15,000", 15000.0, 15000.0, "exact", NIS, sentence=4),
        ]
    )


def test_a_claimant_revising_its_figure_is_seen_in_order_with_each_change(revised):
    est, articles = revised
    claims = C.claims_over_time(est, articles)
    nis = claims[(claims["claimant"] == NIS) & (claims["what"] == "Troops")]
    assert nis["figure"].tolist() == ["10,000", "11,000", "11,000", "13,000", "13,000", "15,000"]
    assert nis["change"].tolist()[1:] == [1000.0, 0.0, 2000.0, 0.0, 2000.0] and np.isnan(nis["change"].iloc[0])
    assert nis["revised"].tolist() == [False, True, False, True, False, True]
    assert nis["step"].tolist() == [1, 2, 3, 4, 5, 6]
    assert nis["change_percent"].iloc[1] == pytest.approx(10.0)
    # Every entry leads back to its sentence.
    assert nis[["article_id", "sentence"]].values.tolist() == [["a1", 3], ["a2", 1], ["a3", 6], ["a4", 2], ["a5", 2], ["a6", 4]]
    assert nis["title"].iloc[0] == "Article a1"


def test_a_trail_reads_as_one_line(revised):
    trails = C.claim_trails(C.claims_over_time(*revised))
    nis = trails[trails["claimant"] == NIS].iloc[0]
    assert nis["trail"] == f"{NIS}: 10,000 → 11,000 (×2) → 13,000 (×2) → 15,000"
    assert nis["sequence"] == "10,000 → 11,000 (×2) → 13,000 (×2) → 15,000"
    assert nis["revisions"] == 3 and nis["figures"] == 6 and nis["change"] == 5000.0
    assert nis["first"] == pd.Timestamp("2024-10-18") and nis["last"] == pd.Timestamp("2025-09-30")
    assert nis["article_ids"] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert trails["claimant"].tolist() == [NIS, HUR]  # the claimant that revised most first
    assert C.claim_trails(C.claims_over_time(*revised), min_figures=2)["claimant"].tolist() == [NIS]


def test_two_claimants_disagreeing_on_a_date(revised):
    spread = C.claim_spread(C.claims_over_time(*revised))
    day = spread[spread["published"] == pd.Timestamp("2024-12-02")].iloc[0]
    assert day["claimants"] == 2 and day["low"] == 11000.0 and day["high"] == 12000.0
    assert day["spread"] == 1000.0 and day["ratio"] == pytest.approx(12 / 11)
    assert day["lowest"] == NIS and day["highest"] == HUR
    assert day["figures"] == f"{NIS} 11,000 · {HUR} 12,000"
    assert day["new"] == f"{HUR}, {NIS}"
    assert [(e.claimant, e.article_id, e.sentence) for e in day["entries"]] == [(NIS, "a3", 6), (HUR, "a3", 5)]
    # Before HUR spoke there was one claimant: no spread.
    assert spread["published"].min() == pd.Timestamp("2024-12-02")
    # HUR's figure stands until it gives another: in September NIS's 15,000 is set against it.
    last = spread.iloc[-1]
    assert last["published"] == pd.Timestamp("2025-09-30") and last["figures"] == f"{HUR} 12,000 · {NIS} 15,000"
    # Unless it is too old to count.
    aged = C.claim_spread(C.claims_over_time(*revised), max_age_days=90)
    assert pd.Timestamp("2025-09-30") not in set(aged["published"])


def test_the_notebook_charts_the_things_with_most_trails_and_lists_each_last_disagreement(revised):
    est, articles = revised
    shells = frames([
        figure("s1", "2024-11-01", "1 million", 1e6, 1e6, "exact", NIS, category="artillery_shells"),
        figure("s2", "2024-12-01", "3 million", 3e6, 3e6, "exact", HUR, category="artillery_shells"),
        figure("s3", "2025-01-01", "5 million", 5e6, 5e6, "exact", HUR, category="artillery_shells"),
    ])
    claims = C.claims_over_time(pd.concat([est, shells[0]]), pd.concat([articles, shells[1]]))
    trails = C.claim_trails(claims)
    assert C.most_trailed(trails, top=1) == [trails["what"].value_counts().index[0]]
    assert set(C.most_trailed(trails)) == set(claims["what"]) and len(C.most_trailed(trails)) == 2
    assert C.most_trailed(trails.iloc[0:0]) == ["Troops"]  # nothing to chart: the troops chart says so
    latest = C.latest_disagreement(C.claim_spread(claims))
    assert latest.columns.tolist() == ["what", "published", "figures", "spread", "ratio", "new"]
    assert latest["what"].is_unique and len(latest) == 2
    troops = latest[latest["what"] == "Troops"].iloc[0]
    assert troops["published"] == pd.Timestamp("2025-09-30") and troops["spread"] == 3000.0


def test_things_of_different_kinds_are_never_compared():
    est, articles = frames(
        [
            figure("a1", "2025-01-01", "11,000", 11000.0, 11000.0, "exact", NIS),
            figure("a2", "2025-02-01", "3,000 more", 3000.0, 3000.0, "exact", NIS, subtype="reinforcements"),
            figure("a3", "2025-03-01", "4,000", 4000.0, 4000.0, "exact", NIS, category="casualties", subtype="killed_or_wounded"),
        ]
    )
    claims = C.claims_over_time(est, articles)
    assert sorted(claims["what"]) == ["Casualties of North Korean forces: killed or wounded", "Troops", "Troops: reinforcements"]
    assert not claims["revised"].any() and claims["previous"].isna().all()


def test_unnamed_sources_of_different_articles_are_not_one_claimant():
    est, articles = frames(
        [
            figure("a1", "2025-01-01", "some 14,000", 14000.0, 14000.0, "approximate", "unattributed reports"),
            figure("a2", "2025-02-01", "more than 10,000", 10000.0, np.nan, "lower_bound", "unattributed reports"),
            figure("a3", "2025-03-01", "12,000", 12000.0, 12000.0, "exact", None),
            figure("a4", "2025-04-01", "13,000", 13000.0, 13000.0, "exact", None),
            figure("a5", "2025-05-01", "15,000", 15000.0, 15000.0, "exact", None),
        ],
        outlets={"a4": "Reuters", "a5": "Reuters"},
    )
    claims = C.claims_over_time(est, articles)
    assert not claims.loc[claims["article_id"].isin(["a1", "a2", "a3"]), "revised"].any()
    assert claims["claimant"].tolist().count("unattributed reports") == 2
    # An outlet that states its own figure twice has revised it.
    reuters = claims[claims["claimant"] == "Reuters (the article itself)"]
    assert reuters["figure"].tolist() == ["13,000", "15,000"] and reuters["revised"].tolist() == [False, True]
    assert claims.loc[claims["article_id"] == "a2", "figure"].iloc[0] == "10,000+"
    # An unnamed source of an unknown outlet stands for its own date only.
    spread = C.claim_spread(claims)
    assert pd.Timestamp("2025-02-01") not in set(spread["published"])


def test_people_quoted_without_a_name_in_different_articles_are_not_one_claimant():
    source = "anonymous source in Ryanggang province"
    est, articles = frames(
        [
            figure("a1", "2025-01-01", "some 400", 400.0, 400.0, "approximate", source),
            figure("a2", "2025-02-01", "some 900", 900.0, 900.0, "approximate", source),
            figure("a3", "2025-03-01", "11,000", 11000.0, 11000.0, "exact", NIS),
            figure("a4", "2025-04-01", "12,000", 12000.0, 12000.0, "exact", NIS),
        ],
    )
    claims = C.claims_over_time(est, articles)
    assert claims.loc[claims["claimant"] == source, "claimant_key"].nunique() == 2
    assert not claims.loc[claims["claimant"] == source, "revised"].any()
    # A named claimant's figures are one series across articles.
    assert claims.loc[claims["claimant"] == NIS, "revised"].tolist() == [False, True]


def test_vague_counts_are_no_side_of_a_disagreement_and_undated_figures_come_last():
    est, articles = frames(
        [
            figure("a1", "2025-01-01", "thousands", 1000.0, np.nan, "vague", HUR),
            figure("a2", "2025-01-01", "11,000", 11000.0, 11000.0, "exact", NIS),
            figure("a3", None, "12,000", 12000.0, 12000.0, "exact", NIS),
            figure("a4", "2025-01-01", "10,000 to 12,000", 10000.0, 12000.0, "range", "Pentagon"),
        ]
    )
    claims = C.claims_over_time(est, articles)
    nis = claims[claims["claimant"] == NIS]
    assert nis["article_id"].tolist() == ["a2", "a3"] and pd.isna(nis["change"].iloc[1])
    assert claims.loc[claims["article_id"] == "a1", "figure"].iloc[0] == "thousands"
    pentagon = claims[claims["claimant"] == "Pentagon"].iloc[0]
    assert pentagon["figure"] == "10,000–12,000" and pentagon["value"] == 11000.0
    spread = C.claim_spread(claims)
    assert spread["figures"].tolist() == [f"Pentagon 10,000–12,000 · {NIS} 11,000"]


def test_shares_keep_their_percent_and_sentences_are_marked():
    est, articles = frames([figure("a1", "2025-01-01", "up to 70%", np.nan, 70.0, "upper_bound", None, category="share_percent",
                                   subtype="artillery_shells", start=4)])
    sentences = pd.DataFrame({"article_id": ["a1"], "sentence": [0], "start": [0], "end": [40],
                              "text": ["Now up to 70% of shells <b>come</b> from the North."]})
    claims = C.claims_over_time(est, articles, sentences)
    row = claims.iloc[0]
    assert row["figure"] == "up to 70%" and row["what"] == "Share of a total: of artillery shells"
    assert row["claimant"] == "(the article itself)"
    assert row["sentence_text"] == "Now <mark>up to 70%</mark> of shells &lt;b&gt;come&lt;/b&gt; from the North."


def test_the_index_shows_revisions_and_the_latest_disagreement(revised):
    view = C.index_view(C.claims_over_time(*revised))
    assert [r["trail"] for r in view["revisions"]] == [f"{NIS}: 10,000 → 11,000 (×2) → 13,000 (×2) → 15,000"]
    assert view["revisions"][0]["last"] == "2025-09-30"
    assert [(d["what"], d["published"]) for d in view["disagreements"]] == [("Troops", "2025-09-30")]


def test_no_figures_no_claims():
    est, articles = frames([figure("a1", "2025-01-01", "1", 1.0, 1.0, "exact", NIS)])
    empty = C.claims_over_time(est.iloc[0:0], articles)
    assert empty.empty and list(empty.columns) == C.COLUMNS
    assert C.claim_trails(empty).empty and C.claim_spread(empty).empty
    assert C.index_view(empty) == {"revisions": [], "disagreements": []}
