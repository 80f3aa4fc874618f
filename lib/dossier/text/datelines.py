"""The outlet a dateline credits: "Pyongyang, April 28 (KCNA) --", "PYONGYANG, June 19. /TASS/.", "KYIV (AP) —".

An article that arrives without its outlet (a plain text file, no front
matter or manifest) still names it where wire copy opens: the agency in
brackets or between slashes after the city and date.
"""

from __future__ import annotations

import re

__all__ = ["credited_outlet"]

# A city (in capitals, or capitalised before its credit), a date or state after a comma, then the credit: a few
# capitalised words in brackets before a dash, or between slashes.
_CREDIT = re.compile(
    r"[ \t]*(?:[A-Z][A-Z.'’\- ]{2,30}|[A-Z][a-z]+)(?:,[^\n(/]{1,30}?)?\s*"
    r"(?:\((?P<bracket>[A-Z][\w&.\- ]{0,28}[\w.])\)\s*(?:--|[—–-])|/(?P<slash>[A-Z][\w&.\- ]{0,28}[\w.])/)"
)


def credited_outlet(paragraph: str) -> str | None:
    """The outlet the dateline ``paragraph`` opens with credits, as written ("KCNA", "Yonhap", "TASS"); None when
    it opens with no dateline, or the bracket holds a word of several, in lower case ("(updated)" is none)."""
    m = _CREDIT.match(paragraph)
    if m is None:
        return None
    credit = m.group("bracket") or m.group("slash")
    return credit if len(credit.split()) <= 3 else None
