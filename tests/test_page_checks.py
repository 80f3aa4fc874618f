"""The page checks find what a reader must not see, and a styled table passes them."""

from __future__ import annotations

import numpy as np
import pandas as pd

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
