"""How far an attribution reaches among a sentence's figures: the aside or the clause it stands in, not beyond.

A careful reader gives a figure the attribution that covers the words it stands in.  Two stretches of a
sentence hold an attribution of their own that covers nothing outside them:

- an aside set off by a pair of dashes or by brackets that reports a figure of its own ("Pyongyang has sold
  millions of rounds—Kyiv says as many as half of what Russia fires—and dozens of missiles": half is Kyiv's,
  millions and dozens are not).  An aside that is only an attribution ("—according to Kyiv—", "(Seoul says)")
  covers the clause around it, and still reaches;
- a relative clause set off after the figure whose reporting verb tells something of its own about the thing
  counted ("dozens of guns, which Kyiv says were used near Sudzha": the guns' use is Kyiv's, not their number).
  A verb of giving a figure ("the toll of 500, which Kyiv gave": ``claimant_cues.csv``, role ``relative_credit``)
  credits it, and still reaches;
- the elaboration after a colon, when a cue or an estimate noun in it credits a figure given there and the words
  before the colon give a vague one of their own ("hundreds of drones: some 700, according to the air force": the
  writer's summary is no one's but the writer's);
- a coordinate clause after the figure that a cue or an estimate noun opens before a figure of its own
  ("About 12,000 were sent, and by the NIS's latest count some 5,000 have been hurt": 12,000 is not the
  NIS's).  A cue closing the sentence after its clause ("…, and some 5,000 were hurt, according to the NIS")
  is read as before: it may reach back over the whole sentence.

What is left reaching is read as before (:class:`~dossier.extractors.claims.claim_sentence.SentenceReading`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.numbers import YEAR, cues, quantity_pattern
from ...text.quantities import find_quantities
from ...text.words import alternation
from ..mentions.claimant_vocab import claimant_cues
from .claim_attribution import Attribution
from .claimant_times import calendar_word

# Marks that may set off an aside: an em dash, a spaced en dash or double hyphen, brackets.
_MARKS = ("—", " – ", " -- ", "(")
_DASH = re.compile(r"—|\s[–]\s|\s--\s")
_WORD = re.compile(r"[A-Za-z]+")
# Words between the clause's conjunction and a cue inside it ("and the wounded, by the NIS's count, …").
_OPENING_CHARS = 40
_CLAUSE_CHARS = 160  # characters after the attribution searched for its clause's own figure
_RELATIVE_CHARS = 12  # characters before a relative clause's subject: ", which ", ", who "
_OWN_KINDS = frozenset({"cue", "noun"})  # "according to X", "by X's count": they sit inside a clause, not after it


class Reach(NamedTuple):
    """The span of a sentence an attribution covers: its aside, or its clause and what follows it."""

    start: int
    end: int


def limited_reach(text: str, found: list[Attribution]) -> dict[Attribution, Reach]:
    """The attributions of sentence ``text`` (``found``) whose reach stops short of the sentence, and their reach.

    Worked out once for a sentence: most attributions reach the whole of it, and the mapping is then empty."""
    asides = _asides(text) if any(m in text for m in _MARKS) else []
    out = {}
    for a in found:
        reach = _aside_of(text, a, asides) if asides else None
        if reach is None and a.how in _OWN_KINDS:
            reach = _later_clause_of(text, a) or _elaboration_of(text, a)
        elif reach is None and a.how == "verb" and "," in text[max(0, a.start - _RELATIVE_CHARS) : a.start]:
            reach = _relative_clause_of(text, a)
        if reach is not None:
            out[a] = reach
    return out


def reaches(limits: dict[Attribution, Reach], a: Attribution, start: int, end: int) -> bool:
    """Whether attribution ``a`` may claim the figure at ``start:end``, given its sentence's ``limited_reach``."""
    reach = limits.get(a)
    return reach is None or (reach.start <= start and end <= reach.end)


def _asides(text: str) -> list[Reach]:
    """The bracketed asides and those between a pair of dashes; a dash between digits joins a range, not an aside."""
    out = []
    at = text.find("(")
    while at >= 0:
        close = text.find(")", at + 1)
        if close < 0:
            break
        out.append(Reach(at + 1, close))
        at = text.find("(", close + 1)
    dashes = [m for m in _DASH.finditer(text) if not (text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit())]
    out.extend(Reach(one.end(), two.start()) for one, two in zip(dashes[::2], dashes[1::2]))
    return out


