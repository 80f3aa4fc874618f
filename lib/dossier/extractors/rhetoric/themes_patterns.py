"""The ``re:`` terms of a theme lexicon: compiled, refused when they could backtrack without bound, and their needles.

A term written ``re:<pattern>`` is a regular expression, matched in any
case.  One whose matches could take time exponential in the text (a repeat
inside a repeat, alternatives inside a repeat) is refused when the lexicon
is read, not met on a long sentence.  A pattern's needle (text every match
holds) lets the matcher skip sentences without it.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # the parsed pattern: its needle, and whether it may backtrack without bound

from ...exceptions import ParameterError

REGEX_PREFIX = "re:"


def compile_pattern(term: str, theme: str = "") -> re.Pattern:
    """The regular expression of a ``re:`` term, case-insensitive.

    Raises
    ------
    ParameterError
        When it is not a regular expression, or could backtrack without
        bound: a repeat inside a repeat (``(a+)+``), or alternatives inside
        a repeat (``(a|aa)*``), unless possessive or atomic (``(a+)++``,
        ``(?>...)``), which never backtrack into what they matched.
    """
    source = term[len(REGEX_PREFIX) :] if term.startswith(REGEX_PREFIX) else term
    try:
        pattern = re.compile(source, re.IGNORECASE)
        items = _parser.parse(source, re.IGNORECASE)
    except re.error as exc:
        raise ParameterError(f"lexicon term {term!r} of theme {theme!r} is not a regular expression: {exc}") from None
    risk = _backtracking(items, in_repeat=False)
    if risk:
        raise ParameterError(
            f"lexicon term {term!r} of theme {theme!r} could backtrack without bound: {risk}; "
            "write the inner part possessive (a++) or atomic ((?>...)), or as words"
        )
    return pattern


def _backtracking(items, in_repeat: bool) -> str:
    """Why the parsed pattern ``items`` may backtrack without bound; '' when it may not."""
    for op, av in items:
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            lo, hi, body = av
            many = hi > 1
            if many and in_repeat:
                return "a repeat inside a repeat"
            if many and any(o is _constants.BRANCH for o, _ in _flatten(body)):
                return "alternatives inside a repeat"
            why = _backtracking(body, in_repeat or many)
        elif op is _constants.POSSESSIVE_REPEAT:
            why = _backtracking(av[-1], False)
        elif op is _constants.ATOMIC_GROUP:
            why = _backtracking(av, False)
        else:
            why = "".join(_backtracking(sub, in_repeat) for sub in _children(op, av))
        if why:
            return why
    return ""


def _children(op, av) -> list:
    """The sub-patterns of one parsed item."""
    if op is _constants.SUBPATTERN:
        return [av[-1]]
    if op is _constants.BRANCH:
        return list(av[1])
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        return [av[1]]
    if op is _constants.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


def _flatten(items):
    """Every parsed item of ``items``, at any depth."""
    for op, av in items:
        yield op, av
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            yield from _flatten(av[-1])
        elif op is _constants.ATOMIC_GROUP:
            yield from _flatten(av)
        for sub in _children(op, av):
            yield from _flatten(sub)


def pattern_needle(pattern: re.Pattern) -> str:
    """The longest run of printable ASCII characters that every match of ``pattern`` holds, lower case; '' when unknown.

    Only the pattern's top level is read, where every literal is required;
    zero-width assertions (``\\b``) between two literals keep them adjacent.
    """
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:
        return ""
    best = run = ""
    for op, av in items:
        if op is _constants.LITERAL and 0x20 <= av < 0x7F:
            run += chr(av)
            if len(run) > len(best):
                best = run
        elif op is not _constants.AT:
            run = ""
    return best.lower()
