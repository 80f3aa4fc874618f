"""Numbers that are no count by their form: dates, years, labels, measurements, ages, ratios, money.

"on 12 March", "Article 3", "122 millimetres", "Private Kim, 19", "for every
50 men", "$900–1,300": :func:`is_form_of_non_count` tells them from the
quantity pattern's matches (:func:`~dossier.text.numbers.quantity_pattern`)
before :func:`~dossier.text.quantities.find_quantities` reads their bounds.
"""

from __future__ import annotations

import functools
import re

from .words import alternation
from .numbers import CURRENCY, YEAR, cues, next_word, previous_word


# The first end of a range of money, right before its second: "$900–1,300", "€2 to 3".
_MONEY_RANGE_START = re.compile(rf"[{CURRENCY}]\s?\d[\d,.]*\s*(?:[–—-]|to)\s*$")
_MONEY_REACH = 24  # characters before a number searched for the first end of a range of money


@functools.cache
def _form_cues() -> tuple[dict[str, str], ...]:
    return cues("month"), cues("label"), cues("unit"), cues("age"), cues("aged"), cues("ratio")


@functools.cache
def _aged_list() -> re.Pattern:
    # "aged 20 and 26", "ages 19 to 25": the later numbers of a list of ages are ages too.
    words = alternation(cues("aged"))
    return re.compile(rf"\b(?:{words})\s+\d+(?:\s*(?:,|and|or|to)\s*\d+)*\s*(?:,\s*(?:and\s+|or\s+)?|and|or|to)\s*$", re.IGNORECASE)


@functools.cache
def _listed_measure() -> re.Pattern:
    # The rest of a list of numbers in digits whose last one a unit ends: "and 152 millimetres", ", 152 and 203mm".
    units = alternation(cues("unit"))
    return re.compile(rf"(?:\s*(?:,|,?\s*and|,?\s*or)\s+\d+(?:\.\d+)?-?)+\s*(?:{units})\b", re.IGNORECASE)


_FORCE_CHARS = 40  # characters after "12,000-man" that hold the two words its force noun is among
_AGED_REACH = 40  # characters before a number searched for the list of ages it ends
_LIST_WORDS = frozenset({"and", "or", "to"})


_KEYCAP = "\ufe0f\u20e3"  # the variation selector and combining keycap that make a digit a keycap emoji ("1️⃣")


def is_form_of_non_count(text: str, m: re.Match) -> bool:
    """Dates, years, labels, measurements, ages, ratios: numbers that are not counts by their form."""
    month, label, unit, age, aged, ratio = _form_cues()
    strong, pct, core, hedge, r1, r2 = m.group("strong", "pct", "n", "hedge", "r1", "r2")
    end = m.end()
    prev, nxt = previous_word(text, m.start()), next_word(text, end)
    first = nxt.split(" ")[0]
    prev_low = prev.lower()
    if not hedge.strip() and _ends_a_price_range(text, m.start()):
        return True  # "a shell costs $900–1,300": the second end of a price is money too
    if prev_low in month and not hedge.strip() or first in month:
        return True  # "on 12 March", "March 12"; not "by March some 300": a hedge opens a figure, no day
    if prev_low in aged or prev_low in ratio:  # "for every 50 men": a ratio's denominator counts no one
        return True
    if text.startswith(_KEYCAP, end) or text.startswith(_KEYCAP[-1], end):
        return True  # "1️⃣ Koksan.": a keycap numbers an item of a list
    if prev_low == "of" and core and core.lower() in cues("rate_base") and not hedge.strip() and _out_of(text, m.start()):
        return True  # "Out of ten shells, three fail": the base of a rate counts nothing
    if prev_low in _LIST_WORDS and ("age" in text or "Age" in text) and _aged_list().search(text, max(0, m.start() - _AGED_REACH), m.start()):
        return True
    if m.group("frac") and not hedge.strip() and prev_low in cues("ordinal_part"):
        return True  # "in the first half of the year", "the last quarter of 2024": a span of time, no share
    if prev_low in label and (prev[:1].isupper() or label[prev_low] == "any_case"):
        return True
    if core and len(core) <= 2 and not hedge.strip() and text[m.start() - 1 : m.start()] == "(" and text[end : end + 1] == ")":
        return True  # "a North Korean soldier (26)": a number of two digits alone in brackets gives an age or a note
    if core and len(core) <= 2 and not hedge.strip() and text[end : end + 1] == "," and text[m.start() - 2 : m.start()] == ", " and (
            (before := previous_word(text, m.start() - 2))[:1].isupper() or before.lower() in cues("aside_person")):
        return True  # "Private Kim, 19, said", "the younger one, 21, was wounded": an age set off after a person
    if strong:  # "2,000-strong"; "a 12,000-man force" but not "a 12-member delegation"
        after = text[end : end + _FORCE_CHARS].lower().split()[:2]
        return strong[1:].lower() != "strong" and not any(cues("strength").get(w.strip(",.;")) == "noun" for w in after)
    if not pct:
        if first in unit or nxt in age or first in age:
            return True
        if (first in _LIST_WORDS or text[end : end + 1] == ",") and _listed_measure().match(text, end):
            return True  # "shells of 122 and 152 millimetres": each number of a list of measures is a measure
        if text[end : end + 1] == "-":
            return True  # "20-year-old", "5-star": a number fused to a word is an attribute
    # A year has four characters: most numbers need no pattern to show they are none.
    plain_year = core and len(core) == 4 and YEAR.fullmatch(core) and not hedge.strip()
    # "2023-2025", and "2024-25" whose second year is written short.
    both_years = r1 and len(r1) == 4 and YEAR.fullmatch(r1) and (len(r2) == 4 and YEAR.fullmatch(r2) or len(r2) == 2 and r2.isdecimal())
    return bool(plain_year or both_years)


def _ends_a_price_range(text: str, start: int) -> bool:
    before = text[max(0, start - _MONEY_REACH) : start]
    return any(sign in before for sign in CURRENCY) and _MONEY_RANGE_START.search(before) is not None


def _out_of(text: str, start: int) -> bool:
    """Whether "out of" ends right before ``start``, whatever its case."""
    return text[max(0, start - _OUT_OF_CHARS) : start].lower().split()[-2:] == ["out", "of"]


_OUT_OF_CHARS = 12  # characters before a number that hold "out of"
