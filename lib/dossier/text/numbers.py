"""The quantity pattern and its words: numbers, hedges, ranges, vague counts, percentages.

:func:`quantity_pattern` matches every span that may state how many of
something there are ("more than 4,000", "some 14,000", "10,000 to 12,000",
"thousands of", "up to 70%", "half of"); :class:`Quantity` is one read, with
the bounds it allows (read by :func:`~dossier.text.quantities.find_quantities`).
It knows nothing of what is counted; :mod:`dossier.extractors.figures.estimates`
decides that.  Numbers that are not counts by their form alone (years, dates,
times, ordinals ("80th"), labels ("Article 3"), weapon designators ("KN-23",
"M-1991"), money, measurements ("one ton", "122-millimetre") and ages) are
told by :mod:`~dossier.text.number_forms`.

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
from .number_values import GROUP, number_words
from .plain_text import lowered

NAN = math.nan
CURRENCY = "$€£₩¥"  # signs before an amount of money: a number written after one counts nothing
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


_NEXT_WORD = re.compile(r"\s*-?([^\W\d_][\w.\-]*)(?:\s+(old|of))?")
YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year of the last two centuries, as four digits
_RUN_BACK = re.compile(r"[\w.]*")  # in reversed text: the run of word characters and dots before a point
_WORD_REACH = 64


def next_word(text: str, end: int) -> str:
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


