"""Figures from someone a report quotes without a name and who speaks for no body: unattributed reports.

An analyst credits a figure to whoever the text says it is from.  "A source in North Hamgyong province", "a
resident", "a defector who left in 2019", "a trader in Sinuiju" are named by no one and speak for no body: what
they say is the report's unnamed sourcing, as "according to reports" is, and a series of their figures across
articles would join people who are not one.  Their figures are "unattributed reports"; who they are stays in
``claimant_text``.  An unnamed official speaks for their body and is read as it (not here); an unnamed analyst is
cited for what they know and keeps the label (``data/unnamed_sources.csv``, column ``reports``).
"""

from __future__ import annotations

import functools

import pandas as pd

from ...labels import UNATTRIBUTED_CLAIMANT
from ...vocab import load_table

# The first mention opens with an indefinite determiner ("Another source in North Hamgyong province"): the words
# tell who it is.  A later one ("the source", "him") does not, and the label the claims gave it does.
_FIRST_WORDS = ("a ", "an ", "another ", "one ")


@functools.cache
def _report_labels() -> tuple[str, ...]:
    t = load_table("unnamed_sources.csv")
    return tuple(sorted(set(t.label[t.reports == "yes"])))


def reports_label(claimant) -> bool:
    """Whether ``claimant`` is the label of someone unnamed whose figures are unattributed reports ("anonymous
    source in Ryanggang province", "anonymous defector"), not an analyst's ("unnamed analyst")."""
    if not isinstance(claimant, str):
        return False
    return any(claimant == label or claimant.startswith(f"{label} in ") for label in _report_labels())


def unnamed_reports(est: pd.DataFrame) -> pd.DataFrame:
    """``est`` with the figures of unnamed sources (:func:`reports_label`) credited to unattributed reports, the
    source's words, or its label when the words only point back to it, in ``claimant_text``."""
    if est.empty:
        return est
    unnamed = est["claimant"].map(reports_label).astype(bool)
    if not unnamed.any():
        return est
    est = est.copy()
    written = est.loc[unnamed, "claimant_text"].fillna("")
    first = written.str.lower().str.startswith(_FIRST_WORDS)
    est.loc[unnamed, "claimant_text"] = written.where(first, est.loc[unnamed, "claimant"])
    est.loc[unnamed, "claimant"] = UNATTRIBUTED_CLAIMANT
    return est
