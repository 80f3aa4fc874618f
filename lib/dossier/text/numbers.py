"""Reading quantities out of text: numbers, hedges, ranges, vague counts, percentages.

:func:`find_quantities` finds every span that states how many of something
there are ("more than 4,000", "some 14,000", "10,000 to 12,000", "thousands
of", "up to 70%", "half of"), with the bounds it allows.  It knows nothing of
what is counted; :mod:`dossier.extractors.figures.estimates` decides that.  Numbers that are not
counts by their form alone are left out here: years, dates, times, ordinals
("80th"), labels ("Article 3"), weapon designators ("KN-23", "M-1991"),
money, measurements ("one ton", "122-millimetre") and ages.

Words come from ``data/number_words.csv``, ``data/hedges.csv`` and
``data/estimate_cues.csv``.
"""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from .words import alternation
from ..vocab import load_table
from .number_values import GROUP, number_words, parse_number, scale_of, vague_value
from .plain_text import lowered
from .share_fragments import stands_alone

NAN = math.nan
CURRENCY = "$€£₩¥"  # signs before an amount of money: a number written after one counts nothing
# The first end of a range of money, right before its second: "$900–1,300", "€2 to 3".
_MONEY_RANGE_START = re.compile(rf"[{CURRENCY}]\s?\d[\d,.]*\s*(?:[–—-]|to)\s*$")
_MONEY_REACH = 24  # characters before a number searched for the first end of a range of money
# Hedges of one figure that reach the figures joined to it ("about 300 troops and 20 guns"), or a
# tally's items after the hedge before its colon.
LENT_HEDGES = ("approximate", "lower_bound", "upper_bound")


class Quantity(NamedTuple):
    """One quantity in a text.

    ``start``/``end`` span the quantity with its hedge ("more than 4,000");
    ``low``/``high`` are the bounds it allows (NaN where it sets none);
    ``kind`` is ``count``, ``percent`` or ``share`` (a fraction word, in
    percent); ``scaled`` says the figure is written large enough ("3,000",
    "3 million") to stand without its noun ("another 3,000")."""

    start: int
    end: int
    low: float
    high: float
    hedge: str
    kind: str
    scaled: bool



@functools.cache
def hedge_phrases() -> dict[str, dict[str, str]]:
    table = load_table("hedges.csv")
    return {pos: dict(zip(t["phrase"], t["hedge"])) for pos, t in table.groupby("position")}


@functools.cache
def cues(role: str) -> dict[str, str]:
    """Terms of one role of ``data/estimate_cues.csv``, mapped to their value."""
    table = load_table("estimate_cues.csv")
    rows = table[table["role"] == role]
    if rows.empty:
        raise KeyError(f"estimate_cues.csv has no role {role!r}")
    return dict(zip(rows["term"], rows["value"]))


# Thousands grouped by spaces end before a word fused by a hyphen ("180 152-mm": two numbers), unless it sizes a force
# ("a 12 000-strong force"): "{sized}" is filled in with the strength words.
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w]|-(?!(?:{sized})\b)|[ \u00a0\u202f]\d)|\d+(?:\.\d+)?"


