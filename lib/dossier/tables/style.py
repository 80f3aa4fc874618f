"""Tables as a reader expects them: one place where every notebook and the index format a frame.

:func:`styled` turns a frame into a pandas ``Styler``: no index column unless
the index means something, empty cells empty, counts with thousands
separators and no decimals, shares with %, dates as dates, identifiers as
their labels (``data/display_labels.csv``), long text wrapping in a
readable column, and every value escaped.  A cell may carry HTML only as a
``markupsafe.Markup`` made here, by :func:`mark_span`, which escapes the
text before it marks the span: article text is untrusted.  Such a column
must keep dtype ``object`` (as :func:`mark_spans` returns it): pandas makes
a list of strings plain ``str``, and a plain string is escaped, mark and all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
from markupsafe import Markup
from pandas.io.formats.style import Styler

from .. import labels as lab

# Text columns whose longest value passes this many characters wrap in a
# column of readable width, rather than stretching the table or being squeezed.
LONG_TEXT = 60
WRAP_CSS = [("white-space", "normal"), ("min-width", "10em"), ("max-width", "18em"), ("overflow-wrap", "anywhere")]
# The text a reader reads (a sentence, the words quoted, a trail of figures)
# gets the widest column; titles and names wrap narrower beside it.
READ_COLUMNS = frozenset({"sentence", "sentence_text", "source_sentence", "text", "trail", "sequence", "route", "figures", "example"})
READ_CSS = [("white-space", "normal"), ("min-width", "20em"), ("max-width", "36em"), ("overflow-wrap", "anywhere")]
NUMBER_CSS = [("text-align", "right"), ("font-variant-numeric", "tabular-nums"), ("white-space", "nowrap")]
TABLE_CSS = [
    # A table wider than the page scrolls sideways inside it, rather than running off its edge.
    {"selector": "", "props": [("border-collapse", "collapse"), ("font-size", "0.9em"), ("margin", "0.5em 0 1em"),
                               ("display", "block"), ("max-width", "100%"), ("overflow-x", "auto")]},
    {"selector": "th", "props": [("text-align", "left"), ("vertical-align", "bottom"), ("padding", "4px 8px"),
                                 ("border-bottom", "1px solid #888"), ("font-weight", "600")]},
    {"selector": "td", "props": [("text-align", "left"), ("vertical-align", "top"), ("padding", "3px 8px"),
                                 ("border-bottom", "1px solid #e4e4e4")]},
    {"selector": "mark", "props": [("background-color", "#ffe08a"), ("padding", "0 1px")]},
    {"selector": "caption", "props": [("caption-side", "bottom"), ("text-align", "left"), ("font-size", "0.85em"),
                                      ("color", "#555"), ("padding-top", "4px")]},
]


# The caption of a table without rows.
EMPTY_NOTE = "None in these articles."

# Columns that are percentages (kcna_share: 12.5 -> 12.5%) or fractions of 1
# (kept: 0.825 -> 82.5%) by their name, unless a table says otherwise.
SHARE_SUFFIXES = ("_share", "_percent")
FRACTION_COLUMNS = frozenset({"kept", "similarity", "mean_kept", "least_kept"})


def mark_span(text, start, end) -> Markup:
    """``text`` escaped for HTML, with ``text[start:end]`` inside ``<mark>``.

    ``start`` and ``end`` are offsets into ``text`` (a sentence), not into
    the article; an empty or impossible span (missing, reversed, outside the
    text) marks nothing, and an end past the text is cut at its end (a
    statement quoted across sentences).  The text is escaped before the
    mark is added, so nothing of it can be read as markup.
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return Markup("")
    text = str(text)
    try:
        s, e = int(start), min(int(end), len(text))
    except (TypeError, ValueError):
        return Markup(html.escape(text, quote=True))
    if not 0 <= s < e:
        return Markup(html.escape(text, quote=True))
    esc = lambda t: html.escape(t, quote=True)  # noqa: E731
    return Markup(f"{esc(text[:s])}<mark>{esc(text[s:e])}</mark>{esc(text[e:])}")


def mark_spans(texts: pd.Series, starts, ends) -> pd.Series:
    """:func:`mark_span` of each row: ``texts``, and the span's offsets in each text."""
    return pd.Series(
        [mark_span(t, s, e) for t, s, e in zip(texts, starts, ends)], index=texts.index, dtype="object"
    )


def count(x) -> str:
    """A count as a reader writes it: ``1,000,000``; "" when missing."""
    if _missing(x):
        return ""
    return f"{float(x):,.0f}"


def share(x, *, fraction: bool = False) -> str:
    """A percentage, ``12.5%`` (``fraction``: ``x`` is 0–1); "" when missing."""
    if _missing(x):
        return ""
    x = float(x) * (100 if fraction else 1)
    return f"{x:,.0f}%" if x == round(x) else f"{x:,.1f}%"


