"""The page checks find what a reader must not see, and a styled table passes them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dossier import notebook
from dossier.extractors.speech.quotes import link_keys
from dossier.tables import claims, traced
from dossier.tables.speakers import apart_table
from dossier.tables.style import styled
from page_checks import problems, visible_text


def test_raw_frames_fail_and_styled_tables_pass():
    df = pd.DataFrame({"theme": ["sanctions_isolation", None], "hits": [14000.0, np.nan], "n_words": [1200, 3]})
    raw = df.to_html()
    found = problems(raw)
    assert any(p.startswith("missing value shown") for p in found)
    assert any(p.startswith("count with .0") and "14000.0" in p for p in found)
    assert any(p.startswith("theme identifier shown") for p in found)
    assert problems(styled(df).to_html()) == []


def test_what_is_not_a_problem():
    page = "<style>td.nan { x: 1.0 }</style><p>dossier 0.1.0, score 2.05, dominance, None-such, 3.5 per 1,000 words</p>"
    assert problems(page) == []
    assert "td.nan" not in visible_text(page)
    assert problems("<p>1.0</p>") and problems("<td>NaT</td>") and problems("<table><tr><td> None </td></tr></table>")


def test_every_new_table_of_the_seed_frames_passes(seeds_dir):
    frames = notebook.load(seeds_dir)
    quotes = link_keys(frames.quotes)
    claims_table = claims.claims_over_time(frames.estimates, frames.articles, frames.sentences_of)
    tables = {
        "figures": traced.figures(frames.estimates, frames.sentences_of, frames.articles),
        "quotes": traced.quotes(quotes, frames.sentences_of, frames.articles),
        "claims": claims_table,
        "trails": claims.claim_trails(claims_table).drop(columns="article_ids"),
        "spread": claims.claim_spread(claims_table).drop(columns="entries"),
        "apart": apart_table(quotes),
        "articles": frames.articles[["title", "source", "published", "date_basis", "n_words"]].sort_values("published"),
    }
    for name, table in tables.items():
        assert len(table), name
        assert problems(styled(table).to_html()) == [], name
    # The raw frames would not pass: the checks have something to find there.
    assert problems(frames.estimates.to_html())