@functools.cache
def quantity_pattern(lower: bool = False, quick: bool = False) -> re.Pattern:
    """The quantity pattern; with ``lower``, the same for lower-cased plain text (see ``plain_text.lowered``).

    With ``quick``, the same matches, found faster: see :func:`_starts`."""
    w = {kind: {k.lower() if lower else k: v for k, v in words.items()} for kind, words in number_words().items()}
    hedges = {pos: [h.lower() if lower else h for h in phrases] for pos, phrases in hedge_phrases().items()}
    word = rf"(?:(?:{alternation(w['tens'])})(?:[- ](?:{alternation(w['unit'])}))?|{alternation(w['teen'])}|{alternation(w['unit'])})"
    scale = alternation(w["scale"])
    # Broadcasters hyphenate a scale ("three-thousand", "27-hundred"); headlines join a short one to digits ("11k", "1.5bn").
    short = alternation(w["abbreviation"])
    fraction = alternation(w["fraction"])  # a trie: tried at every number, most of which start otherwise
    # "one in five", "every third": a share wherever it stands
    ratio = alternation(k for k in w["fraction"] if " in " in k or k.split(" ", 1)[0].lower() in cues("ratio"))
    # A fraction of a scale is a count ("half a million", "a quarter of a million"), and so is a number
    # word and a fraction of its scale ("one and a half million"; in digits, "1.5 million").
    # "three out of ten", "seven in every 100": a rate of a round number, a share wherever it stands.
    rate = rf"(?P<rate_n>{word}|\d{{1,3}})\s+(?:out\s+of\s+(?:every\s+)?|in\s+every\s+)(?P<rate_d>{alternation(cues('rate_base'))})"
    part = rf"(?:{fraction})(?:\s+of)?\s+an?\s+(?:{scale})"
    and_part = rf"(?:\s+and\s+(?:an?\s+)?(?:{fraction})(?=\s+(?:{scale})\b))?"
    # Number words may go on after a scale in groups that end in one ("eleven thousand five hundred"),
    # and the last after "and" ("one hundred and fifty").
    scales = rf"(?:(?:\s+|-)(?:{scale}))"
    # Some outlets go on in digits after a scale of thousands ("six-thousand 800"), never into a measure ("3 million 155 mm").
    measures = alternation(k.lower() if lower else k for k in [*cues("unit"), *cues("age")])
    tail = "(?:" + "|".join(rf"(?<={re.escape(k)})" for k, v in w["scale"].items() if v >= GROUP) + rf")[ \u00a0]\d{{1,3}}(?:{scales}+|(?![\w\-]|[.,]\d|\s*(?:{measures})\b))"
    words = rf"{word}{and_part}(?:{scales}+(?:\s+(?:and\s+)?{word}{scales}+)*(?:\s+and\s+{word}(?!{scales})|{tail})?)?"
    # A word adding to a count before stands for its "a": "another thousand", "a further hundred".
    added = "|".join(rf"(?<={re.escape(c.lower() if lower else c)}\s)" for c, v in cues("increment").items() if v == "before")
    digits = _DIGITS.replace("{sized}", alternation(["strong", *(w for w, v in cues("strength").items() if v == "fused")]))
    number = rf"(?:(?:{digits})(?:{short})?(?:{scales}+(?:{tail})?)?|{part}|{words}|(?:an?\s+|{added})(?:{scale})(?:\s+(?:{scale}))*)(?![\w])"
    vague = (
        rf"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
        rf"|(?:{alternation(w['few'])})\s+(?:of\s+)?(?:{scale})(?:\s+(?:{scale}))*|{alternation([*w['vague'], *cues('alone_count')])})(?![\w])(?:\s+of\b)?"
    )
    share_nouns = alternation(c.lower() if lower else c for c in cues("share"))
    # A share quoted alone goes on past its closing mark in the writer's words ("“about half” of the shells").
    mark = "[\u201d\"]?"
    strength = alternation(w for w, v in cues("strength").items() if v == "fused")  # "a 12,000-man force"
    hedge = alternation(hedges["before"])  # a trie: many hedges start alike ("just over", "just under", ...)
    after = alternation(hedges["after"])
    source = (
        rf"""(?<![\w{CURRENCY}.,:/\-]){_starts(lower) if quick else ""}
        (?P<hedge>(?:(?:{hedge})\s+){{0,2}})
        (?:(?P<between>between\s+)(?P<a>{number})\s+and\s+(?P<b>{number})
          |(?P<r1>{number})(?:\s*[–—]\s*|(?<=\d)-(?=\d)|\s+(?:to|or)\s+)(?P<r2>{number})
          |(?:between\s+(?P<f1>{fraction})\s+and|(?<![Ff]rom\s)(?P<f0>{fraction})\s+(?:to|or))\s+(?:an?\s+)?(?P<f2>{fraction})(?![\w])
          |(?:(?:{alternation(cues('vague_rate'))})\s+(?!{vague}\s+of\b))?(?P<vague>{vague})
          |(?P<frac>{fraction})(?={mark}\s+(?:of|{share_nouns})\b)(?!\s+of\s+an?\s+(?:{scale})\b)
          |(?P<ratio>{ratio})(?![\w])
          |(?P<rate>{rate})(?![\w])
          |(?P<n>{number})
          |(?P<bare>{fraction})(?={mark}(?:\s+[a-z]|[.!?…,;])))
        (?P<pct>\s?%|\s+percent\b|\s+per\s+cent\b)?
        (?P<after>(?:\s+|-)(?:{after})\b|\+)?
        (?P<strong>[-–\s]strong\b|[-–](?:{strength})\b)?
        (?!:\d)"""
    )
    if lower:
        # Lowered text holds no letter or digit beyond ASCII: an ASCII class finds what \w and \d find there,
        # without asking Unicode's tables of each character the pattern is tried at.
        source = source.replace(r"[\w", "[a-z0-9_").replace(r"[\d,]", "[0-9,]").replace(r"\d", "[0-9]")
        return re.compile(source, re.VERBOSE)
    return re.compile(source, re.IGNORECASE | re.VERBOSE)


