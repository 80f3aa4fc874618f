"""Tables of the estimates notebook (02), computed from the ``estimates`` frame."""

from __future__ import annotations

import pandas as pd

from ..plots.estimates import claimant_labels


def category_summary(est: pd.DataFrame) -> pd.DataFrame:
    """Per category: figures, distinct claimants, and the smallest and largest figure.

    A range counts by its low end; a figure with only an upper bound by that.
    """
    return (
        est.assign(claimant=claimant_labels(est), value=est["low"].fillna(est["high"]))
        .groupby("category", observed=True)
        .agg(figures=("value", "size"), claimants=("claimant", "nunique"), smallest=("value", "min"), largest=("value", "max"))
    )
