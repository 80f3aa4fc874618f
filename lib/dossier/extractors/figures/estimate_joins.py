"""Figures in a list: joined with one noun, "11,000 last autumn and 4,000 this year", or a list's rows.

A figure that counts nothing of its own, joined by "and" to the figure just
before it over a few words that name no noun (a time, a place: "in May",
"last autumn"), counts what that figure counts (:func:`joins_the_figure_before`).
A figure after the label of a list's row counts the label's noun ("Missiles: 148",
:func:`opens_a_row`). A figure set after a comma with no noun of its own counts the
noun just before the comma ("more soldiers, possibly as many as 15,000", :func:`apposed`).
"""

from __future__ import annotations

import functools
import re

from .estimate_losses import increment_words
from .estimate_mentions import mentioned
from .estimate_nouns import Counted, is_part, term_from
from .estimate_specs import turns_at
from .estimate_tokens import Ahead, tokenize
from ...text.numbers import Quantity, cues

_LABEL_WORDS = 5  # words of a list row's label before its colon ("Self-propelled guns delivered: 24")
_GAP = 6  # words between two joined figures, "and" included ("soldiers in the first wave and")
_REPEATED_LINKS = frozenset({"at", "to"})  # a link a second figure repeats: "at 11,000 in 2024 and later at 15,000"
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year among the words between two figures: "11,000 in 2024 and 4,000 in 2025"


def joins_the_figure_before(text: str, before: Quantity, figure: Quantity) -> bool:
    """Whether ``figure`` goes on with ``before`` as a second count of its noun ("in May and 20 in June", "1,000
    containers at first, then 7,000")."""
    words = text[before.end : figure.start].replace(",", " ").split()  # "11,000 in May, and 4,000 in June"
    if words and words[-1] in _REPEATED_LINKS and text[: before.start].split()[-1:] == words[-1:]:
        words = words[:-1]  # "put it at 11,000 and later at 15,000": the link repeated
        while len(words) > 1 and words[-1] != "and" and words[-1] in _after_words():
            words.pop()
    if not words or len(words) > _GAP or not all(w.isalpha() or _YEAR.fullmatch(w) for w in words):
        return False
    if words[-1] != "and" and words[-1] not in cues("series_next"):
        return False  # "1,100 casualties, then 3,000, later 4,700": a series goes on as a list does
    first = Ahead(text, figure.end)[:1]
    if not first or first[0].kind == "punct":
        return True
    return first[0].kind == "word" and first[0].low in _after_words()


@functools.cache
def _after_words() -> frozenset[str]:
    # Words that may follow a figure whose noun is left out: a time or place, never a noun of its own.
    return frozenset([*cues("stop"), *cues("month"), *cues("aux"), "last", "next", "this", "earlier", "later", "so", "alone"])


def opens_a_row(label) -> bool:
    """Whether the tokens ``label``, all a sentence holds before a colon and a figure, label a list's row: a few
    words and no clause ("Both were wounded: one has injuries" opens none); a calibre may be one of them ("M1989
    Koksan 170mm self-propelled guns: 56")."""
    return 0 < len(label) <= _LABEL_WORDS and all(
        t.kind == "cal" or t.kind == "word" and t.low not in _after_words() for t in label)


_APPOSED_CHARS = 60  # characters before the comma read for the noun that ends there


