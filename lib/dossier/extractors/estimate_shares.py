"""Shares ("half", "a third", "40 percent"): what a share is a share of.

A share counts what the noun after it counts ("half of the artillery shells"),
or the noun of the figure it is taken from ("a third of the 11,000 troops"),
or the noun its possessor owns ("half of Russia's shells") (:func:`noun_shared`);
a share noun may name it ("put the share at 40 percent": :func:`names_a_share`).
"""

from __future__ import annotations

from .numbers import cues


def noun_shared(after) -> int:
    """After a share, the tokens up to the noun it is a share of, through a figure or a possessor, else 0."""
    return _figure_shared(after) or _possessor(after)


def _figure_shared(after) -> int:
    """After a share, the tokens up to the noun of the figure it is a share of ("of the 11,000 troops"), else 0."""
    first = after[:4]
    n = 2 if len(first) > 2 and first[1].low in _DETERMINERS_OF_A_WHOLE else 1
    return n + 1 if len(first) > n and first[0].low == "of" and first[n].kind == "num" else 0


_DETERMINERS_OF_A_WHOLE = frozenset({"the", "its", "their", "his", "an", "some"})


def _possessor(after) -> int:
    """After a share, the tokens up to the noun a possessor owns ("of Russia's shells", "of the Russian army's"), else 0."""
    first = after[: _POSSESSOR + 1]
    if len(first) < 2 or first[0].low != "of":
        return 0
    for n in range(1, len(first)):
        t = first[n]
        if t.kind != "word":
            return 0
        if t.word.endswith("'s") or t.word.endswith("s'"):
            return n + 1
    return 0


_POSSESSOR = 3  # words of a possessor after "of", its article included ("of the Russian army's")


def names_a_share(before, after) -> bool:
    """Whether a share noun goes with a percentage that counts no noun ("the one-half figure", "the share at 40%")."""
    shares = cues("share")
    first = after[:1]
    if first and first[0].low in shares:
        return True
    last = before[-2:]
    return len(last) == 2 and last[0].low in shares and last[1].low in cues("link")
