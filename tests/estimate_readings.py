"""A sentence or a few paragraphs through ``dossier.estimates``: shared by the tests of figures, what they count, their
losses, wordings and claimants."""

from __future__ import annotations

import pandas as pd

import dossier
from dossier.extractors.figures.estimates import estimates


def run(*paragraphs: str, title: str | None = None) -> pd.DataFrame:
    """The estimates frame of a one-article corpus whose paragraphs are ``paragraphs``, headed ``title`` if given."""
    text = "\n\n".join(paragraphs)
    arts = pd.DataFrame({"article_id": ["a1"], "text": [text], "published": [pd.Timestamp("2025-03-04")]})
    if title is not None:
        arts["title"] = [title]
    return estimates(dossier.sentences(arts), arts)


def one(text: str, quantity: str) -> pd.Series:
    """The one row of ``quantity`` read from ``text``: the test fails unless it is read exactly once."""
    df = run(text)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, f"{quantity!r} not read once from {text!r}:\n{df[['quantity_text', 'hedge', 'category']]}"
    return rows.iloc[0]


def signed_claimant(source: str, author: str | None, quantity: str, *paragraphs: str) -> str | None:
    """The claimant of the one figure ``quantity`` of an article of ``source`` signed by ``author``."""
    arts = pd.DataFrame({"article_id": ["a1"], "text": ["\n\n".join(paragraphs)], "published": [pd.Timestamp("2025-05-06")],
                         "source": [source], "author": [author]})
    df = estimates(dossier.sentences(arts), arts)
    rows = df[df["quantity_text"] == quantity]
    assert len(rows) == 1, f"{quantity!r} not read once:\n{df[['quantity_text', 'claimant']]}"
    return None if pd.isna(rows.iloc[0]["claimant"]) else rows.iloc[0]["claimant"]


def claimant_list(*paragraphs: str, title: str | None = None) -> list[tuple[str, str | None]]:
    """Each figure's quantity text and claimant (None for the outlet's own) of a one-article corpus, in order."""
    df = run(*paragraphs, title=title)
    return [(r.quantity_text, None if isinstance(r.claimant, float) else r.claimant) for r in df.itertuples()]


def claimants(*paragraphs: str, title: str | None = None) -> dict[str, str | None]:
    """Each figure's claimant (None for the outlet's own) of a one-article corpus, by its quantity text."""
    return dict(claimant_list(*paragraphs, title=title))