def apposed(text: str, figure: Quantity) -> Counted | None:
    """What a figure with no noun of its own counts when it stands in apposition to a counted noun: a comma
    and at most a hedging adverb or a phrase that sizes the noun between them ("a new contingent of soldiers,
    possibly as many as 15,000", "shells, by the millions", "injured men, numbering in the hundreds")."""
    head = text[max(0, figure.start - _APPOSED_CHARS) : figure.start].rstrip()
    apposing = cues("apposed")
    for n in range(_APPOSING_WORDS, 0, -1):  # longest first: "numbering in the" before "the"
        words = head.rsplit(None, n)
        if len(words) == n + 1 and " ".join(words[1:]).lower() in apposing:
            head = words[0].rstrip()  # "possibly", "perhaps"; "by the" millions, "numbering in the" hundreds
            break
    if not head.endswith(","):
        return None
    first = Ahead(text, figure.end)[:1]
    if first and not (first[0].kind == "punct" and first[0].text in ".,;)") and first[0].low not in _after_words():
        return None  # a clause goes on after the figure: "soldiers, 3,000 of whom"; "shells, 300 a day"
    tokens = tokenize(head[:-1])
    last = len(tokens) - 1
    for i in range(last, max(-1, last - _TERM_WORDS), -1):
        t = tokens[i]
        hit = term_from(tokens, i, t.word, True) if t.kind == "word" and not turns_at(tokens, i) else None
        if hit and i + hit.length - 1 == last:
            if hit.category in ("troops", "persons") and i and tokens[i - 1].kind == "word":
                # "wounded soldiers, numbering in the hundreds": a loss before the noun makes them that loss.
                loss = term_from(tokens, i - 1, tokens[i - 1].word, True)
                if loss is not None and loss.length == 1 and loss.category == "casualties":
                    return Counted(loss.category, loss.subtype, (), hit.category)
            return Counted(hit.category, hit.subtype, (), hit.category)
    return None


_APPOSING_WORDS = 3  # words of the longest phrase of role apposed ("numbering in the")
_TERM_WORDS = 4  # words of a counted noun's term that ends at the comma ("multiple rocket launchers")


def is_a_part(text: str, figure: Quantity) -> bool:
    """Whether ``figure`` counts a part of the figure before it, not a whole of its own: "600 of them", or after a
    subset word, "15,000 troops, including about 1,000 engineers"."""
    words = text[max(0, figure.start - _SUBSET_CHARS) : figure.start].lower().split()
    return is_part(text, figure.end) or (bool(words) and words[-1].strip(",") in cues("subset"))


def goes_on_from(text: str, figure: Quantity, first: bool, last: Counted | None, whole: Counted | None) -> Counted | None:
    """What the figure before counted, for a ``figure`` whose noun may be left out: ``last``, or ``whole`` when the
    figure opens its sentence as an earlier value. "About 15,000 troops, including about 1,000 engineers. The
    figure was revised up from 13,000": the earlier value is of the whole force, not of its part."""
    if not first or whole is None:
        return last
    words = " ".join(text[max(0, figure.start - _SUBSET_CHARS) : figure.start].lower().split()[-2:])
    return whole if cues("another").get(words) == "earlier" else last


_SUBSET_CHARS = 24  # characters before a figure that hold the words of "compared with" or "including"


def nearer_noun(text: str, figure: Quantity, previous: str, last_from: int, after) -> Counted | None:
    """The noun a ``figure`` with "more" after it adds to, when it is written nearer than the figure counted
    before, ``last_from`` sentences back: earlier in its sentence, none counted there yet, or in the sentence
    right before (``previous``) one counted further back; else None."""
    if last_from == 0 or not (after[:1] and after[0].low in increment_words()["after"]):
        return None
    return mentioned(text, figure.start) or (mentioned(previous, len(previous), clause=False) if previous and last_from > 1 else None)


def leaves_out(words: list[str]) -> bool:
    """Whether the last words before a figure written large leave its noun out (role ``elided_before``): two words
    ("spoke of", "there are") or one verb of saying alone ("they say 11,000", "media write about 12,000")."""
    elides = cues("elided_before")
    return " ".join(words[-2:]) in elides or bool(words) and words[-1] in elides


