"""Troop, casualty and munitions estimates: every figure about forces, losses or materiel.

A figure is a quantity (:mod:`dossier.extractors.numbers`) whose counted noun is in
``data/estimate_categories.csv`` or ``data/weapons.csv``; figures whose noun
counts anything else (days, people at a summit, dollars) are not estimates.
The claimant comes from :mod:`dossier.extractors.estimate_claimants`.

How a figure finds what it counts, in order:

1. the first counted noun after it, within a few words of adjectives,
   calibres ("500,000 122-millimetre shells") and weapon designators
   ("148 KN-23 and KN-24 missiles");
2. a verb that makes it a loss, through auxiliaries and relative pronouns
   only ("the 4,000 who have been killed", "2,000 were wounded");
3. an elided noun: the previous figure's, within two sentences ("another
   3,000", "3 million a year", "1,000 had arrived"), or for a pronoun and
   a breakdown the last noun written before its clause ("600 of them",
   "15,000 in all: 11,000 last autumn");
4. a noun before it joined by a link word ("a contingent of 12,000"), or
   a few words before a predicate ("the death toll among them stood at
   600", "casualties exceed 3,000"); a noun that names the figure itself
   ("the total reached 3,000") counts what the figure before counted.

The predicate decides the category, not the noun: a count of soldiers or
people becomes a casualty count when a casualty verb goes with it ("killed
3,000 soldiers", "2,000 soldiers are believed to have been killed", "101
fallen soldiers"); a part taken from a force ("6,000 of the 14,000 men
deployed had been killed") is the loss, and the force stays troops.  A loss
that is not of soldiers, in a sentence about a strike or attack or right
after one, is ``strike_casualties`` ("a Russian attack that left 12 dead in
Kyiv").  One hedge reaches the figures joined to it in its clause ("about
300 killed and 2,700 wounded": both approximate).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import pandas as pd

from .. import schema
from ..exceptions import ParameterError
from ..text.sentences import sentences_for
from ..vocab import load_table
from .estimate_claimants import Attribution
from .estimate_claims import ArticleClaims
from .numbers import Quantity, cues, find_quantities, may_hold_quantities

_FORWARD = 7  # words between a number and its noun ("64 carefully tracked sea and rail shipments")
_BACKWARD = 6
_CLAUSE = 14  # words of a relative clause searched for a casualty verb
_BREAK = set(",.;:()[]“”\"—–!?")
_CALIBRE = r"\d+(?:\.\d+)?[- ]?(?:mm|millimet(?:re|er)s?|cm|calibre|caliber)\b"
_TOKEN = re.compile(
    rf"(?P<cal>{_CALIBRE})"
    r"|(?P<word>\d+[A-Za-z]+\d+\w*|[^\W\d_][\w’'\-]*)"
    r"|(?P<num>\d[\d,.]*\d|\d)"
    r"|(?P<punct>[^\w\s])"
)
# The same tokens, found faster: without groups, and with the alternatives that start with a letter or
# punctuation first (the others start with a digit, so never compete with them).  Each token's kind is then
# told from its text: see _tokens.
_TOKEN_TEXT = re.compile(rf"[^\W\d_][\w’'\-]*|[^\w\s]|{_CALIBRE}|\d+[A-Za-z]+\d+\w*|\d[\d,.]*\d|\d")
_CALIBRE_TOKEN = re.compile(_CALIBRE)
_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?|\d+[A-Z]+\d+")


@dataclass(frozen=True)
class _Counted:
    category: str
    subtype: str | None
    items: tuple[str, ...] = ()
    noun: str | None = None  # category of the noun itself (troops, persons, ...), before context


@functools.cache
def _terms() -> dict[tuple[str, ...], tuple[str, str]]:
    t = load_table("estimate_categories.csv")
    return {tuple(term.split()): (cat, sub or None) for term, cat, sub in t.itertuples(index=False)}


@functools.cache
def _weapons() -> dict[str, tuple[str, str, str]]:
    t = load_table("weapons.csv")
    return {a: (item, cat, sub or None) for a, item, cat, sub in t.itertuples(index=False)}


@functools.cache
def _max_term() -> int:
    return max(len(k) for k in _terms())


@functools.cache
def _heads() -> frozenset[str]:
    # First words of the terms of two words or more: no longer term can start anywhere else.
    return frozenset(k[0] for k in _terms() if len(k) > 1)


class _Token(NamedTuple):
    """One token of a sentence; ``kind`` is the group of ``_TOKEN`` that finds it (cal, word, num, punct)."""

    kind: str
    text: str
    low: str  # lower-cased
    word: str  # lower-cased, with a plain apostrophe


# _Token's own constructor, without the call through its keyword signature: tokens are made by the thousand.
_make_token = functools.partial(tuple.__new__, _Token)


class _Hit(NamedTuple):
    """A counted-noun term found in the tokens: how many tokens it spans, and what it counts."""

    length: int
    category: str
    subtype: str | None


class _Weapon(NamedTuple):
    """A weapon designator or alias; ``plural`` when written as a plural ("KN-23s"): then it is the noun."""

    item: str
    category: str | None
    subtype: str | None
    plural: bool


def _tokens(text: str) -> list[_Token]:
    """The tokens of ``text``: those ``_TOKEN`` finds, each with the name of the group that found it."""
    curly = "’" in text
    out = []
    append, make = out.append, _make_token
    for token in _TOKEN_TEXT.findall(text):
        first = token[0]
        # \d is a decimal character, and \w one that is alphanumeric (or "_", which starts no token).
        if not first.isdecimal():
            if first.isalnum():  # [^\W\d_]: a word, as most tokens are
                kind = "word"
            else:
                kind = "punct"
        elif token.isdecimal() or (token[-1].isdecimal() and token.replace(",", "").replace(".", "").isdecimal()):
            append(make(("num", token, token, token)))  # nothing to lower or replace
            continue
        elif token[-1].isdecimal() or not _CALIBRE_TOKEN.fullmatch(token):
            kind = "word"  # "9M723": a calibre ends with its unit, a number holds no letter
        else:
            kind = "cal"
        low = token.lower()
        append(make((kind, token, low, low.replace("’", "'") if curly else low)))
    return out


# Most of a sentence is never looked at: a figure's noun, verb or link word is a few tokens away.  So the
# tokens on either side of a figure are read outwards from it, a few words at a time, only as far as they
# are asked for.  The text is cut only where no token can straddle the cut: at whitespace, but not at a
# space after a digit ("122 mm" is one token).  Either side of such a cut, the tokens are those of the
# whole text.
_STEP = 32  # characters read at a time after a figure
_STEP_BACK = 16  # and before it, where fewer words are asked for (two, or seven before a link word)
# How far past a step a cut is looked for.  A text may have no cut for long ("1 x1 x1 x1 ..."); it is then cut
# where the reach ends, so that each figure reads a bounded stretch of a long sentence, not the rest of it.
_REACH = 256
# A character no token holds but as itself, one punctuation mark ("%", "(", "/"): a token ends before it and the
# next starts at it, so a text is also cut there.  A run with no space ("%1.5%1.5...") is then read a few
# characters at a time, not a whole reach for every figure in it.
_BARRIER = re.compile(r"[^\w\s,.'’\-]")


def _cuttable(text: str, w: int) -> bool:
    # A space after a digit may join a unit to it ("122 mm"); between two digits it joins nothing a token holds.
    c = text[w]
    if not c.isspace():
        return _BARRIER.match(c) is not None
    return not (c == " " and w and text[w - 1].isdecimal() and not text[w + 1 : w + 2].isdecimal())


_CUT = re.compile(r"[^\S ]|(?<!\d) |(?<=\d) (?=\d)|" + _BARRIER.pattern)  # where _cuttable holds: found by a search


class _Ahead:
    """The tokens of ``text[start:]``, read only as far as they are asked for; used as the list of them."""

    def __init__(self, text: str, start: int, _read=None, _offset: int = 0):
        self._read = _read or [text, start, []]  # text, read up to, tokens: shared with the views of slices
        self._offset = _offset

    def _upto(self, n: int | None) -> list[_Token]:
        read = self._read
        text, cut, tokens = read
        while cut < len(text) and (n is None or len(tokens) < n):
            reach = cut + _STEP + _REACH
            next_cut = _CUT.search(text, cut + _STEP, reach)
            w = next_cut.start() if next_cut else min(reach, len(text))
            tokens += _tokens(text[cut:w])
            cut = read[1] = w
        return tokens

    def __getitem__(self, i):
        o = self._offset
        if isinstance(i, slice) and i.step is None and (i.start or 0) >= 0:
            if i.stop is None:
                return _Ahead("", 0, self._read, o + (i.start or 0))
            if i.stop >= 0:
                return self._upto(o + i.stop)[o + (i.start or 0) : o + i.stop]
        if isinstance(i, int) and i >= 0:
            return self._upto(o + i + 1)[o + i]
        return self._upto(None)[o:][i]

    def __iter__(self):
        k, tokens = self._offset, self._read[2]  # tokens grows in place as more is read
        while k < len(tokens) or k < len(self._upto(k + 1)):
            while k < len(tokens):
                yield tokens[k]
                k += 1

    def __len__(self) -> int:
        return max(0, len(self._upto(None)) - self._offset)

    def __bool__(self) -> bool:
        return len(self._upto(self._offset + 1)) > self._offset


class _Behind:
    """The tokens of ``text[:end]``, read leftwards only as far as they are asked for; used as the list of them."""

    def __init__(self, text: str, end: int):
        self._text, self._cut, self._tokens = text, end, []

    def _upto(self, n: int | None) -> list[_Token]:
        while self._cut and (n is None or len(self._tokens) < n):
            w = self._cut - _STEP_BACK if self._cut > _STEP_BACK else 0
            floor = w - _REACH if w > _REACH else 0
            while w > floor and not _cuttable(self._text, w):
                w -= 1
            self._tokens[:0] = _tokens(self._text[w : self._cut])
            self._cut = w
        return self._tokens

    def __getitem__(self, i):
        if isinstance(i, slice):
            ends = [x for x in (i.start, i.stop) if x is not None]
            whole = i.step is not None or i.start is None or any(x >= 0 for x in ends)
            return self._upto(None if whole else -min(ends))[i]
        return self._upto(None if i >= 0 else -i)[i]

    def __reversed__(self):
        k = 1
        while len(self._upto(k)) >= k:
            yield self._tokens[-k]
            k += 1

    def __iter__(self):
        return iter(self._upto(None))

    def __len__(self) -> int:
        return len(self._upto(None))

    def __bool__(self) -> bool:
        return bool(self._upto(1))


def _forms(word: str) -> tuple[str, ...]:
    # The word, then its singular without "es" or "s", then without "s" ("buses": "bus", "buse").
    if not word.endswith("s"):
        return (word,)
    return word, word[:-2] if word.endswith("es") else word[:-1], word[:-1]


@functools.cache
def _one_word_terms() -> dict[str, _Hit]:
    # Every word that is a one-word term or its plural, with what _term_at gives for it.
    terms = _terms()
    words = {w + end for (w,) in (k for k in terms if len(k) == 1) for end in ("", "s", "es")}
    out = {}
    for word in words:
        form = next((f for f in _forms(word) if (f,) in terms), None)
        if form is not None:
            out[word] = _Hit(1, *terms[(form,)])
    return out


def _key(token: _Token, plain: bool) -> str:
    return token.word if plain else token.low


def _term_at(tokens, i: int, plain: bool) -> _Hit | None:
    """Longest counted-noun term starting at ``tokens[i]``; the last word may be plural.

    ``plain``: match the words with a plain apostrophe (``_Token.word``), else as lower-cased (``low``).
    """
    terms = _terms()
    first = _key(tokens[i], plain)
    if first in _heads():
        words = [_key(t, plain) for t in tokens[i : i + _max_term()]]
        for n in range(len(words), 1, -1):
            head = tuple(words[: n - 1])
            for form in _forms(words[n - 1]):
                if head + (form,) in terms:
                    return _Hit(n, *terms[head + (form,)])
    return _one_word_terms().get(first)


def _term_from(tokens, i: int, word: str, plain: bool) -> _Hit | None:
    """:func:`_term_at`, given ``word``, the key of ``tokens[i]``: only a head can start a longer term."""
    return _term_at(tokens, i, plain) if word in _heads() else _one_word_terms().get(word)


def _weapon(word: str) -> _Weapon | None:
    """The weapon a designator token names, or None."""
    low = word.lower()
    weapons = _weapons()
    for key, plural in ((low, False), (low[:-1] if low.endswith("s") else low, True)):
        if key in weapons:
            item, cat, sub = weapons[key]
            return _Weapon(item, cat, sub, plural and key != low)
    if _DESIGNATOR.fullmatch(word):
        return _Weapon(word, None, None, False)
    if word.endswith("s") and _DESIGNATOR.fullmatch(word[:-1]):
        return _Weapon(word[:-1], None, None, False)
    return None


def _names(items: list[_Weapon]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.item for w in items))


_QUOTES = set("“”\"‘’")
_FORWARD_TOKENS = 3 * _FORWARD  # punctuation that breaks nothing ("/", "&") still ends the search somewhere


def _forward(tokens) -> tuple[_Counted | None, int | None]:
    """The counted noun after a number, and the weapon designators on the way to it.

    Also the index of the noun's last token, when a noun term is what was found.
    A quotation mark right after the number is passed over: a quoted figure
    ("“up to 12,000” soldiers") still counts the noun after the quote.
    """
    stops, items, seen = cues("stop"), [], 0
    heads, one_word, weapon_words = _heads(), _one_word_terms(), _letter_weapons()
    for i, t in enumerate(tokens):  # read lazily: most nouns are a token or two away
        if i == _FORWARD_TOKENS:
            break
        kind = t.kind
        if i == 0 and kind == "punct" and t.text in _QUOTES:
            continue
        if seen >= _FORWARD or kind == "num" or (kind == "punct" and t.text in _BREAK):
            break
        if kind != "word":
            continue
        if "'" in t.word and (t.word[-1] == "'" or t.word.endswith("'s")):
            break  # "the two countries' armed forces": the number counts the possessor, not the noun after
        hit = _term_at(tokens, i, True) if t.word in heads else one_word.get(t.word)  # _term_from, inlined
        if hit:
            end = i + hit.length - 1
            if not items:  # as most nouns are reached
                return _Counted(hit.category, hit.subtype, (), hit.category), end
            return _Counted(hit.category, hit.subtype or _item_subtype(items), _names(items), hit.category), end
        # Most words are letters only: no designator, and a weapon only if one is written so.
        w = _weapon(t.text) if t.low in weapon_words or not t.text.isalpha() else None
        if w:
            items.append(w)
            if w.plural:  # "148 KN-23s": the designator is the noun
                return _Counted(w.category, w.subtype, _names(items), w.category), None
        elif t.word in stops and t.word != "of":
            break
        seen += 1
    if items and items[-1].category:
        last = items[-1]
        return _Counted(last.category, last.subtype, _names(items), last.category), None
    return None, None


@functools.cache
def _letter_weapons() -> frozenset[str]:
    # What _weapon may know of a word of letters only, lower-cased: an alias without a digit, or its plural.
    # (Neither such a word nor its lower case holds a digit, and every designator has one.)
    return frozenset(k + end for k in _weapons() if not any(c.isdecimal() for c in k) for end in ("", "s"))


def _item_subtype(items: list[_Weapon]) -> str | None:
    return next((w.subtype for w in items if w.subtype), None)


def _loss_after(tokens) -> _Hit | None:
    """A casualty term reached through auxiliaries and commas only ("who have been killed or wounded")."""
    aux = cues("aux")
    for i, t in enumerate(tokens):
        if i == _CLAUSE:
            break
        if t.kind == "punct" and t.text in ".;:!?" or t.kind == "num":
            return None  # a number starts a figure of its own ("3,000 troops and 200 killed")
        if t.kind != "word":
            continue
        hit = _term_from(tokens, i, t.low, False)
        if hit and hit.category == "casualties":
            return hit
        if t.low not in aux:
            return None
    return None


def _loss_before(tokens) -> str | None:
    """Casualty subtype of a verb just before the number ("killed 3,000", "lost about 4,000")."""
    verbs, seen = cues("casualty"), 0
    for k, t in enumerate(reversed(tokens)):  # the last two words, last first
        if k == 2 * _BACKWARD:
            break
        if t.kind == "word":
            if t.low in verbs:
                return verbs[t.low]
            seen += 1
            if seen == 2:
                return None
    return None


_VERB_GAP = 5  # words between a noun and a predicate that gives its figure ("the toll among the units stood at")


def _link_window(before, linked: bool) -> _LinkWindow | None:
    """The words before a link word that joins a noun to the number after it, and how far the noun may stand.

    ``linked``: the quantity starts with a verb that is its own link ("exceeds 3,000").
    """
    links = cues("link")
    if linked:
        width, gap = 0, _VERB_GAP
    else:
        last = before[-2:]
        if not last or last[-1].kind != "word":
            return None
        pair = " ".join(t.low for t in last)
        if len(last) == 2 and pair in links:
            width, value = 2, links[pair]
        elif last[-1].low in links:
            width, value = 1, links[last[-1].low]
        else:
            return None
        gap = _VERB_GAP if value == "verb" else 1
        if gap < _VERB_GAP and last[-1].low in _raising().values():
            raising = before[-2 * _BACKWARD - width :]
            if any(t.word in _raising() for t in raising):
                gap = _VERB_GAP  # "bringing the number of troops in Russia to 3,000"
    reach = _BACKWARD + (_VERB_GAP - 1 if gap == _VERB_GAP else 0)
    window = before[-reach - width : -width] if width else before[-reach:]
    counted_noun = False
    if any(t.kind == "punct" and t.text in _BREAK or t.kind == "num" for t in window):
        cut = max(i for i, t in enumerate(window) if t.kind in ("punct", "num"))
        counted_noun = window[cut].kind == "num"
        window = window[cut + 1 :]
    return _LinkWindow(window, gap, counted_noun)


class _LinkWindow(NamedTuple):
    """The words before a link word; ``gap``: how many words may stand between its noun and the link;
    ``counted_noun``: the words start right after a number, which counts their first noun itself."""

    words: list[_Token]
    gap: int
    counted_noun: bool


@functools.cache
def _raising() -> dict[str, str]:
    return cues("raising")


def _backward(link: _LinkWindow) -> _Counted | None:
    window, gap = link.words, link.gap
    for i in range(1 if link.counted_noun else 0, len(window)):
        hit = _term_at(window, i, True)
        # The noun must end next to the link word, or a verb or so before it ("the toll rose to 12").
        if hit and hit.category != "persons" and i + hit.length >= len(window) - gap:
            return _Counted(hit.category, hit.subtype, (), hit.category)
    return None


def _names_a_total(link: _LinkWindow) -> bool:
    """Whether a noun that names a figure, not what it counts, is linked to the number ("the total reached")."""
    totals = cues("total")
    return any(t.word in totals for t in link.words[-link.gap - 1 :])


def _strip(text: str, spans: list[Attribution]) -> str:
    # Attributions inside a clause ("who, according to X, have been killed") hide its verb.
    if not spans:
        return text
    parts, at = [], 0
    for a in sorted(spans, key=lambda a: a.start):
        start = max(a.start, at)
        parts += [text[at:start], " " * max(0, a.end - start)]
        at = max(at, a.end)
    parts.append(text[at:])
    return "".join(parts)


def _elided(after) -> int:
    """How many tokens after a number stand for an elided noun ("600 of them were killed"), or 0."""
    words = [t.low for t in after[:2]]
    return 2 if len(words) == 2 and " ".join(words) in cues("elided") else 0


@functools.cache
def _finite() -> frozenset[str]:
    # Auxiliaries that end a noun phrase: after a bare number, they make it the subject ("500 had arrived").
    return frozenset(cues("aux")) & frozenset(cues("stop"))


_MENTION = 300  # characters before a pronoun searched for the noun it stands for


def _mentioned(text: str, end: int, clause: bool = True) -> _Counted | None:
    """The last counted noun written in the stretch of ``text`` before ``end``.

    With ``clause``, ``end`` is inside a clause whose own nouns are passed
    over: a pronoun does not stand for a noun of its clause ("Russian forces
    have fired scores of them"), so the search starts at the clause break
    before it, and finds nothing when there is none.
    """
    tokens = _tokens(text[max(0, end - _MENTION) : end])
    i = len(tokens) - 1
    if clause:
        while i >= 0 and not (tokens[i].kind == "punct" and tokens[i].text in _BREAK):
            i -= 1
    for i in range(i, -1, -1):
        t = tokens[i]
        hit = _term_from(tokens, i, t.word, True) if t.kind == "word" else None
        if hit:
            return _Counted(hit.category, hit.subtype, (), hit.category)
    return None


def _is_one_of(q: Quantity, after) -> bool:
    # "one of the prisoners" picks out a person or thing; it is not a figure.
    first = after[:1]
    return q.low == 1 and q.hedge == "exact" and bool(first) and first[0].low == "of"


@dataclass(frozen=True)
class _Sentence:
    """A sentence as the figures in it are read: its text, without attributions, and the sentence before it."""

    text: str
    stripped: str  # the text with its attributions blanked (see _strip)
    previous: str = ""  # the sentence before, when it is the one right before; else ""

    def earlier_noun(self) -> _Counted | None:
        """The last counted noun of the sentence before, for a pronoun."""
        return _mentioned(self.previous, len(self.previous), clause=False) if self.previous else None

    def about_a_strike(self) -> bool:
        # "A missile hit a block of flats. About 90 people were injured": the strike is often told first.
        return _mentions_strike(self.text) or bool(self.previous) and _mentions_strike(self.previous)


def _counted(sentence: _Sentence, q: Quantity, last: _Counted | None) -> _Counted | None:
    """What the quantity ``q`` of ``sentence`` counts, or None when it is no figure of forces or materiel.

    ``last`` is what the figure before counted (within a sentence or two).
    """
    text, stripped = sentence.text, sentence.stripped
    after = _Ahead(stripped, q.end)
    before = _Behind(text, q.start)
    if q.kind == "count" and _is_one_of(q, after):
        return None
    counted, noun_at = _forward(after)
    if "’" in stripped:
        noun_at = None  # _as_loss looks for the noun in words with curly apostrophes: not what _forward read
    if counted is None:
        loss = _loss_after(after)
        if loss:
            counted = _Counted(loss.category, loss.subtype, (), None)
    if counted is None and q.kind == "count":
        counted = _continued(q, before, after, last, lambda: _mentioned(text, q.start) or sentence.earlier_noun())
        if counted is not None:
            return counted if counted.category != "persons" else None
    if counted is None and q.kind == "count":
        linked = _link_window(before, text[q.start : q.end].split(None, 1)[0].lower() in cues("link"))
        if linked is not None:
            counted = _backward(linked)
            if counted is None and last is not None and _names_a_total(linked):
                counted = _Counted(last.category, last.subtype, last.items, last.noun)
    if counted is None and q.kind == "count" and q.scaled and _loss_before(before):
        counted = _Counted("casualties", _loss_before(before), (), None)  # "Ukraine says it killed 3,000"
    if counted is None and q.kind != "count" and _names_a_share(before, after):
        return _Counted("share_percent", None)
    if counted is None:
        return None
    if q.kind != "count":
        return _Counted("share_percent", counted.category if counted.category != "persons" else None, counted.items, counted.noun)
    counted = _as_loss(counted, before, after, sentence, noun_at)
    if counted is not None and counted.category == "troops" and _reinforces(counted, before, after):
        # "about 2,000 more troops" adds to a deployment: read as a total it
        # would pass for the latest size of the whole force.
        counted = replace(counted, subtype="reinforcements")
    return counted


def _continued(q: Quantity, before, after, last: _Counted | None, mentioned) -> _Counted | None:
    """A count whose noun is elided, read as counting what the figure before it counted.

    The noun is elided when a word says the count goes on ("another 3,000",
    "3 million a year"), when a figure written large is the subject of a
    verb ("1,000 had arrived"): it is then the noun of the figure before,
    ``last``.  A pronoun ("600 of them") and a breakdown after a colon
    ("15,000 troops in all: 11,000 last autumn") stand for the last noun
    written, ``mentioned()``.  A loss verb after it makes a count of people
    a loss ("some 600 of them were killed").
    """
    skip = _elided(after)
    prev = before[-1:]
    if skip or (q.scaled and prev and prev[0].kind == "punct" and prev[0].text in _BREAKDOWN):
        last = mentioned() or last
    elif not q.scaled:
        return None
    if last is None:
        return None
    if not skip and not (prev and prev[0].kind == "punct" and prev[0].text in _BREAKDOWN):
        prev_words = " ".join(t.low for t in before[-2:] if t.kind == "word")
        rest = " ".join(t.low for t in after[:2] if t.kind == "word")
        first = after[:1]
        continues = (
            any(prev_words.endswith(c) for c in cues("another"))
            or any(rest.startswith(r) for r in cues("rate"))
            or (bool(first) and first[0].low in _finite())
        )
        if not continues:
            return None
    counted = _Counted(last.category, last.subtype, last.items, last.noun)
    if counted.category in ("troops", "persons", "casualties"):
        hit = _loss_after(after[skip:])
        loss = hit.subtype if hit else _loss_before(before)
        if loss is not None:
            return _Counted("casualties", loss, counted.items, counted.noun)
    if counted.category == "troops" and _reinforces(counted, before, after):
        counted = replace(counted, subtype="reinforcements")
    return counted


_BREAKDOWN = (":", "—", "–")  # "15,000 troops in all: some 11,000 last autumn"


def _names_a_share(before, after) -> bool:
    """Whether a share noun goes with a percentage that counts no noun ("the one-half figure", "the share at 40%")."""
    shares = cues("share")
    first = after[:1]
    if first and first[0].low in shares:
        return True
    last = before[-2:]
    return len(last) == 2 and last[0].low in shares and last[1].low in cues("link")


def _reinforces(counted: _Counted, before, after) -> bool:
    """Whether a troop figure adds to a deployment: a new deployment, or an addition of troops of no subtype."""
    words = _increment_words()
    prev = [t.low for t in before[-3:] if t.kind == "word"]
    ends = {" ".join(prev[-n:]) for n in range(1, len(prev) + 1)}  # "of", "deployment of", "third deployment of"
    if not ends.isdisjoint(words["deployment"]):
        return True
    if counted.subtype is not None:
        return False
    if not ends.isdisjoint(words["before"]):
        return True
    nxt = [t.low for t in after[:2]]
    return bool(nxt) and nxt[0] in words["after"] and nxt[1:2] != ["than"]


@functools.cache
def _increment_words() -> dict[str, frozenset[str]]:
    table = cues("increment")
    sides = {"before": ("before", "both"), "after": ("after", "both"), "deployment": ("deployment",)}
    return {side: frozenset(w for w, v in table.items() if v in values) for side, values in sides.items()}


def _passive_loss(tokens) -> _Hit | None:
    """A loss in the passive voice that ends the clause of a noun ("2,000 of the soldiers he sent had been killed").

    Words of a relative clause may stand between the noun and the verb; the
    clause ends at punctuation, a number or a pronoun that starts a clause of
    its own ("those", "others").
    """
    passive, prev = cues("passive"), None
    for i, t in enumerate(tokens):  # read lazily: most clauses end within a few words
        if i == _CLAUSE or t.kind in ("punct", "num") or passive.get(t.low) == "stop":
            return None
        if t.kind == "word" and prev is not None and passive.get(prev.low) == "aux":
            hit = _term_from(tokens, i, t.low, False)
            if hit and hit.category == "casualties":
                return hit
        prev = t
    return None


def _as_loss(counted: _Counted, before, after, sentence: _Sentence, noun_at: int | None = None) -> _Counted | None:
    # ``noun_at``: where the first noun in ``after`` ends, when _forward found it.
    if counted.category in ("troops", "persons"):
        loss = _loss_before(before)
        if loss is None:
            skip = noun_at
            if skip is None:
                window = after[:_CLAUSE]
                hits = ((i, _term_from(window, i, t.low, False)) for i, t in enumerate(window) if t.kind == "word")
                skip = next((i + hit.length - 1 for i, hit in hits if hit), None)
            hit = _loss_after(after[skip + 1 :]) if skip is not None else None
            if hit is None and skip is not None:
                hit = _passive_loss(after[skip + 1 :])
            loss = hit.subtype if hit else None
        if loss is not None:
            counted = _Counted("casualties", loss, counted.items, counted.noun)
    if counted.category == "persons":
        return None
    if counted.category == "casualties" and counted.noun != "troops" and sentence.about_a_strike():
        counted = _Counted("strike_casualties", counted.subtype, counted.items, counted.noun)
    return counted


@functools.cache
def _strike() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues("strike")) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=64)  # asked once per figure: a sentence of many figures is searched once
def _mentions_strike(text: str) -> bool:
    return bool(_strike().search(text))


_CARRY = 2  # sentences over which a figure's noun carries to an elided one ("another 1,500 had followed")


def _partitives(text: str, quantities: list[Quantity], read: list[_Counted | None]) -> None:
    """Read each part of a whole ("6,000 of the 14,000 men deployed had been killed") in place.

    The part counts what the whole's noun and verb say (a loss); the whole
    is the force the part is taken from, never the loss itself.
    """
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        if b.start - a.end > _JOIN or not _joins_a_part(text[a.end : b.start]):
            continue
        part, whole = read[i], read[i + 1]
        if whole is not None and whole.category == "casualties" and whole.noun == "troops":
            read[i] = part or whole
            read[i + 1] = _Counted("troops", None, whole.items, "troops")
        elif whole is None and part is not None and part.category in ("troops", "casualties") and b.kind == "count":
            read[i + 1] = _Counted("troops", None, (), "troops")  # "4,100 wounded out of roughly 15,000 sent"


_PART_NOUN = 3  # words of the part's own noun before the join ("4,100 wounded out of 15,000")


def _joins_a_part(gap: str) -> bool:
    words = gap.lower().split()
    for join in cues("partitive"):
        n = join.count(" ") + 1
        if len(words) >= n and " ".join(words[-n:]) == join and len(words) - n <= _PART_NOUN:
            return all(w.isalpha() for w in words)
    return False


_LENT = ("approximate", "lower_bound", "upper_bound")  # hedges that reach the figures joined to theirs
_JOIN = 100  # characters between two joined figures, at most: a long stretch is another clause


def _coordinated(text: str, end: int, start: int) -> bool:
    """Whether the words between two figures join the second to the first in one clause.

    "about 300 killed and 2,700 wounded", "some 600 were killed, with
    another 4,100 wounded": a coordinator right before the second figure
    (past words that say it adds to the first), and no clause break
    between them.
    """
    if start - end > _JOIN:
        return False
    gap = text[end:start]
    if any(c in gap for c in ".;:!?()"):
        return False
    words = gap.lower().replace(",", " ").split()
    joined = " ".join(words)
    for w in sorted(cues("another"), key=len, reverse=True):
        if joined == w or joined.endswith(" " + w):
            joined = joined[: len(joined) - len(w)].rstrip()
            break
    return any(joined == c or joined.endswith(" " + c) for c in cues("coordinator"))


def _with_hedge(q: Quantity, hedge: str) -> Quantity:
    value = q.low
    low = value if hedge in ("approximate", "lower_bound") else math.nan
    high = value if hedge in ("approximate", "upper_bound") else math.nan
    return replace(q, hedge=hedge, low=low, high=high)


def _article_rows(aid: str, source, numbers: list[int], starts: list[int], texts: list[str], may: list[bool]) -> list[dict]:
    rows: list[dict] = []
    article = ArticleClaims(texts, starts, source if isinstance(source, str) else None)
    last: _Counted | None = None
    last_sentence = -2
    for k, (sentence, start, text) in enumerate(zip(numbers, starts, texts)):
        quantities = find_quantities(text) if may[k] else []
        if not quantities:
            continue
        found = article.found(k)
        stripped = _strip(text, found)
        if sentence - last_sentence > _CARRY:
            last = None
        previous = texts[k - 1] if k and numbers[k - 1] == sentence - 1 else ""
        here = _Sentence(text, stripped, previous)
        read = []
        for q in quantities:
            counted = _counted(here, q, last)
            read.append(counted)
            if counted is None:
                continue
            if counted.category != "share_percent":
                last, last_sentence = counted, sentence
            elif counted.subtype is not None:  # "half of all the shells, around 3 million a year"
                last, last_sentence = _Counted(counted.subtype, None, counted.items, counted.subtype), sentence
        _partitives(text, quantities, read)
        hedged: Quantity | None = None  # the last figure of the sentence, which may lend its hedge
        for q, counted in zip(quantities, read):
            if counted is None:
                continue
            if hedged is not None and q.hedge == "exact" and q.kind == hedged.kind and _coordinated(text, hedged.end, q.start):
                q = _with_hedge(q, hedged.hedge)
            hedged = q if q.hedge in _LENT else None
            claim = article.claim(k, q.start, q.end)
            rows.append(
                dict(
                    article_id=aid,
                    sentence=sentence,
                    start=start + q.start,
                    end=start + q.end,
                    quantity_text=text[q.start : q.end],
                    low=q.low,
                    high=q.high,
                    hedge=q.hedge,
                    category=counted.category,
                    subtype=counted.subtype,
                    item=", ".join(counted.items) or None,
                    claimant=claim.claimant,
                    claimant_text=claim.text,
                    claimant_via=claim.via,
                )
            )
    return rows


def _articles(sentences: pd.DataFrame):
    """(article_id, positions of its sentences in order) per article.

    The order of ``groupby("article_id", sort=False)`` then ``sort_values("sentence")``,
    without a frame per article.
    """
    codes, ids = pd.factorize(sentences["article_id"], sort=False)
    numbers = sentences["sentence"].to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(ids) + 1))
    for g, aid in enumerate(ids):
        rows = order[bounds[g] : bounds[g + 1]]
        values = numbers[rows]
        if len(values) > 1 and not (values[1:] > values[:-1]).all():
            rows = rows[np.argsort(values, kind="quicksort")]
        yield aid, rows


def estimates(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every figure about forces, losses or materiel in the articles.

    Works article by article: the result on a subset of articles is that
    subset of the result.

    Parameters
    ----------
    sentences : DataFrame
        The ``sentences`` frame (``article_id``, ``sentence``, ``start``, ``text``).
    articles : DataFrame
        The ``articles`` frame, for ``published`` and ``source`` (a DPRK
        state medium's own figures are its claims).

    Returns
    -------
    DataFrame
        One row per figure, with the columns of ``schema.FRAMES["estimates"]``:

        article_id, sentence
            Where the figure is.
        start, end
            Offsets of the quantity in ``articles.text``; ``text[start:end]``
            is ``quantity_text``, hedge included ("more than 4,000").
        low, high
            Bounds the claim allows.  exact and approximate: both equal the
            value; lower_bound ("more than"): ``low`` only; upper_bound
            ("up to"): ``high`` only, ``low`` NaN (not 0: the claim sets no
            floor); range: both ends; vague ("thousands of"): ``low`` is the
            least the plural allows, two of its unit (2,000; "several
            thousand" 3,000), ``high`` NaN.  share_percent figures are in
            percent (70.0; "half" is 50.0, approximate).
        hedge
            exact, approximate, lower_bound, upper_bound, range or vague.
        category, subtype
            What is counted (``data/estimate_categories.csv``); subtype is
            finer (engineers, killed_or_wounded, ballistic, ...).  For
            share_percent, subtype is the category the share is of.
        item
            Weapon designators named in the count ("KN-23, KN-24").
        claimant, claimant_text, claimant_via
            Who makes the claim, as :mod:`dossier.extractors.estimate_claims`
            reads it: the nearest attribution in the sentence, a quotation's
            speaker, a pronoun or description resolved to the claimant it
            refers to; normalised through ``data/claimants.csv`` (unknown
            claimants are kept as written).  "according to circulating
            figures/multiple reports" gives ``unattributed reports``.
            claimant_via is the relay that passes the claimant's figure on
            ("lawmakers briefed by the NIS": NIS via lawmakers).  All empty
            when the article asserts the figure itself.
        published
            Publication date of the article.
    """
    if sentences.empty:
        return schema.empty("estimates")
    columns = [sentences[c].tolist() for c in ("sentence", "start", "text")]
    columns.append(may_hold_quantities(sentences["text"]).tolist())
    rows: list[dict] = []
    sources = dict(zip(articles["article_id"], articles["source"])) if "source" in articles else {}
    for aid, positions in _articles(sentences):
        positions = positions.tolist()  # a list is indexed faster by ints than by numpy's
        rows.extend(_article_rows(aid, sources.get(aid), *([column[i] for i in positions] for column in columns)))
    if not rows:
        return schema.empty("estimates")
    df = pd.DataFrame(rows)
    published = articles.drop_duplicates("article_id").set_index("article_id")["published"]
    return schema.conform(df.assign(published=df["article_id"].map(published)), "estimates")


def select_categories(est: pd.DataFrame, categories: str = "") -> pd.DataFrame:
    """The figures of the comma-separated ``categories`` ("troops,casualties"); all when ``""``.

    Raises
    ------
    ParameterError
        When a name is not a category, naming the ones there are.
    """
    wanted = [c.strip() for c in categories.split(",") if c.strip()]
    known = list(schema.CATEGORY.categories)
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise ParameterError(f"unknown categories {unknown}; choose from {', '.join(known)}")
    if not wanted:
        return est
    return est[est["category"].isin(wanted)].reset_index(drop=True)


def trace_table(est: pd.DataFrame, sentences, articles: pd.DataFrame, *, limit: int | None = None) -> pd.DataFrame:
    """Every figure beside the sentence that states it and its article, to trace each number.

    Parameters
    ----------
    est : DataFrame
        The ``estimates`` frame.
    sentences : DataFrame or callable
        The ``sentences`` frame, or a lookup of the sentences of some rows
        (see :func:`dossier.text.sentences.sentences_for`): only the sentences
        of the figures shown are looked up.
    articles : DataFrame
        The ``articles`` frame.
    limit : int, optional
        Show only the ``limit`` most recent figures.

    Returns
    -------
    DataFrame
        Columns published, article (title, or path when untitled), category,
        subtype, item, figure (quantity_text), low, high, hedge, claimant and
        sentence (its text), ordered by date then position.
    """
    order = ["published", "article_id", "start"]
    if limit is not None and len(est) > limit:
        est = est.sort_values(order, ascending=False, na_position="last").head(limit)
    sent = sentences_for(sentences, est)[["article_id", "sentence", "text"]].rename(columns={"text": "sentence_text"})
    arts = articles[["article_id", "title", "path"]]
    out = est.merge(sent, on=["article_id", "sentence"], how="left").merge(arts, on="article_id", how="left")
    out = out.sort_values(order, na_position="last")
    return pd.DataFrame(
        {
            "published": out["published"].dt.date,
            "article": out["title"].fillna(out["path"]),
            "category": out["category"],
            "subtype": out["subtype"],
            "item": out["item"],
            "figure": out["quantity_text"],
            "low": out["low"],
            "high": out["high"],
            "hedge": out["hedge"],
            "claimant": out["claimant"].fillna("(the article itself)"),
            "sentence": out["sentence_text"],
        }
    ).reset_index(drop=True)