def holds_figure(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a figure: a quantity that is no year and no day of a month ("on 12 May")."""
    for m in quantity_pattern().finditer(text, lo, hi):
        if YEAR.fullmatch(m.group(0)):
            continue
        before = _WORD.findall(text, max(lo, m.start() - 12), m.start())
        after = _WORD.match(text, m.end() + 1) if m.end() < hi else None
        if (before and calendar_word(before[-1])) or (after and after.end() <= hi and calendar_word(after.group(0))):
            continue
        return True
    return False


def _aside_of(text: str, a: Attribution, asides: list[Reach]) -> Reach | None:
    """The aside ``a`` stands in when it reports a figure of its own beside the attribution's words; else None."""
    for aside in asides:
        if aside.start <= a.start and a.end <= aside.end:
            if holds_figure(text, aside.start, a.start) or holds_figure(text, a.end, aside.end):
                return aside
            return None  # an aside that only attributes: it covers the clause around it
    return None


@functools.cache
def clause_join_words() -> str:
    """The conjunctions that open a clause of their own ("and", "but": roles ``coordinator`` and ``contrast`` of
    ``data/claimant_cues.csv``), as one alternation."""
    return alternation(w.lower() for w in (*claimant_cues("coordinator"), *claimant_cues("contrast")))


@functools.cache
def _clause_join() -> re.Pattern:
    # A comma or semicolon and a conjunction opening a clause of its own (", and", "; but"), or a semicolon alone;
    # a dash may follow the conjunction ("…, and—by Kyiv's count—some 120 …").
    return re.compile(rf"[,;]\s*(?:{clause_join_words()})(?:,?\s+|\s*[—–]\s*)|;\s*", re.IGNORECASE)


def _later_clause_of(text: str, a: Attribution) -> Reach | None:
    """The clause a cue or a noun stands in when a conjunction opens it shortly before the attribution and the
    clause goes on to a figure of its own after it; else None (the attribution may close the sentence)."""
    join = None
    for join in _clause_join().finditer(text, max(0, a.start - _OPENING_CHARS), a.start):
        pass
    if join is None:
        return None
    after = _clause_join().search(text, a.end, a.end + _CLAUSE_CHARS)
    stop = after.start() if after else min(len(text), a.end + _CLAUSE_CHARS)
    # It covers its clause and those joined after it, as a cue opening the sentence covers all of it.
    return Reach(join.start(), len(text)) if holds_figure(text, a.end, stop) else None


_COLON = re.compile(r"(?<!\d):(?!\d)")  # a colon, not one of a time of day ("08:00")


def _elaboration_of(text: str, a: Attribution) -> Reach | None:
    """What follows the colon before a cue or noun, when the words before the colon give a figure of their own and
    those after it the figure the cue credits ("hundreds of drones: some 700, according to the air force"): the
    writer states the first, the source the elaboration; else None."""
    colon = None
    for colon in _COLON.finditer(text, 0, a.start):
        pass
    if colon is None or not holds_figure(text, 0, colon.start()) or not holds_figure(text, colon.end(), a.start):
        return None
    # Only a vague figure is the writer's summary; an exact total ("500 in two waves: 300 in May and 200 in June,
    # according to X") is the source's, broken down after the colon.
    if not any(q.hedge == "vague" for q in find_quantities(text[: colon.start()])):
        return None
    return Reach(colon.end(), len(text))


@functools.cache
def _relative_opening() -> re.Pattern:
    # A comma and a relative pronoun right before the clause's subject (role ``relative``): ", which Kyiv says".
    return re.compile(rf",\s*(?:{alternation(claimant_cues('relative'))})\s+$", re.IGNORECASE)


@functools.cache
def _telling_verbs() -> frozenset[str]:
    """Reporting verbs that tell a clause of their own, less those that give the figure the clause hangs on."""
    verbs = {w.lower() for w in (*cues("reporting"), *claimant_cues("reporting"))}
    return frozenset(verbs - {w.lower() for w in claimant_cues("relative_credit")})


def _relative_clause_of(text: str, a: Attribution) -> Reach | None:
    """The relative clause ``a`` is the subject of, set off after a comma, when its verb tells a clause of its own
    ("…, which Kyiv says were used to shell Sudzha"); else None."""
    opened = _relative_opening().search(text, max(0, a.start - _RELATIVE_CHARS), a.start)
    verb = _WORD.findall(text, a.start, a.end)
    if opened is None or not verb or verb[-1].lower() not in _telling_verbs():
        return None
    told = _WORD.match(text, a.end + 1)
    if told is None or text[a.end : told.start()].strip():
        return None  # nothing told after the verb, or a comma first: no clause of its own
    after = _clause_join().search(text, a.end)
    return Reach(opened.start(), after.start() if after else len(text))
