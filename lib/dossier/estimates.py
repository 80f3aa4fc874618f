"""Placeholder until the extractor lands: returns an empty, schema-shaped frame."""

import pandas as pd

from . import schema


def estimates(*frames, **kwargs) -> pd.DataFrame:
    return schema.empty("estimates")
