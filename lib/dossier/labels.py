"""Plain names for the identifiers the frames keep, from ``data/display_labels.csv``.

Frames keep identifiers (``sanctions_isolation``, ``lower_bound``) so that
code and data can rely on them; a page, a legend or an axis shows their
label ("Sanctions and isolation", "more than").  :func:`relabel` makes a
copy of a frame for display; the frame itself is left as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import pandas as pd

from .vocab import load_table

FILE = "display_labels.csv"

# Columns whose values are identifiers of the vocabulary of the same name;
# relabel() names them without being told.
VALUE_COLUMNS = ("theme", "category", "subtype", "hedge", "channel_basis", "voice", "date_basis")

ASSERTED = "asserted"
UNATTRIBUTED = "unattributed"
OTHERS = "others"
# The claimant as extract_claimants writes a figure credited to unnamed reports.
UNATTRIBUTED_CLAIMANT = "unattributed reports"


@functools.cache
def _table() -> dict[tuple[str, str], tuple[str, str]]:
    table = load_table(FILE)
    return {(v, i): (lab, note) for v, i, lab, note in table[["vocabulary", "id", "label", "note"]].itertuples(index=False)}


def vocabularies() -> list[str]:
    """The vocabularies that have labels, in the file's order."""
    return list(dict.fromkeys(v for v, _ in _table()))


def labels(vocabulary: str) -> dict[str, str]:
    """Every identifier of ``vocabulary`` and its label."""
    return {i: lab for (v, i), (lab, _) in _table().items() if v == vocabulary}


def label(vocabulary: str, id, default: str | None = None) -> str:
    """The label of ``id`` in ``vocabulary``.

    An identifier without a label shows as ``default``, or, when none is
    given, as itself with underscores read as spaces (``air_defence`` ->
    "air defence"): an analyst's own theme still reads as words.  A missing
    value (None, NaN) gives "".
    """
    if id is None or (not isinstance(id, str) and pd.isna(id)):
        return ""
    id = str(id)
    found = _table().get((vocabulary, id))
    if found is not None:
        return found[0]
    return default if default is not None else id.replace("_", " ")


def note(vocabulary: str, id) -> str:
    """The explanation of ``id`` for a footnote; "" when its label says it all."""
    found = _table().get((vocabulary, str(id)))
    return found[1] if found is not None else ""


def relabel(
    df: pd.DataFrame,
    values: Mapping[str, str] | None = None,
    *,
    index: str | None = None,
    columns: bool = True,
) -> pd.DataFrame:
    """A copy of ``df`` for display: identifiers shown as labels.

    Parameters
    ----------
    df : DataFrame
        Any frame; it is not changed.
    values : mapping of column -> vocabulary, optional
        Columns whose values are identifiers, and their vocabulary.  By
        default every column named after a vocabulary (:data:`VALUE_COLUMNS`:
        ``theme``, ``category``, ``hedge``, ...).
    index : str, optional
        Vocabulary of the index (and of each level of a MultiIndex) or, when
        the index is named after a vocabulary, that one by default.
    columns : bool
        Also name the columns by their labels (vocabulary ``column``);
        columns that are identifiers (a voice per column after an
        ``unstack("voice")``: the columns' name is a vocabulary) are named
        by their vocabulary.

    Returns
    -------
    DataFrame
        Values as strings where relabelled (missing values stay missing).
    """
    out = df.copy()
    if values is None:
        values = {c: c for c in out.columns if isinstance(c, str) and c in VALUE_COLUMNS}
    for col, vocabulary in values.items():
        if col in out.columns:
            s = out[col]
            out[col] = s.astype("object").map(lambda x, v=vocabulary: label(v, x) if pd.notna(x) else x)
    if index is None and out.index.name in VALUE_COLUMNS:
        index = out.index.name
    if index is not None:
        out.index = out.index.map(lambda x: tuple(label(index, p) for p in x) if isinstance(x, tuple) else label(index, x))
    if columns:
        # Columns that are identifiers (a voice per column, after an unstack) take their vocabulary's labels.
        named = df.columns.name if df.columns.name in VALUE_COLUMNS else index
        known = labels(named) if named else {}
        out.columns = [_column(c, known) for c in out.columns]
        if out.index.name is not None:
            out.index.name = label("column", out.index.name)
    return out


def _column(name, known: dict[str, str]):
    if not isinstance(name, str):
        return name
    return known.get(name) or label("column", name, default=name.replace("_", " "))


def what_counted(category, subtype=None, item=None) -> str:
    """What a figure counts, in words: "Troops", "Missiles: ballistic missiles, KN-23"."""
    text = label("category", category)
    details = [label("subtype", subtype) if isinstance(subtype, str) and subtype else "",
               item if isinstance(item, str) and item else ""]
    details = [d for d in details if d]
    return f"{text}: {', '.join(details)}" if details else text


def claimants(who: pd.Series) -> pd.Series:
    """Claimant of each figure as a reader sees it: an empty claimant is the article itself."""
    asserted = label("claimant_group", ASSERTED)
    return who.astype("object").map(lambda x: asserted if x is None or (not isinstance(x, str) and pd.isna(x)) or x == "" else str(x))


def claimant_notes(shown: Iterable) -> list[str]:
    """Footnotes for the claimants of a table or chart that need explaining.

    ``shown`` is the claimants as displayed (see :func:`claimants`); the
    result has a line for "(the article itself)", "unattributed reports"
    and "other sources" when they appear, in that order: "label: note".
    """
    shown = set(shown)
    out = []
    for group in (ASSERTED, UNATTRIBUTED, OTHERS):
        name = label("claimant_group", group)
        # "Reuters (the article itself)": a figure an outlet asserts, grouped by outlet.
        if any(isinstance(s, str) and (s == name or s.endswith((f" {name}", f"({name})"))) for s in shown):
            out.append(f"{name}: {note('claimant_group', group)}")
    return out


def footnotes(vocabulary: str, ids: Iterable) -> list[str]:
    """"label: note" for each identifier of ``ids`` (once, in order) that has a note."""
    out = []
    for i in dict.fromkeys(x for x in ids if pd.notna(x)):
        text = note(vocabulary, i)
        if text:
            out.append(f"{label(vocabulary, i)}: {text}")
    return out
