"""The tokens of a sentence as the estimates extractor reads them, and lazy views either side of a figure.

A token is a calibre ("122-mm"), a word (a designator such as "9M723"
included), a number or a punctuation mark (:class:`Token`).  A figure's
noun, verb or link word is a few tokens away from it, so :class:`Ahead`
and :class:`Behind` read the tokens after and before a position outwards,
only as far as they are asked for, and give the tokens of the whole text.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.quote_marks import ENGLISH_DOUBLE

DASHES = "–—"  # an en dash and an em dash: either sets off an aside ("6,000 North Koreans – sappers – would go")
BREAK = set(",.;:()[]!?" + DASHES + ENGLISH_DOUBLE)  # punctuation that ends the phrase of a figure
_CALIBRE = r"\d+(?:\.\d+)?[- ]?(?:mm|millimet(?:re|er)s?|cm|calibre|caliber)\b"
TOKEN = re.compile(
    rf"(?P<cal>{_CALIBRE})"
    r"|(?P<word>\d+[A-Za-z]+\d+\w*|[^\W\d_][\w’'\-]*)"
    r"|(?P<num>\d[\d,.]*\d|\d)"
    r"|(?P<punct>[^\w\s])"
)
# The same tokens, found faster: without groups, and with the alternatives that start with a letter or
# punctuation first (the others start with a digit, so never compete with them).  Each token's kind is then
# told from its text: see tokenize.
_TOKEN_TEXT = re.compile(rf"[^\W\d_][\w’'\-]*|[^\w\s]|{_CALIBRE}|\d+[A-Za-z]+\d+\w*|\d[\d,.]*\d|\d")
_CALIBRE_TOKEN = re.compile(_CALIBRE)


class Token(NamedTuple):
    """One token of a sentence; ``kind`` is the group of :data:`TOKEN` that finds it (cal, word, num, punct)."""

    kind: str
    text: str
    low: str  # lower-cased
    word: str  # lower-cased, with a plain apostrophe


def initialism_stop(tokens, i: int) -> bool:
    """Whether ``tokens[i]`` is the stop after one letter of an initialism ("U.S."), which ends no phrase or clause."""
    return i > 0 and tokens[i].text == "." and tokens[i - 1].kind == "word" and len(tokens[i - 1].text) == 1


# Token's own constructor, without the call through its keyword signature: tokens are made by the thousand.
_make_token = functools.partial(tuple.__new__, Token)


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``: those :data:`TOKEN` finds, each with the name of the group that found it."""
    out = []
    for token in _TOKEN_TEXT.findall(text):
        found = _KNOWN.get(token)
        if found is None:
            found = _token(token)
            if len(_KNOWN) < _KNOWN_MOST:
                _KNOWN[token] = found
        out.append(found)
    return out


# A token is read from its text alone, and most tokens are words that recur in every article ("the", "troops",
# ","): each text is read once and its Token kept, up to a bound on how many are kept.
_KNOWN: dict[str, Token] = {}
_KNOWN_MOST = 1 << 15


def _token(token: str) -> Token:
    """The Token of the text of one token."""
    first = token[0]
    # \d is a decimal character, and \w one that is alphanumeric (or "_", which starts no token).
    if not first.isdecimal():
        if first.isalnum():  # [^\W\d_]: a word, as most tokens are
            kind = "word"
        else:
            kind = "punct"
    elif token.isdecimal() or (token[-1].isdecimal() and token.replace(",", "").replace(".", "").isdecimal()):
        return _make_token(("num", token, token, token))  # nothing to lower or replace
    elif token[-1].isdecimal() or not _CALIBRE_TOKEN.fullmatch(token):
        kind = "word"  # "9M723": a calibre ends with its unit, a number holds no letter
    else:
        kind = "cal"
    low = token.lower()
    return _make_token((kind, token, low, low.replace("’", "'")))


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


class Ahead:
    """The tokens of ``text[start:]``, read only as far as they are asked for; used as the list of them."""

    def __init__(self, text: str, start: int, _read=None, _offset: int = 0):
        self._read = _read or [text, start, []]  # text, read up to, tokens: shared with the views of slices
        self._offset = _offset

    def _upto(self, n: int | None) -> list[Token]:
        read = self._read
        text, cut, tokens = read
        while cut < len(text) and (n is None or len(tokens) < n):
            reach = cut + _STEP + _REACH
            next_cut = _CUT.search(text, cut + _STEP, reach)
            w = next_cut.start() if next_cut else min(reach, len(text))
            tokens += tokenize(text[cut:w])
            cut = read[1] = w
        return tokens

    def __getitem__(self, i):
        o = self._offset
        if isinstance(i, slice) and i.step is None and (i.start or 0) >= 0:
            if i.stop is None:
                return Ahead("", 0, self._read, o + (i.start or 0))
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


class Behind:
    """The tokens of ``text[:end]``, read leftwards only as far as they are asked for; used as the list of them."""

    def __init__(self, text: str, end: int):
        self._text, self._cut, self._tokens = text, end, []

    def _upto(self, n: int | None) -> list[Token]:
        while self._cut and (n is None or len(self._tokens) < n):
            w = self._cut - _STEP_BACK if self._cut > _STEP_BACK else 0
            floor = w - _REACH if w > _REACH else 0
            while w > floor and not _cuttable(self._text, w):
                w -= 1
            self._tokens[:0] = tokenize(self._text[w : self._cut])
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
