"""Tables as a reader expects: the HTML of dossier.tables.style.styled, and figures and quotes beside their sentences."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from markupsafe import Markup

from dossier import schema
from dossier.tables import traced
from dossier.tables.style import mark_span, styled, value_range

NAN = re.compile(r"\bnan\b|\bNaN\b|\bNaT\b|\bNone\b|<NA>")
TRAILING_ZERO = re.compile(r">\s*-?[\d,]+\.0\s*<")


def cells(html: str) -> list[str]:
    return [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)]


def headers(html: str) -> list[str]:
    return [c.strip() for c in re.findall(r"<th(?:\s[^>]*)?>(.*?)</th>", html, flags=re.S)]


def test_empty_cells_are_empty_and_counts_have_separators_and_no_decimals():
    df = pd.DataFrame(
        {
            "figure": ["some 14,000", "more than a million", None],
            "low": [14000.0, 1000000.0, np.nan],
            "high": [14000.0, np.nan, 70.0],
            "n_words": pd.array([1200, 35, 18000], dtype="int64"),
        }
    )
    html = styled(df).to_html()
    assert not NAN.search(html) and not TRAILING_ZERO.search(html)
    assert cells(html) == ["some 14,000", "14,000", "14,000", "1,200", "more than a million", "1,000,000", "", "35", "", "", "70", "18,000"]


def test_no_index_column_unless_it_means_something():
    df = pd.DataFrame({"hits": [3, 1]})
    assert "row_heading" not in styled(df).to_html()
    assert len(headers(styled(df).to_html())) == 1
    by_theme = pd.DataFrame({"hits": [3, 1]}, index=pd.Index(["sanctions_isolation", "sovereignty"], name="theme"))
    html = styled(by_theme).to_html()
    assert headers(html) == ["Theme", "Hits"]
    assert cells(html) == ["Sanctions and isolation", "3", "Sovereignty and security", "1"]
    # A slice or a sort of a frame keeps its row numbers, which mean nothing either.
    assert headers(styled(df.iloc[1:]).to_html()) == ["Hits"]
    assert headers(styled(df.sort_values("hits")).to_html()) == ["Hits"]


def test_shares_dates_and_measures():
    df = pd.DataFrame(
        {
            "published": pd.to_datetime(["2025-04-30", None]),
            "day": [pd.Timestamp("2025-05-10").date(), None],
            "kcna_share": [12.5, 100.0],
            "kept": [0.825, 1.0],
            "compound": [-0.2531, 0.5],
        }
    )
    html = styled(df, shares=["kcna_share"], fractions=["kept"]).to_html()
    assert cells(html) == ["2025-04-30", "2025-05-10", "12.5%", "82.5%", "-0.253", "", "", "100%", "100%", "0.5"]
    assert "00:00:00" not in html and not NAN.search(html)


def test_shares_and_fractions_are_known_by_their_names():
    df = pd.DataFrame({"kcna_share": [12.5], "change_percent": [-20.0], "kept": [0.5], "similarity": [1.0], "hits": [2.0]})
    assert cells(styled(df).to_html()) == ["12.5%", "-20%", "50%", "100%", "2"]
    assert cells(styled(df, shares=[], fractions=[]).to_html()) == ["12.5", "-20", "0.5", "1", "2"]


def test_a_measure_that_comes_out_whole_has_no_decimal_point():
    ratio = pd.DataFrame({"ratio": [1.0, 1.4, 10_000_000.0, 666.6667, -0.0001]})
    assert cells(styled(ratio).to_html()) == ["1", "1.4", "10,000,000", "666.7", "0"]


def test_identifiers_are_shown_by_their_labels_and_columns_by_their_names():
    df = pd.DataFrame({"category": pd.Categorical(["artillery_shells"]), "hedge": ["lower_bound"], "quantity_text": ["over 10 million"]})
    html = styled(df).to_html()
    assert headers(html) == ["What is counted", "How sure", "Figure as written"]
    assert cells(html) == ["Artillery shells", "more than", "over 10 million"]
    assert "artillery_shells" not in html and "lower_bound" not in html
    by_voice = pd.DataFrame({"state": [4], "reporting": [1]}, index=pd.Index(["fraternity_blood"], name="theme"))
    by_voice.columns.name = "voice"
    assert headers(styled(by_voice).to_html()) == ["Theme", "state voice", "reporting voice"]


def test_untrusted_text_is_escaped_and_only_the_mark_is_markup():
    sentence = 'Officials <script>alert("x")</script> said 5,000 troops & more arrived.'
    start = sentence.index("5,000")
    marked = mark_span(sentence, start, start + len("5,000"))
    assert isinstance(marked, Markup)
    assert "<script>" not in marked and "&lt;script&gt;" in marked and "&amp; more" in marked
    assert "<mark>5,000</mark>" in marked
    # An object column keeps the Markup (pandas would make a list of strings plain str).
    df = pd.DataFrame({"speaker": ["<b>Kim</b> & co"], "sentence": pd.Series([marked], dtype="object"), "note": [sentence]})
    html = styled(df).to_html()
    assert "<script>" not in html and "<b>Kim" not in html
    assert "&lt;b&gt;Kim&lt;/b&gt; &amp; co" in html and "<mark>5,000</mark>" in html
    assert html.count("&lt;script&gt;") == 2


@pytest.mark.parametrize("start,end", [(None, None), (5, 2), (-1, 3), (200, 210)])
def test_an_impossible_span_marks_nothing(start, end):
    assert mark_span("Some <b> text", start, end) == "Some &lt;b&gt; text"


def test_a_span_past_the_sentence_is_cut_at_its_end():
    assert mark_span("He said “we will win", 9, 40) == "He said “<mark>we will win</mark>"


def test_long_text_wraps_in_a_readable_column():
    df = pd.DataFrame({"who": ["NIS"], "sentence": ["word " * 30]})
    html = styled(df).to_html()
    col = re.search(r"td\.col1 \{([^}]*)\}", html)
    assert col and "white-space: normal" in col.group(1) and "min-width: 20em" in col.group(1)
    assert not re.search(r"td\.col0 \{[^}]*white-space: normal", html)
    titled = styled(pd.DataFrame({"title": ["word " * 30]})).to_html()
    assert re.search(r"td\.col0 \{[^}]*max-width: 18em", titled)


def test_unnamed_claimants_are_explained_under_the_table():
    df = pd.DataFrame({"claimant": ["NIS", None]})
    html = styled(df).to_html()
    assert "(the article itself)" in cells(html)
    caption = re.search(r"<caption>(.*?)</caption>", html, flags=re.S).group(1)
    assert caption.startswith("(the article itself): The article states")
    assert "<caption>" not in styled(pd.DataFrame({"claimant": ["NIS"]})).to_html()


def test_value_range_says_what_a_figure_allows():
    assert value_range(10000.0, 12000.0) == "10,000–12,000"
    assert value_range(14000.0, 14000.0) == "14,000"
    assert value_range(4000.0, np.nan) == "4,000 or more"
    assert value_range(np.nan, 70.0, unit="%") == "up to 70%"
    assert value_range(np.nan, np.nan) == ""


def _frames():
    text = "Seoul said on Monday that more than 4,000 North Korean soldiers had been killed or wounded. " \
           "“We will <never> yield,” Kim said & left."
    aid = "a" * 16
    s2 = text.index("“")
    sentences = pd.DataFrame(
        {"article_id": [aid, aid], "paragraph": [0, 0], "sentence": [0, 1], "start": [0, s2], "end": [s2 - 1, len(text)],
         "text": [text[: s2 - 1], text[s2:]]}
    )
    articles = pd.DataFrame({"article_id": [aid], "title": ["A <i>title</i>"], "path": ["x.md"], "source": ["Yonhap"],
                             "published": pd.to_datetime(["2025-05-02"])})
    fs = text.index("more than 4,000")
    est = schema.conform(pd.DataFrame({
        "article_id": [aid], "sentence": [0], "start": [fs], "end": [fs + len("more than 4,000")], "quantity_text": ["more than 4,000"],
        "low": [4000.0], "high": [np.nan], "hedge": ["lower_bound"], "category": ["casualties"], "subtype": ["killed_or_wounded"],
        "item": [None], "claimant": ["South Korean government"], "claimant_text": ["Seoul"], "claimant_via": [""], "published": articles["published"],
    }), "estimates")
    qs = text.index("We will")
    quotes = schema.conform(pd.DataFrame({
        "quote_id": [aid + ":0"], "article_id": [aid], "sentence": [1], "start": [qs], "end": [text.index(",”")],
        "text": ["We will <never> yield"], "n_words": [4], "kind": ["statement"], "speaker": ["Kim Jong Un"], "speaker_text": ["Kim"],
        "cue": ["said"], "channel": [None], "channel_basis": [None], "via_kcna": [False], "via_dprk_state_media": [False], "quote_key": ["we will never yield"],
    }), "quotes")
    return est, quotes, sentences, articles


def test_every_figure_beside_its_sentence_with_the_figure_marked():
    est, _, sentences, articles = _frames()
    table = traced.figures(est, sentences, articles)
    row = table.iloc[0]
    assert row["value_range"] == "4,000 or more" and row["claimant"] == "South Korean government"
    assert "<mark>more than 4,000</mark> North Korean soldiers" in row["sentence"]
    assert "outlet" in table.columns and table["outlet"].iloc[0] == "Yonhap"
    assert row["what"] == "Casualties of North Korean forces: killed or wounded"
    html = styled(table).to_html()
    assert not NAN.search(html) and not TRAILING_ZERO.search(html)
    assert "A &lt;i&gt;title&lt;/i&gt;" in html and "Casualties of North Korean forces: killed or wounded" in html
    # The same rows through a lookup, as a notebook passes frames.sentences_of.
    looked_up = traced.figures(est, lambda rows: sentences.merge(rows, on=["article_id", "sentence"]), articles, ids=True)
    assert looked_up["sentence"].iloc[0] == row["sentence"] and looked_up["article_id"].iloc[0] == "a" * 16


def test_every_quote_beside_its_sentence_with_the_words_marked_and_escaped():
    _, quotes, sentences, articles = _frames()
    table = traced.quotes(quotes, sentences, articles)
    marked = table["sentence"].iloc[0]
    assert marked == "“<mark>We will &lt;never&gt; yield</mark>,” Kim said &amp; left."
    html = styled(table).to_html()
    assert "<never>" not in html and not NAN.search(html)
    assert table["kind"].iloc[0] == "statement"


def test_a_figure_whose_sentence_is_missing_shows_an_empty_cell():
    est, _, sentences, articles = _frames()
    table = traced.figures(est, sentences.iloc[0:0], articles)
    assert table["sentence"].iloc[0] == "" and not NAN.search(styled(table).to_html())


def test_an_empty_table_keeps_its_headers():
    html = styled(pd.DataFrame({"theme": pd.Series([], dtype="str"), "hits": pd.Series([], dtype="int64")})).to_html()
    assert headers(html) == ["Theme", "Hits"] and cells(html) == []
    assert "<caption>None in these articles.</caption>" in html
    assert "<caption>" not in styled(pd.DataFrame({"theme": ["just_cause"], "hits": [2]})).to_html()