def date(x) -> str:
    """``2025-04-30``, with the time only when it is not midnight; "" when missing."""
    if _missing(x):
        return ""
    ts = pd.Timestamp(x)
    return ts.strftime("%Y-%m-%d") if ts == ts.normalize() else ts.strftime("%Y-%m-%d %H:%M")


def number(x, decimals: int) -> str:
    """A measure to ``decimals`` decimals, with thousands separators and without trailing zeros; "" when missing.

    ``number(1.0, 1)`` is "1", as a reader writes it, not "1.0" (which reads
    as a count printed by a machine); ``number(0.25, 3)`` is "0.25".
    """
    if _missing(x):
        return ""
    text = f"{float(x):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def value_range(low, high, *, unit: str = "") -> str:
    """What a figure allows, as a reader writes it: ``10,000``, ``10,000–12,000``, ``10,000 or more``, ``up to 70%``."""
    has_low, has_high = not _missing(low), not _missing(high)
    if has_low and has_high:
        text = count(low) if low == high else f"{count(low)}–{count(high)}"
    elif has_low:
        return f"{count(low)}{unit} or more"
    elif has_high:
        text = f"up to {count(high)}"
    else:
        return ""
    return text + unit


def _missing(x) -> bool:
    if x is None:
        return True
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _escaped(x) -> str:
    if isinstance(x, Markup):
        return str(x)
    if _missing(x):
        return ""
    return html.escape(str(x), quote=True)


class _Kind:
    COUNT, MEASURE, SHARE, FRACTION, DATE, BOOL, TEXT = range(7)


def _kind(s: pd.Series, name, shares, fractions) -> int:
    if name in shares:
        return _Kind.SHARE
    if name in fractions:
        return _Kind.FRACTION
    if pd.api.types.is_bool_dtype(s.dtype):
        return _Kind.BOOL
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        return _Kind.DATE
    if pd.api.types.is_integer_dtype(s.dtype):
        return _Kind.COUNT
    if pd.api.types.is_float_dtype(s.dtype):
        values = s.dropna().to_numpy(dtype=float)
        # Whole numbers stored as floats (low/high of 10,000.0) are counts.
        return _Kind.COUNT if np.all(np.isfinite(values) & (values == np.round(values))) else _Kind.MEASURE
    if not pd.api.types.is_object_dtype(s.dtype):
        return _Kind.TEXT
    present = s.dropna()
    if len(present) and all(isinstance(x, (dt.date, dt.datetime, pd.Timestamp)) for x in present):
        return _Kind.DATE
    return _Kind.TEXT


def _decimals(s: pd.Series) -> int:
    values = np.abs(s.dropna().to_numpy(dtype=float))
    values = values[np.isfinite(values)]
    if not len(values):
        return 1
    typical = float(np.median(values))
    return 0 if typical >= 100 else 1 if typical >= 1 else 3


def styled(
    df: pd.DataFrame,
    *,
    index: bool | None = None,
    shares: Iterable[str] | None = None,
    fractions: Iterable[str] | None = None,
    decimals: Mapping[str, int] | None = None,
    values: Mapping[str, str] | None = None,
    wrap: Iterable[str] | None = None,
    notes: Iterable[str] = (),
    column_labels: bool = True,
) -> Styler:
    """``df`` as a table a reader can forward.

    Parameters
    ----------
    df : DataFrame
        Any frame, with its identifiers; it is not changed.
    index : bool, optional
        Show the index as the first column.  By default only when it means
        something (it is not 0, 1, 2, ...).
    shares, fractions : iterable of str, optional
        Columns that are percentages (``12.5`` -> 12.5%) or fractions of 1
        (``0.125`` -> 12.5%); by default those named so: ending in
        ``_share`` or ``_percent`` (:data:`SHARE_SUFFIXES`), and
        :data:`FRACTION_COLUMNS` (``kept``, ``similarity``, ...).
    decimals : mapping of column -> int, optional
        Decimals of measures (at most: trailing zeros are dropped); by
        default 0 from 100 up, 1 from 1, else 3, by the column's median.
        Integers, and floats that are all whole, are counts: no decimals.
    values : mapping of column -> vocabulary, optional
        Columns of identifiers to show by their labels; by default the
        columns named after a vocabulary (``theme``, ``category``, ``hedge``,
        ...; see :data:`dossier.labels.VALUE_COLUMNS`).
    wrap : iterable of str, optional
        Columns to wrap in a readable width; by default text columns with a
        value longer than :data:`LONG_TEXT` characters.  Those of
        :data:`READ_COLUMNS` (sentence, text, trail, ...) get the widest.
    notes : iterable of str
        Footnotes, under the table.  A ``claimant`` column's "(the article
        itself)" and "unattributed reports" are explained there without
        being asked.
    column_labels : bool
        Name the columns by their labels (``quantity_text`` -> "Figure as
        written").

    Returns
    -------
    pandas.io.formats.style.Styler
        Displayed as HTML in a notebook; ``.to_html()`` for a page.
    """
    decimals = dict(decimals or {})
    if index is None:
        index = not _plain_index(df.index)
    data = df.reset_index() if index else df.reset_index(drop=True)
    named = [c for c in data.columns if isinstance(c, str)]
    shares = set(shares) if shares is not None else {c for c in named if c.endswith(SHARE_SUFFIXES)}
    fractions = set(fractions) if fractions is not None else {c for c in named if c in FRACTION_COLUMNS}
    if values is None:
        values = {c: c for c in data.columns if isinstance(c, str) and c in lab.VALUE_COLUMNS}
    uuid = hashlib.sha256("\x1f".join(map(str, data.columns)).encode() + str(len(data)).encode()).hexdigest()[:8]
    sty = Styler(data, uuid=uuid, cell_ids=False)
    sty.hide(axis="index")
    styles = {}
    for name in data.columns:
        s = data[name]
        kind = _kind(s, name, shares, fractions)
        if name == "claimant" and name not in values:
            # An empty claimant is the article itself, named so and explained under the table.
            sty.format(lambda x: _escaped(lab.claimants(pd.Series([x])).iloc[0]), subset=[name])
        elif name in values:
            vocabulary = values[name]
            sty.format(lambda x, v=vocabulary: _escaped(lab.label(v, x)) if not _missing(x) else "", subset=[name])
        elif kind == _Kind.COUNT:
            sty.format(count, subset=[name])
        elif kind == _Kind.MEASURE:
            d = decimals.get(name, _decimals(s))
            sty.format(lambda x, d=d: number(x, d), subset=[name])
        elif kind in (_Kind.SHARE, _Kind.FRACTION):
            sty.format(lambda x, f=kind == _Kind.FRACTION: share(x, fraction=f), subset=[name])
        elif kind == _Kind.DATE:
            sty.format(date, subset=[name])
        elif kind == _Kind.BOOL:
            sty.format(lambda x: "" if _missing(x) else ("yes" if x else "no"), subset=[name])
        else:
            sty.format(_escaped, subset=[name])
        if kind in (_Kind.COUNT, _Kind.MEASURE, _Kind.SHARE, _Kind.FRACTION) and name not in values:
            styles[name] = [{"selector": "td", "props": NUMBER_CSS}]
        elif kind == _Kind.DATE:
            styles[name] = [{"selector": "td", "props": [("white-space", "nowrap")]}]
    wrapped = set(wrap) if wrap is not None else {c for c in data.columns if _long(data[c])}
    for name in wrapped:
        if name in data.columns:
            styles[name] = [{"selector": "td", "props": READ_CSS if name in READ_COLUMNS else WRAP_CSS}]
    sty.set_table_styles(TABLE_CSS)
    if styles:
        sty.set_table_styles(styles, overwrite=False)
    # Columns that are identifiers themselves (a theme per column, after an unstack).
    named = df.columns.name if isinstance(df.columns.name, str) and df.columns.name in lab.VALUE_COLUMNS else None
    sty.format_index(lambda c: _header(c, named, column_labels), axis=1)
    notes = list(notes)
    if data.empty:
        # Column headers over nothing read as a table that failed to load.
        notes.insert(0, EMPTY_NOTE)
    if "claimant" in data.columns:
        notes += [n for n in lab.claimant_notes(lab.claimants(data["claimant"])) if n not in notes]
    if notes:
        sty.set_caption("<br>".join(html.escape(n, quote=True) for n in notes))
    return sty


def _header(name, vocabulary, column_labels: bool) -> str:
    if not isinstance(name, str):
        return _escaped(name)
    if vocabulary and name in lab.labels(vocabulary):
        return _escaped(lab.label(vocabulary, name))
    return _escaped(lab.label("column", name, default=name.replace("_", " ")) if column_labels else name)


def _plain_index(idx: pd.Index) -> bool:
    """An index that only numbers the rows: unnamed integers (0, 1, 2, ..., or those left by a sort or a filter)."""
    if isinstance(idx, pd.MultiIndex) or idx.name is not None:
        return False
    return isinstance(idx, pd.RangeIndex) or pd.api.types.is_integer_dtype(idx.dtype) or len(idx) == 0


def _long(s: pd.Series) -> bool:
    if not (pd.api.types.is_object_dtype(s.dtype) or pd.api.types.is_string_dtype(s.dtype)):
        return False
    present = s.dropna()
    if not len(present):
        return False
    return bool(present.map(lambda x: len(str(x)) if isinstance(x, str) else 0).max() > LONG_TEXT)


def to_html(df: pd.DataFrame, **kwargs) -> Markup:
    """The HTML of :func:`styled`, as ``Markup`` for a Jinja template of the index."""
    return Markup(styled(df, **kwargs).to_html())


__all__ = ["mark_span", "mark_spans", "count", "share", "date", "number", "value_range", "styled", "to_html"]