def troops_named(text: str, figure: Quantity, previous: str, before, after=(), asked: str = "") -> Counted | None:
    """Troops, for a figure written large with no noun after words that leave it out (role ``elided_before``:
    "there are about 6,000 in Kursk now") or before a verb of moving or staying (role ``deploying``: "about 11,000
    remain in Kursk", "some 4,000 have arrived"; ``after``, the tokens after it) when no figure was counted before
    it: the soldiers its sentence or the one before (``previous``) names without a number ("Pyongyang sent troops
    to Russia last year"), or that a question just before (``asked``) asks about, a country's people included ("How
    many Koreans fought in Kursk? [...] Western media write about 11,000"); else None."""
    if not leaves_out([t.low for t in before[-2:]]) and not _moves_or_stays(after):
        return None  # most figures: two tokens read
    noun = mentioned(text, figure.start, clause=False)
    if (noun is None or noun.category == "persons" and noun.subtype is None) and previous:
        # "People say 11,000": the people of its own sentence say the figure; the soldiers are named before.
        noun = mentioned(previous, len(previous), clause=False)
    if (noun is None or noun.category == "persons" and noun.subtype is None) and asked:
        # An interview's answer: "Are North Korean troops still in Russia? - Yes. About 11,000 remain."
        noun = mentioned(asked, len(asked), clause=False)
        noun = noun._replace(category="troops") if noun is not None and noun.subtype == "troops" else noun
    return Counted("troops", None, (), "troops") if noun is not None and noun.category == "troops" else None


_SUBJECT_WORDS = 3  # words between a figure and its verb: auxiliaries and adverbs ("have already arrived")


def _moves_or_stays(after) -> bool:
    """Whether the figure the tokens ``after`` follow is the subject of a verb of moving or staying, past
    auxiliaries and adverbs: "11,000 remain", "4,000 have since arrived"; not "4,000 shells arrived" (a noun)."""
    verbs, passed = cues("deploying"), {*cues("aux"), *cues("adverb")}
    for t in after[:_SUBJECT_WORDS + 1]:
        if t.kind != "word":
            return False
        if t.low in verbs:
            return True
        if t.low not in passed:
            return False
    return False




def summed_apart(text: str, figure: Quantity) -> Counted | None:
    """What a figure set off by a comma sums when words of a sum close it ("KN-23 missiles from Pyongyang, about
    120 in total"), or a figure alone in a bracket ("troops to Kursk (about 11,000, according to the NIS)"): the
    counted noun written last before the comma or bracket; else None."""
    head = text[max(0, figure.start - 3) : figure.start]
    if head.rstrip().endswith("(") and text[figure.end : figure.end + 1] in (")", ","):
        if not figure.scaled and figure.hedge == "exact":
            return None  # "a North Korean soldier (26)": an age, a note's number
        return mentioned(text, figure.start - len(head) + head.index("("), clause=False)
    if not head.rstrip().endswith(","):
        return None
    after = " ".join(text[figure.end : figure.end + _SUM_CHARS].lower().split())
    words = next((w for w in _sum_words() if after.startswith(w)), None)
    if words is None or after[len(words) : len(words) + 1] not in ("", ",", ".", ";", ")"):
        return None
    return mentioned(text, figure.start - len(head) + head.index(","), clause=False)


_SUM_CHARS = 16  # characters after a figure that hold "in total", "altogether"


@functools.cache
def _sum_words() -> tuple[str, ...]:
    return tuple(sorted(cues("sum"), key=len, reverse=True))


_SERIES_WORDS = 4  # words between a clause's break and the figure that opens a series ("first it was")


def opens_a_series(text: str, figure: Quantity) -> Counted | None:
    """What the first figure of a series counts when its own clause names no noun and the series goes on after it
    ("North Korean troops kept coming: first it was 10,000, then 12,000"): the counted noun before the clause's
    break; else None."""
    head = text[max(0, figure.start - _SERIES_CHARS) : figure.start]
    cut = max(head.rfind(":"), head.rfind(";"), head.rfind("—"), head.rfind(" - "))
    words = head[cut + 1 :].lower().split()
    if cut < 0 or not words or len(words) > _SERIES_WORDS or cues("series_start").keys().isdisjoint(words):
        return None
    after = text[figure.end : figure.end + _SERIES_CHARS].lower().replace(",", " ").split()
    if not after or after[0] not in cues("series_next"):
        return None  # a series goes on: "..., then 12,000"
    return mentioned(text, figure.start - len(head) + cut, clause=False)


_SERIES_CHARS = 40  # characters read before and after a series' first figure
