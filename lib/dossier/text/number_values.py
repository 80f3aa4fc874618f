"""The value of a written number: digits, number words, scales, fractions of a scale and vague plurals.

:func:`parse_number` reads "10,000", "1.5 million", "eleven thousand five
hundred" or "half a million"; :func:`vague_value` gives the least a vague
plural allows ("several thousand": 3,000).  :mod:`dossier.text.numbers`
finds where such numbers stand and what hedges them.  Words come from
``data/number_words.csv``.
"""

from __future__ import annotations

import functools
import math
import re

from .words import alternation
from ..vocab import load_table


@functools.cache
def number_words() -> dict[str, dict[str, float]]:
    table = load_table("number_words.csv")
    out: dict[str, dict[str, float]] = {}
    for word, value, kind in table.itertuples(index=False):
        out.setdefault(kind, {})[word] = float(value)
    return out


_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
_NUMBER_PARTS = re.compile(r"[\s\-]+")
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")
_ABBREVIATED_SCALE = re.compile(r"[a-z]+$")
GROUP = 1000  # a scale from which number words start a new group ("eleven thousand | five hundred")
_TRAILING_OF = re.compile(r"\s+of$")


@functools.cache
def unit_words() -> dict[str, float]:
    """The number words below a hundred, each its value ("one", "fifteen", "forty")."""
    w = number_words()
    return {**w["unit"], **w["teen"], **w["tens"]}


@functools.lru_cache(maxsize=1024)  # the same few figures are written across articles ("10,000", "3,000")
def parse_number(text: str) -> tuple[float, bool]:
    """Value of a written number ("10,000", "1.5 million", "ten thousand", "a dozen").

    Returns the value and whether it is written with a scale word or
    thousands separator."""
    if text.isdecimal():  # "12", "2000": the most common form, with nothing to read but digits
        return float(text), len(text) >= 4
    w, units = number_words(), unit_words()
    if " a" in text or " A" in text:  # "half a million", "one and a half million"
        part = _fraction_of_scale().fullmatch(" ".join(text.lower().split()))
        if part:
            whole = parse_number(part["n"])[0] if part["n"] else 0.0
            return (whole + w["fraction"][part["f"]] / 100) * scale_of(part["s"]), True
    value, scaled, done = None, False, 0.0  # done: the groups a scale of a thousand or more has closed ("two million | three hundred thousand")
    text = _SPACED_THOUSANDS.sub(",", text)
    for tok in _NUMBER_PARTS.split(text.strip().lower()):
        if tok in ("a", "an"):
            value = 1.0
        elif tok == "and":
            continue  # "three thousand and two hundred"
        elif tok in w["scale"]:
            size = w["scale"][tok]
            if value is None and done:
                done *= size  # "a thousand million": a scale of the scale before
            else:
                value = (value if value is not None else 1.0) * size
                if size >= GROUP:
                    done, value = done + value, None
            scaled = True
        elif tok in units:
            value = units[tok] if value is None else value + units[tok]
        else:
            digits = _SEPARATORS.sub("", tok)
            short = _ABBREVIATED_SCALE.search(digits)
            if short:  # "11k", "2.5m": the scale written short
                value, scaled = float(digits[: short.start()]) * w["abbreviation"][short.group(0)], True
                continue
            scaled = scaled or len(digits.split(".")[0]) >= 4 or "," in tok
            value = float(digits)
    return (done + (value or 0.0) if done else value), scaled


@functools.cache
def _fraction_of_scale() -> re.Pattern:
    w = number_words()
    return re.compile(rf"(?:(?P<n>.+?) and (?:an? )?)?(?P<f>{alternation(w['fraction'])})(?: of)? ?(?:an? )?(?P<s>(?:{alternation(w['scale'])})(?: .+)?)")


def scale_of(text: str) -> float:
    w = number_words()["scale"]
    out = 1.0
    for tok in text.lower().split():
        out *= w.get(tok, 1.0)
    return out


_PLURAL = 2  # a plural allows at least two of its unit: "thousands" is 2,000 or more


def vague_value(text: str) -> float:
    """The least a vague count allows: two of a plural's unit ("tens of thousands": 20,000), or as many
    units of its scales as its "few" word says ("several thousand": 3,000; "a few hundred thousand": 200,000)."""
    w, words = number_words(), _TRAILING_OF.sub("", " ".join(text.lower().split())).split()
    if words[0] in ("tens", "hundreds") and len(words) == 3:  # "tens of thousands"
        return _PLURAL * w["vague"][words[0]] * w["vague"][words[2]]
    n = len(words)
    while n and words[n - 1] in w["scale"]:
        n -= 1
    if n == len(words):  # no scale: a plural ("dozens"), or a "few" word alone ("several")
        return w["few"][words[-1]] if words[-1] in w["few"] else _PLURAL * w["vague"][words[-1]]
    return w["few"].get(" ".join(words[:n]).removesuffix(" of"), _PLURAL) * math.prod(w["scale"][s] for s in words[n:])
