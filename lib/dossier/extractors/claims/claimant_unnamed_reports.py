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
import re

import pandas as pd

from ...labels import UNATTRIBUTED_CLAIMANT
from ...text.words import UPPER, alternation
from ...vocab import load_table

# The first mention opens with an indefinite determiner ("Another source in North Hamgyong province"): the words
# tell who it is.  A later one ("the source", "him") does not, and the label the claims gave it does.
_FIRST_WORDS = ("a ", "an ", "another ", "one ")


@functools.cache
def _report_labels() -> tuple[str, ...]:
    t = load_table("unnamed_sources.csv")
    return tuple(sorted(set(t.label[t.reports == "yes"])))


@functools.cache
def _written_nouns() -> re.Pattern:
    """A claimant that is the words of someone unnamed as written after "according to a": the noun of a row whose
    figures are reports, then only where they are ("resident of Hyesan") or what they did ("defector who fled in
    2019"); a noun that names someone unnamed only with a place ("woman") needs it.  "defector group" is a body."""
    t = load_table("unnamed_sources.csv")
    t = t[t.reports == "yes"]
    alone, placed = alternation(t.noun[t.alone == "yes"]), alternation(t.noun[t.alone == "no"])
    where = rf"\s+(?:in|inside|of|from|based\s+in)\s+{UPPER}.*"
    return re.compile(rf"(?i:{alone})(?:{where}|\s+who\s.+)?|(?i:{placed}){where}", re.S)


def _written_unnamed(claimant, written) -> bool:
    """Whether ``claimant`` is ``written`` ("a resident of Hyesan") without its determiner and names someone unnamed
    whose figures are reports (:func:`_written_nouns`)."""
    if not isinstance(claimant, str) or not isinstance(written, str):
        return False
    det = next((d for d in _FIRST_WORDS if written.lower().startswith(d)), None)
    return det is not None and written[len(det):] == claimant and _written_nouns().fullmatch(claimant) is not None


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
    unnamed |= pd.Series([_written_unnamed(c, w) for c, w in zip(est["claimant"], est["claimant_text"])],
                         index=est.index, dtype=bool)
    if not unnamed.any():
        return est
    est = est.copy()
    written = est.loc[unnamed, "claimant_text"].fillna("")
    first = written.str.lower().str.startswith(_FIRST_WORDS)
    est.loc[unnamed, "claimant_text"] = written.where(first, est.loc[unnamed, "claimant"])
    est.loc[unnamed, "claimant"] = UNATTRIBUTED_CLAIMANT
    return est
