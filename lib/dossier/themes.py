"""Placeholder until the extractor lands: returns empty, schema-shaped frames."""

import pandas as pd

from . import schema


def themes(*frames, **kwargs) -> pd.DataFrame:
    return schema.empty("themes")


def theme_rates(*frames, **kwargs) -> pd.DataFrame:
    return schema.empty("theme_rates")
