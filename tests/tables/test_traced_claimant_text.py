"""The figures table says who an unnamed source is where its sentence does not: "the source" later in an article."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.tables import traced
from dossier.tables.style import styled


def _table(*paragraphs: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-03-04")],
                         "title": ["Drafting resumes"], "path": ["a1.md"], "source": ["Daily NK"]})
    sents = dossier.sentences(arts)
    est = dossier.estimates(sents, arts, dossier.quotes(sents, arts))
    return traced.figures(est, sents, arts)


def test_the_source_later_is_shown_as_who_it_is():
    table = _table("A source in Jagang province told the outlet that drafting had resumed in the spring.",
                   "The source said about 90 conscripts had left one county in April.")
    row = table[table["figure"] == "about 90"].iloc[0]
    assert row["claimant"] == "unattributed reports"
    assert row["claimant_text"] == "anonymous source in Jagang province"
    assert "Claimant as written" in styled(table).to_html()


def test_no_column_of_claimants_as_written_when_no_figure_has_one():
    table = _table("About 90 conscripts had left one county in April.")
    assert len(table) == 1 and "claimant_text" not in table.columns
