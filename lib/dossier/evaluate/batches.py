"""Which batches of a labelled folder are still unread.

A held-out set grows in batches, and each batch is blind only until its
errors are read to guide rules.  ``batches.csv`` beside ``articles/`` and
``labels/`` records, per batch, its first and last article (by the number
in the file name, ``h183_outlet_topic.md`` is 183) and the extractor version
whose round first read it, blank while nobody has: a batch read once guides
rules from then on, whether or not a rule came of the reading.  Publishing states
the figures of the unread batches apart, since the pooled figures flatter
rules written while reading the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

FILE = "batches.csv"
_NUMBER = re.compile(r"^[a-z]*(\d+)")


@dataclass(frozen=True)
class Batch:
    """Articles ``first``..``last`` (numbers of their file names); ``read`` is the version whose round first read them, or ""."""

    name: str
    first: int
    last: int
    read: str

    @property
    def unread(self) -> bool:
        return not self.read

    def holds(self, stem: str) -> bool:
        number = article_number(stem)
        return number is not None and self.first <= number <= self.last


def article_number(stem: str) -> int | None:
    """The number a labelled article's file name starts with ("h183_munhwa_x" is 183), or None."""
    found = _NUMBER.match(stem)
    return int(found.group(1)) if found else None


def read_batches(folder) -> list[Batch]:
    """The batches ``folder/batches.csv`` lists; none when the folder has no such file.

    Raises ValueError naming the file when a row is malformed or two batches overlap.
    """
    path = Path(folder) / FILE
    if not path.exists():
        return []
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"batch", "first", "last", "read"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: no column {', '.join(sorted(missing))}")
    batches = []
    for row in table.itertuples(index=False):
        first, last = article_number(row.first), article_number(row.last)
        if first is None or last is None or first > last:
            raise ValueError(f"{path}: batch {row.batch!r} has no range of article numbers ({row.first!r} to {row.last!r})")
        batches.append(Batch(row.batch, first, last, row.read.strip()))
    ordered = sorted(batches, key=lambda b: b.first)
    for before, after in zip(ordered, ordered[1:]):
        if after.first <= before.last:
            raise ValueError(f"{path}: batches {before.name!r} and {after.name!r} overlap")
    return batches


def unread_stems(folder) -> set[str]:
    """The file stems of ``folder``'s labelled articles that lie in a batch nobody has read."""
    unread = [b for b in read_batches(folder) if b.unread]
    stems = (p.stem for p in (Path(folder) / "labels").glob("*.json"))
    return {s for s in stems if any(b.holds(s) for b in unread)}
