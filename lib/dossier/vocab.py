"""Vocabularies shipped as CSV files in ``dossier/data/``.

Word lists live in data so an analyst can extend them without touching code;
``tests/test_vocab.py`` checks their integrity (headers, no duplicates,
normalised case).
"""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources
from pathlib import Path

import pandas as pd


def data_path(name: str) -> Path:
    """Path of a packaged data file, e.g. ``data_path("themes.csv")``."""
    return Path(str(resources.files("dossier") / "data" / name))


@functools.cache
def _read(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    text = (resources.files("dossier") / "data" / name).read_text(encoding="utf-8")
    rows = [r for r in csv.reader(io.StringIO(text)) if r and not r[0].startswith("#")]
    header, body = tuple(rows[0]), tuple(tuple(r) for r in rows[1:])
    return header, body


def load_table(name: str) -> pd.DataFrame:
    """A packaged CSV vocabulary as a frame of strings (empty cells are "").

    Lines starting with ``#`` are comments.  Cached: vocabularies are read
    once per process.
    """
    header, body = _read(name)
    for i, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise ValueError(f"data/{name}: row {i} has {len(row)} fields, expected {len(header)}")
    return pd.DataFrame(list(body), columns=list(header), dtype="str")


def load_list(name: str) -> list[str]:
    """First column of a one-column vocabulary file."""
    return load_table(name).iloc[:, 0].tolist()
