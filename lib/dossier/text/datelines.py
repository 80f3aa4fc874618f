"""Datelines: the place an article or a paragraph opens with, and the outlet it credits.

"SEOUL, Sept. 4 (UPI) --", "PYONGYANG, June 19. /TASS/.", "Moscow (AFP) -",
"SEOUL, South Korea (AP) —", "Pyongyang, June 12 (KCNA) --".  The city tells
where an article is written from (:func:`opening_city`); a name inside a
dateline, its city, the state after it or the outlet it credits, is where
or who prints, never who speaks or whom "it" stands for (:func:`in_dateline`).
An article that arrives without its outlet (a plain text file, no front
matter or manifest) still names it there (:func:`credited_outlet`).
"""

from __future__ import annotations

import re

from .words import LOWER, UPPER, UPPER_LETTERS

__all__ = ["credited_outlet", "in_dateline", "opening_city"]

# A dateline up to its outlet's credit: the city (in capitals, or capitalised before the credit), then a date or
# state after a comma.
_CITY_AND_DATE = rf"[ \t]*(?:{UPPER}[{UPPER_LETTERS}.'’\- ]{{2,30}}|{UPPER}{LOWER}+)(?:,[^\n(/]{{1,30}})?\s*"

# The city a text opens with: in capitals, or before a parenthesis.
_OPENING_CITY = re.compile(rf"\s*(?:({UPPER}{{3,}})\b(?=\s*[,(/]|\s+[—–-])|({UPPER}{LOWER}+)(?=\s*\())")
# A city in capitals and its comma, from a paragraph's start ("SEOUL, South Korea (AP) —", "KYIV, Ukraine —").
_CITY_COMMA = re.compile(rf"[ \t]*{UPPER}[{UPPER_LETTERS}.'’\- ]{{2,}},\s+\Z")
# What follows a dateline's city: "SEOUL, Nov. 30 (Yonhap) --", "MOSCOW (AP) —", "PYONGYANG, June 19. /TASS/.".
_AFTER_CITY = re.compile(r"\s*[,(/]|\s+[—–-]")
# A city's name before a credit in brackets ("Moscow (AFP)", "New York (Reuters)"): a body's name that opens with "The"
# before its acronym ("The Multilateral Sanctions Monitoring Team (MSMT), formed by ...") opens no dateline.
_CITY_NAME = re.compile(rf"(?!The\b){UPPER}{LOWER}+(?:[ \-]{UPPER}{LOWER}+){{0,2}}")
# A date between a dateline's city and its outlet's credit: "Pyongyang, June 12 (KCNA) --".
_DATED = re.compile(r",[^\n(/,]{1,30}[(/]")
# A dateline up to its outlet's credit: "SEOUL (", "SEOUL, Nov. 30 (", "PYONGYANG, June 19. /".
_BEFORE_CREDIT = re.compile(_CITY_AND_DATE + r"[(/]\Z")


def opening_city(text: str) -> str | None:
    """The city of the dateline ``text`` opens with, as written; None when it opens with none."""
    m = _OPENING_CITY.match(text)
    return (m.group(1) or m.group(2)) if m is not None else None


def in_dateline(text: str, lo: int, hi: int) -> bool:
    """Whether the name ``text[lo:hi]`` is part of a dateline: its city, the state after the city, or the outlet credited."""
    if lo == 0 or text[lo - 1] == "\n":
        # A paragraph's first word: a city in capitals, or before a date or a parenthesis.
        after = _AFTER_CITY.match(text, hi)
        return after is not None and (
            text[lo:hi].isupper() or (after.group().lstrip().startswith("(") and _CITY_NAME.fullmatch(text, lo, hi) is not None)
            or _DATED.match(text, hi) is not None
        )
    if text[lo - 2:lo] == ", ":
        return _from_paragraph_start(_CITY_COMMA, text, lo, 40)
    if text[lo - 1] in "(/":
        return _from_paragraph_start(_BEFORE_CREDIT, text, lo, 70)
    return False


def _from_paragraph_start(pattern: re.Pattern, text: str, lo: int, reach: int) -> bool:
    """Whether ``pattern`` matches from the start of ``lo``'s paragraph, at most ``reach`` characters back, to ``lo``."""
    start = text.rfind("\n", max(0, lo - reach), lo) + 1
    return (start > 0 or lo <= reach) and pattern.match(text, start, lo) is not None


# The credit: a few capitalised words in brackets before a dash, or between slashes.
_CREDIT = re.compile(
    _CITY_AND_DATE + rf"(?:\((?P<bracket>{UPPER}[\w&.\- ]{{0,28}}[\w.])\)\s*(?:--|[—–-])|/(?P<slash>{UPPER}[\w&.\- ]{{0,28}}[\w.])/)"
)


def credited_outlet(paragraph: str) -> str | None:
    """The outlet the dateline ``paragraph`` opens with credits, as written ("KCNA", "Yonhap", "TASS"); None when
    it opens with no dateline, or the bracket holds a word of several, in lower case ("(updated)" is none)."""
    m = _CREDIT.match(paragraph)
    if m is None:
        return None
    credit = m.group("bracket") or m.group("slash")
    return credit if len(credit.split()) <= 3 else None
