"""Quantities in a text: each span that states how many of something there are, with its bounds and hedge.

:func:`find_quantities` reads the matches of the quantity pattern
(:func:`~dossier.text.numbers.quantity_pattern`) into
:class:`~dossier.text.numbers.Quantity`: "more than 4,000", "some 14,000",
"10,000 to 12,000", "thousands of", "up to 70%", "half of", with the bounds
each allows and the hedge that sets them.  Numbers that are no count by
their form are left out (:mod:`~dossier.text.number_forms`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .words import alternation
from .number_forms import is_form_of_non_count
from .number_values import number_words, parse_number, scale_of, vague_value
from .numbers import NAN, YEAR, Quantity, cues, hedge_phrases, next_word, previous_word, quantity_matches
from .share_fragments import stands_alone


_TRAILING_OF_ANY_CASE = re.compile(r"\s+of$", re.IGNORECASE)
_TO = ("to", "TO", "To")  # the word between the ends of a range, as the case-blind pattern finds it


def _bounds(m: re.Match, hedge: str) -> tuple[float, float, str, bool]:
    """Low, high, hedge and whether scaled, of a match whose hedge words make ``hedge``."""
    between, a, b, r1, r2, vague, frac, n, after, bare = m.group("between", "a", "b", "r1", "r2", "vague", "frac", "n", "after", "bare")
    frac = frac or bare or m.group("ratio")
    if m.group("rate"):  # "three out of ten": a round share, as a fraction is
        share = 100 * parse_number(m.group("rate_n"))[0] / parse_number(m.group("rate_d"))[0]
        return (round(share, 1),) * 2 + ("approximate" if hedge == "exact" else hedge, False)
    if m.group("f2"):  # "between a third and a half", "one in three or one in five": a range of shares
        ends = sorted(number_words()["fraction"][" ".join(f.lower().split())] for f in (m.group("f1") or m.group("f0"), m.group("f2")))
        return ends[0], ends[1], "range", False
    if between or r1:
        a, b = (a, b) if between else (r1, r2)
        lo, lo_scaled = parse_number(a)
        hi, hi_scaled = parse_number(b)
        if not lo_scaled and lo < hi:
            # "10 to 12 million", "10-12,000", "11–12k": the scale written once, on the high end, belongs to both, as
            # far as the low end stays below the high one ("900 to 1.2 million" is 900,000; "800-1,200" stays 800).
            size = _written_scale(b, hi)
            while size > 1 and lo * size > hi:
                size /= 1000
            lo *= max(size, 1.0)
        return lo, hi, "range", lo_scaled or hi_scaled
    if vague:
        low = vague_value(vague)
        if " ".join(vague.lower().split()[:2]) in cues("round_few"):  # "a couple of thousand": about 2,000
            return low, low, "approximate", True
        return low, NAN, "vague", True
    if frac:
        value, scaled = number_words()["fraction"][" ".join(frac.lower().split())], False
    else:
        value, scaled = parse_number(n)
    if frac and hedge == "exact":
        hedge = "approximate"  # "half of the shells" is a round share, never a count
    after = (after or "").strip().lower()
    if after:
        hedge = hedge_phrases()["after"].get(after.lstrip("-"), "lower_bound") if after != "+" else "lower_bound"
    low = value if hedge in ("exact", "approximate", "lower_bound") else NAN
    high = value if hedge in ("exact", "approximate", "upper_bound") else NAN
    return low, high, hedge, scaled


def _written_scale(end: str, value: float) -> float:
    """The scale the high ``end`` of a range, worth ``value``, is written with: its scale word ("12 thousand"), the
    groups of three digits after its first ("12,000", "12 000"), or a short scale joined to it ("12k"); else 1."""
    if (size := scale_of(end)) > 1:
        return size
    if groups := len(_DIGIT_GROUP.findall(end)):
        return 1000.0 ** groups
    lead = _LEADING_DIGITS.match(end)
    return value / float(lead.group(0)) if lead and end[lead.end() :].strip() and float(lead.group(0)) else 1.0


_DIGIT_GROUP = re.compile(r"[, \u00a0\u202f]\d{3}")


_LEADING_DIGITS = re.compile(r"\d+(?:\.\d+)?")


@functools.cache
def _hedge_pattern() -> re.Pattern:
    return re.compile(rf"(?:^|(?<=\s))(?:{alternation(hedge_phrases()['before'])})(?=\s|$)", re.IGNORECASE)


class _Hedging(NamedTuple):
    """The hedge words before a figure, read: where the figure's own hedge starts in them, and what it is."""

    skip: int
    hedge: str


@functools.lru_cache(maxsize=256)  # a few dozen hedges are written, over and over
def _hedging(words: str) -> _Hedging:
    skip = _own_hedge(words)
    return _Hedging(skip, _hedge_of(words[skip:]))


def _own_hedge(words: str) -> int:
    """Where the hedge of a figure starts in the hedge words before it.

    Two hedges stack when the first says the figure is estimated ("an
    estimated more than 4,000").  A bound before another hedge belongs to
    the words before: "handed over at least 120" holds "at least 120"; so
    does a reporting verb: "the NIS estimated about 500" holds "about 500".
    """
    found = list(_hedge_pattern().finditer(words))
    first = " ".join(found[0].group(0).lower().split()) if len(found) == 2 else ""
    return found[1].start() if first and (hedge_phrases()["before"].get(first) != "approximate" or first in cues("reporting")) else 0


