"""NLTK's Punkt ``span_tokenize``, redone for an untrained tokenizer.

dossier's Punkt has abbreviations and sentence starters but no collocations
and no orthographic context.  With those parameters most of Punkt's decision
rules are dead, and what is left needs no ``PunktToken`` objects: this module
gives exactly the spans of ``PunktSentenceTokenizer.span_tokenize`` (a test
compares the two on generated text) in about a third of the time.

It reuses NLTK's own compiled regular expressions, so that character classes
such as ``\\s`` and ``\\W`` mean what they mean there (NLTK compiles with the
``regex`` engine, whose Unicode classes differ from ``re``'s), and follows
NLTK's steps one for one, quirks included: the names in comments are the NLTK
methods each step stands for.

Reading NLTK's private attributes ties this module to the NLTK releases it
was checked against (``pyproject.toml`` bounds the version); where they are
not what it expects, :func:`span_tokenizer` falls back to NLTK's own public
``span_tokenize``, slower, same sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktToken

# What ``_get_last_whitespace_index`` looks for: ASCII whitespace only.
_ASCII_SPACE = " \t\n\r\x0b\x0c"
_OTHER_SPACE = re.compile("[\t\n\r\x0b\x0c]")


def _compiled(pattern):
    # NLTK wraps its patterns to run them under a timeout; the wrapper costs
    # a generator and a few calls per match, which is a fifth of the split.
    return getattr(pattern, "_rx", pattern)


def span_tokenizer(tokenizer: PunktSentenceTokenizer) -> Callable[[str], list[tuple[int, int]]]:
    """A function giving ``tokenizer.span_tokenize(text)`` as a list: :class:`PunktSplitter`'s when it can be built.

    It cannot when NLTK's internals differ from those it follows (another
    NLTK release) or the tokenizer is trained; NLTK's public method is used then.
    """
    try:
        return PunktSplitter(tokenizer).spans
    except (AttributeError, TypeError, ValueError):
        return lambda text: list(tokenizer.span_tokenize(text))


class PunktSplitter:
    """``span_tokenize`` of ``tokenizer``, which must be untrained.

    Parameters
    ----------
    tokenizer : PunktSentenceTokenizer
        With stock language variables and tokens, and parameters holding
        only ``abbrev_types`` and ``sent_starters``.
    """

    def __init__(self, tokenizer: PunktSentenceTokenizer):
        params, lang = tokenizer._params, tokenizer._lang_vars
        if params.collocations or any(params.ortho_context.values()):
            raise ValueError("PunktSplitter handles untrained parameters only")
        if tokenizer._Token is not PunktToken or lang.sent_end_chars != (".", "?", "!"):
            raise ValueError("PunktSplitter handles stock Punkt only")
        self._abbrevs = frozenset(params.abbrev_types)
        self._starters = frozenset(params.sent_starters)
        self._punctuation = frozenset(tokenizer.PUNCTUATION)
        self._period_context = _compiled(lang.period_context_re())
        self._words = _compiled(lang._word_tokenizer_re())
        self._realignment = _compiled(lang.re_boundary_realignment)
        # Every realignment match starts with one of these closing marks.
        self._closers = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")
        self._ellipsis = _compiled(PunktToken._RE_ELLIPSIS)
        self._numeric = _compiled(PunktToken._RE_NUMERIC)
        self._initial = _compiled(PunktToken._RE_INITIAL)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every sentence of ``text``, as NLTK gives them."""
        # _slices_from_text
        slices = []
        last_break = 0
        for end, next_start, context in self._candidates(text):
            if self._contains_break(context):
                slices.append((last_break, end))
                last_break = end if next_start < 0 else next_start
        slices.append((last_break, len(text.rstrip())))
        return self._realign(text, slices)

    def _candidates(self, text: str) -> list[tuple[int, int, str]]:
        """``_match_potential_end_contexts``: for each candidate end, the
        offset after it, where the next token starts (-1 if it does not
        follow whitespace) and the context Punkt decides on."""
        out = []
        prev = None
        prev_start = prev_stop = 0
        for m in self._period_context.finditer(text):
            ms = m.start()
            # The word before: after the last whitespace since the previous
            # candidate; NLTK takes whitespace right at that candidate for
            # none and then reaches back to the previous word's start.
            space = text.rfind(" ", prev_stop, ms)
            if _OTHER_SPACE.search(text, space + 1 if space >= 0 else prev_stop, ms):
                space = max(text.rfind(c, prev_stop, ms) for c in _ASCII_SPACE)
            start = space + 1 if space > prev_stop else prev_start
            # NLTK drops the previous candidate when this one's word reaches
            # back over it (as in "acting!!!", only the last "!" counts).
            if prev is not None and prev_stop <= start:
                out.append(prev)
            prev = (ms + 1, m.start("next_tok"), text[start : m.end("after_tok")])
            prev_start, prev_stop = start, ms
        if prev is not None:
            out.append(prev)
        return out

    def _contains_break(self, context: str) -> bool:
        """``text_contains_sentbreak``: does a token other than the last
        end a sentence after both annotation passes?"""
        if "\n" in context:
            # _tokenize_words: line by line, skipping blank lines.
            toks = []
            for line in context.split("\n"):
                if line.strip():
                    toks.extend(self._words.findall(line))
        else:
            toks = self._words.findall(context)
        for i in range(len(toks) - 1):
            if self._breaks_after(toks[i], toks[i + 1]):
                return True
        return False

    def _first_pass(self, tok: str) -> str:
        """``_first_pass_annotation``: "break", "abbr", "ellipsis" or ""."""
        if tok in (".", "?", "!"):
            return "break"
        if tok.startswith("..") and self._ellipsis.match(tok):
            return "ellipsis"
        if tok.endswith(".") and not tok.endswith(".."):
            word = tok[:-1].lower()
            if word in self._abbrevs or word.split("-")[-1] in self._abbrevs:
                return "abbr"
            return "break"
        return ""

    def _type(self, tok: str) -> str:
        """``PunktToken.type``."""
        return self._numeric.sub("##number##", tok.lower())

    def _breaks_after(self, tok: str, nxt: str) -> bool:
        """``_second_pass_annotation`` of ``tok`` followed by ``nxt``: is
        ``tok`` a sentence break?

        Without orthographic context, ``_ortho_heuristic`` never says a word
        starts a sentence; it says one does not if it is punctuation or
        starts in lower case, and is unsure otherwise.
        """
        first = self._first_pass(tok)
        if not tok.endswith("."):
            return first == "break"
        typ = _no_period(self._type(tok))
        initial = len(tok) == 2 and self._initial.match(tok) is not None
        if first in ("abbr", "ellipsis") and not initial and nxt[0].isupper():
            next_typ = self._type(nxt)
            if self._first_pass(nxt) == "break":
                next_typ = _no_period(next_typ)
            if next_typ in self._starters:
                return True
        if initial or typ == "##number##":
            if nxt in self._punctuation or nxt[0].islower():
                return False
            if initial and nxt[0].isupper():
                return False
        return first == "break"

    def _realign(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``_realign_boundaries``: closing quotes and brackets after an end
        go with the sentence they close."""
        out = []
        realign = 0
        last = len(slices) - 1
        for i, (start, stop) in enumerate(slices):
            start += realign
            if i == last:
                if start < stop:
                    out.append((start, stop))
                break
            next_start, next_stop = slices[i + 1]
            m = None
            if text[next_start : next_start + 1] in self._closers:
                m = self._realignment.match(text[next_start:next_stop])
            if m:
                out.append((start, next_start + len(m.group(0).rstrip())))
                realign = m.end()
            else:
                realign = 0
                if start < stop:
                    out.append((start, stop))
        return out


def _no_period(typ: str) -> str:
    """``PunktToken.type_no_period``."""
    return typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ
