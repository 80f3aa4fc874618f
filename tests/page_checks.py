"""What a reader must never see on a page of the brief: raw NaN, a count with ".0", an identifier where a label exists.

For the browser test (every page of the seed brief) and for tests of tables:
``problems(html)`` lists what is wrong, with a little context each.
"""

from __future__ import annotations

import html as html_lib
import re

from dossier import labels

_HIDDEN = re.compile(r"<(style|script)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_NAN = re.compile(r"\b(?:NaN|nan|NaT)\b|<NA>")
# "None" is a word ("None of the troops"); alone in a cell it is a missing value.
_NONE_CELL = re.compile(r"<t[dh]\b[^>]*>\s*None\s*</t[dh]>")
# An integer written with a ".0": "14000.0", "1,000.0"; not "0.1.0" (a version) nor "2.05".
_POINT_ZERO = re.compile(r"(?<![\d.])\d[\d,]*\.0(?![\d.])")


def visible_text(page: str) -> str:
    """The text a reader sees: no styles, scripts or tags; entities decoded."""
    return html_lib.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", page)))


def problems(page: str, vocabularies=("theme",)) -> list[str]:
    """Every NaN, integer with ".0" and identifier of ``vocabularies`` shown where it has a label."""
    text = visible_text(page)
    found = []

    def context(m) -> str:
        return " ".join(text[max(0, m.start() - 40): m.end() + 40].split())

    found += [f"missing value shown: …{context(m)}…" for m in _NAN.finditer(text)]
    found += [f"missing value shown: {m.group(0)}" for m in _NONE_CELL.finditer(_HIDDEN.sub(" ", page))]
    found += [f"count with .0: …{context(m)}…" for m in _POINT_ZERO.finditer(text)]
    for vocabulary in vocabularies:
        ids = [i for i, label in labels.labels(vocabulary).items() if label != i and "_" in i]
        if ids:
            pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, ids))})\b")
            found += [f"{vocabulary} identifier shown: …{context(m)}…" for m in pattern.finditer(text)]
    return found