def _hedge_of(words: str) -> str:
    # Up to two hedges may stack ("an estimated more than"); a bound outranks "approximate".
    words, before = " ".join(words.lower().split()), hedge_phrases()["before"]
    found = {before[m.group(0)] for m in _hedge_pattern().finditer(words)}
    for h in ("lower_bound", "upper_bound", "approximate"):
        if h in found:
            return h
    return "exact"


_NO_HEDGE = _Hedging(0, "exact")


@functools.cache
def _particles() -> dict[str, frozenset[str]]:
    """Hedge words that are a verb's particle after it ("handed over 80"), mapped to those verbs."""
    out: dict[str, set[str]] = {}
    for verb, particle in cues("particle").items():
        out.setdefault(particle, set()).add(verb)
    return {p: frozenset(v) for p, v in out.items()}


def _opens_a_whole(text: str, m: re.Match) -> bool:
    """Whether the determiner of a whole follows a fraction ("half the shells", "half its missiles"), not after an
    ordinal, where the fraction is a part of a span ("in the second half the pace slowed")."""
    return (next_word(text, m.end()) in cues("whole_determiner")
            and previous_word(text, m.start()).lower() not in cues("ordinal_part"))


def _compared(text: str, start: int) -> bool:
    """Whether words of a comparison (``estimate_cues.csv``, role ``compared``) end right before ``start``."""
    words = " ".join(text[max(0, start - _COMPARED_CHARS) : start].lower().split()[-2:])
    return any(words == w or words.endswith(f" {w}") for w in cues("compared"))


_COMPARED_CHARS = 24  # characters before a fraction that hold "compared with"
_PARTICLE_STARTS = frozenset({"over"})  # the first four letters of each particle: a cheap test before the lookup


def _after_particle(text: str, start: int, words: str, skip: int, hedge: str) -> tuple[int, str]:
    """The hedge of a figure whose hedge words open with a particle of the verb before them.

    "handed over 80 launchers" hands over 80, no more than 80: the particle
    is the verb's, and only the hedge words after it are the figure's.
    """
    first = words.split(None, 1)[0]
    verbs = _particles().get(first.lower())
    if verbs is None or previous_word(text, start).lower() not in verbs:
        return skip, hedge
    at = words.index(first) + len(first)
    rest = words[at:]
    at += len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    if not rest:
        return at, "exact"
    own, hedge = _hedging(rest)
    return at + own, hedge


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` that can be a count, share or percentage.

    Parameters
    ----------
    text : str
        A sentence (or any text); offsets are into it.

    Returns
    -------
    list of Quantity
        In order of appearance.  Hedges set the bounds: exact and
        approximate give ``low == high``; lower bounds ("more than") leave
        ``high`` NaN; upper bounds ("up to") leave ``low`` NaN; ranges give
        both ends; vague counts ("thousands of") give ``low`` the least
        the plural allows (2,000; "several thousand" 3,000) and ``high`` NaN.
    """
    out = []
    for m in quantity_matches(text):
        hedge_words, r1, r2, bare = m.group("hedge", "r1", "r2", "bare")
        if r1 and YEAR.fullmatch(r1) and not YEAR.fullmatch(r2) and m.string[m.end("r1") : m.start("r2")].strip() in _TO:
            # "the total since October 2024 to 14,000": a year is no end of a range; the figure after it stands alone.
            m = m.re.match(m.string, m.start("r2"))
            if m is None:
                continue
            hedge_words, bare = m.group("hedge", "bare")
        if is_form_of_non_count(text, m):
            continue
        if bare and not hedge_words and not _compared(text, m.start()) and not _opens_a_whole(text, m) and not (
                stands_alone(text, m.start(), m.end())):
            # A fraction with no "of" is a share only after a hedge ("about half veered") or a comparison ("60
            # percent, against half a year ago"), before the determiner of its whole ("half the shells"), or as a
            # sentence by itself ("Half!"), not "the second half".
            continue
        try:
            skip, hedge = _hedging(hedge_words) if hedge_words else _NO_HEDGE
            if hedge_words and hedge_words[:4].lower() in _PARTICLE_STARTS:
                skip, hedge = _after_particle(text, m.start(), hedge_words, skip, hedge)
            low, high, hedge, scaled = _bounds(m, hedge)
        except (ValueError, KeyError):
            # The case-insensitive pattern also takes Unicode case variants
            # ("ſix" for "six") that the number words don't list: not a
            # number we can read, and no reason to lose the article.
            continue
        whole, pct, frac, vague = m.group(0, "pct", "frac", "vague")
        frac = frac or bare or m.group("ratio") or m.group("rate")
        kind = "percent" if pct else "share" if frac or m.group("f2") else "count"
        start = m.start() + skip + len(whole) - len(whole.lstrip())
        end = m.end()
        if vague and vague.lower().rstrip().endswith(" of"):
            end = m.start("vague") + len(_TRAILING_OF_ANY_CASE.sub("", vague))
        out.append(Quantity(start, end, low, high, hedge, kind, scaled))
    return out
