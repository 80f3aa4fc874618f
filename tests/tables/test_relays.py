"""How words travel: a quote from the first article that carries it to each later outlet, with lags and what survived."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dossier.tables import relays as R
from dossier.tables.style import styled
from hand_frames import FULL, build, quote
from page_checks import problems


@pytest.fixture
def relayed():
    """KCNA carries the words first; Yonhap a day later, whole; Reuters three days later, trimmed; TASS a week later, reordered."""
    rows = [
        quote("kcna", FULL, "k1"),
        quote("yon", FULL, "k1"),
        quote("reu", "soldiers who fought in Kursk are heroes", "k1"),
        quote("reu", "heroes", "k1", start=200),
        quote("tass", "heroes of the nation and its honour are the brave soldiers who fought in Kursk", "k1"),
        quote("yon", "an unrelated remark", "k2", speaker="Lee Jae-myung", channel=None),
    ]
    articles = [
        ("tass", "TASS", "2025-05-07", "TASS story"),
        ("reu", "Reuters", "2025-05-03", "Reuters story"),
        ("yon", "Yonhap", "2025-05-01", "Yonhap story"),
        ("kcna", "KCNA", "2025-04-30", "KCNA report"),
    ]
    return build(rows, articles)


def test_one_quote_relayed_by_three_outlets_with_lags(relayed):
    out = R.relays(*relayed)
    assert out["quote_key"].unique().tolist() == ["k1"]  # k2 is carried by one article
    assert out["outlet"].tolist() == ["KCNA", "Yonhap", "Reuters", "TASS"]
    assert out["order"].tolist() == [0, 1, 2, 3]
    assert out["lag_days"].tolist() == [0.0, 1.0, 3.0, 7.0]
    assert (out["first_outlet"] == "KCNA").all() and (out["first_published"] == pd.Timestamp("2025-04-30")).all()
    assert out["speaker"].unique().tolist() == ["Kim Jong Un"]
    # Each later article by its longest wording, traceable to its sentence.
    reu = out[out["outlet"] == "Reuters"].iloc[0]
    assert reu["text"] == "soldiers who fought in Kursk are heroes" and (reu["article_id"], reu["sentence"], reu["start"]) == ("reu", 2, 40)


def test_how_much_of_the_wording_survived(relayed):
    out = R.relays(*relayed).set_index("outlet")
    assert out.loc["Yonhap", "kept"] == 1.0 and out.loc["Yonhap", "similarity"] == 1.0
    n_full = len(FULL.split())
    assert out.loc["Reuters", "kept"] == pytest.approx(7 / n_full) and n_full == 15
    # Reordered but whole: every word kept, the wording still close.
    assert out.loc["TASS", "kept"] == 1.0 and 0.5 < out.loc["TASS", "similarity"] <= 1.0
    assert out.loc["Reuters", "similarity"] < out.loc["Yonhap", "similarity"]


def test_routes_and_outlets(relayed):
    out = R.relays(*relayed)
    route = R.relay_routes(out).iloc[0]
    assert route["route"] == "KCNA 2025-04-30 → Yonhap +1 d → Reuters +3 d, 47% of the words → TASS +7 d"
    assert route["articles"] == 4 and route["max_lag_days"] == 7.0 and route["least_kept"] == pytest.approx(7 / 15)
    outlets = R.relay_outlets(out).set_index("outlet")
    assert outlets.loc["KCNA", "carried_first"] == 1 and outlets.loc["KCNA", "carried_later"] == 0
    assert outlets.loc["Reuters", "trimmed"] == 1 and outlets.loc["TASS", "trimmed"] == 0
    assert outlets.loc["Reuters", "median_lag_days"] == 3.0
    assert np.isnan(outlets.loc["KCNA", "median_lag_days"])


def test_relay_tables_read_cleanly(relayed):
    out = R.relays(*relayed)
    for table in (out, R.relay_routes(out), R.relay_outlets(out)):
        assert problems(styled(table).to_html()) == []
    assert ">46.7%<" in styled(out).to_html()  # Reuters kept 7 of 15 words


def test_on_the_same_day_the_channel_itself_comes_first_and_undated_articles_last():
    rows = [quote("a-wire", FULL, "k"), quote("z-kcna", FULL, "k"), quote("undated", FULL, "k")]
    articles = [("a-wire", "Reuters", "2025-04-30", "t"), ("z-kcna", "KCNA", "2025-04-30", "t"), ("undated", "AP", None, "t")]
    out = R.relays(*build(rows, articles))
    assert out["outlet"].tolist() == ["KCNA", "Reuters", "AP"]
    assert out["lag_days"].iloc[1] == 0.0 and np.isnan(out["lag_days"].iloc[2])
    assert "AP undated" in R.relay_routes(out)["route"].iloc[0]


def test_words_of_no_key_or_of_one_article_are_no_relay(relayed):
    quotes, articles = relayed
    assert R.relays(quotes.assign(quote_key=None), articles).empty
    assert R.relays(quotes[quotes["article_id"] == "kcna"], articles).empty
    assert list(R.relays(quotes, articles, min_articles=5).columns) == R.COLUMNS
    assert R.relay_routes(R.relays(quotes, articles, min_articles=5)).empty
    assert R.relay_outlets(R.relays(quotes, articles, min_articles=5)).empty


def test_a_word_or_two_in_quotation_marks_is_vocabulary_not_a_relay():
    rows = [quote("a", "invincible", "inv"), quote("b", "invincible", "inv"),
            quote("a", "without delay", "wd"), quote("b", "without delay", "wd"),
            quote("a", "a new chapter", "nc"), quote("b", "a new chapter", "nc")]
    articles = [("a", "KCNA", "2025-01-01", "t"), ("b", "TASS", "2025-01-02", "t")]
    assert R.relays(*build(rows, articles))["quote_key"].unique().tolist() == ["nc"]
    assert sorted(R.relays(*build(rows, articles), min_words=1)["quote_key"].unique()) == ["inv", "nc", "wd"]


def test_kept_share_counts_each_word_as_often_as_it_occurs():
    assert R.kept_share("we will win, we will", "we will win") == pytest.approx(3 / 5)
    assert R.kept_share("Our Nation’s honour", "our nation's HONOUR") == 1.0
    assert np.isnan(R.kept_share("", "anything"))