def shortest(words) -> set[str]:
    # Lower-cased, for the lowered text.  For finding where words start, a word that begins with
    # another ("tens", "ten") adds nothing.
    words = {w.lower() for w in words}
    return {w for w in words if not any(v != w and w.startswith(v) for v in words)}


def _starts(lower: bool) -> str:
    """A lookahead for where a quantity may start: a hedge, "between", a digit, or a number word.

    Trying the whole pattern at each word is the costly part; most words
    fail this test after a letter or two.  A match of the pattern starts
    with a whole hedge and whitespace, "a"/"an" and whitespace, or a word
    of its own that begins with one of these words, so the lookahead changes
    no match.  All of them are one trie, whose first letters the engine
    tells apart at a glance; a space ends a hedge (whitespace, in the trie).
    """
    w = number_words()
    hedges = {f"{h.lower() if lower else h} " for h in [*hedge_phrases()["before"], "a", "an", *cues("vague_rate")]}
    words = {re.split(r"[\s\-]+", phrase)[0] for kind in ("unit", "teen", "tens", "vague", "few", "fraction") for phrase in w[kind]}
    words |= {"between"}  # the pattern's own word ("tens", "hundreds" are vague words)
    words |= set(w["scale"])  # a scale alone after a word adding to a count ("another thousand")
    words = shortest(words - {"a", "an"})
    return rf"(?=\d|{alternation(hedges | words)})"


def quantity_matches(text: str):
    """The matches of ``quantity_pattern().finditer(text)``.

    In plain text (see :func:`~dossier.text.plain_text.lowered`) they are those of ``quantity_pattern(True)``
    in the lower-cased text: the same spans, with groups lower-cased.
    """
    low = lowered(text)
    if low is None:
        return quantity_pattern(False, True).finditer(text)
    return quantity_pattern(True, True).finditer(low)


_TRAILING_OF_ANY_CASE = re.compile(r"\s+of$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*-?([^\W\d_][\w.\-]*)(?:\s+(old|of))?")
YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year of the last two centuries, as four digits
_TO = ("to", "TO", "To")  # the word between the ends of a range, as the case-blind pattern finds it
_RUN_BACK = re.compile(r"[\w.]*")  # in reversed text: the run of word characters and dots before a point
_WORD_REACH = 64


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    if not m:
        return ""
    word = m.group(1).lower()
    if word.endswith(".") and word not in cues("age") and word not in cues("month"):
        word = word.rstrip(".")  # the sentence's full stop, not an abbreviation's
    return word + (" " + m.group(2) if m.group(2) else "")


def previous_word(text: str, start: int) -> str:
    # The run of word characters and dots before ``start`` (and any whitespace), from its first letter:
    # what ``([^\W\d_][\w.]*)\s*$`` finds in ``text[:start]``, without trying every position.
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    # Read back a bounded stretch: a copy of all the text before each number would make a sentence of many
    # numbers quadratic.  A run longer than that is no word anyway.
    i = end - _RUN_BACK.match(text[max(0, end - _WORD_REACH) : end][::-1]).end()
    if i < end and text[i].isalpha():  # the usual case: the run starts with its first letter
        return text[i:end]
    return next((text[j:end] for j in range(i, end) if text[j].isalnum() and not text[j].isdecimal()), "")


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


def _is_form_of_non_count(text: str, m: re.Match) -> bool:
    """Dates, years, labels, measurements, ages, ratios: numbers that are not counts by their form."""
    month, label, unit, age, aged, ratio = _form_cues()
    strong, pct, core, hedge, r1, r2 = m.group("strong", "pct", "n", "hedge", "r1", "r2")
    end = m.end()
    prev, nxt = previous_word(text, m.start()), _next_word(text, end)
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
    return (_next_word(text, m.end()) in cues("whole_determiner")
            and previous_word(text, m.start()).lower() not in cues("ordinal_part"))


def _out_of(text: str, start: int) -> bool:
    """Whether "out of" ends right before ``start``, whatever its case."""
    return text[max(0, start - _OUT_OF_CHARS) : start].lower().split()[-2:] == ["out", "of"]


_OUT_OF_CHARS = 12  # characters before a number that hold "out of"


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
        if _is_form_of_non_count(text, m):
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
