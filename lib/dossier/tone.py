"""Placeholder until the extractor lands: returns an empty, schema-shaped frame."""

import pandas as pd

from . import schema


def tone(*frames, **kwargs) -> pd.DataFrame:
    return schema.empty("tone")
