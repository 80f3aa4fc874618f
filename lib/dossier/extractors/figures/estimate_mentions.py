"""The counted noun last written before a place in a text: what a pronoun or an elided noun stands for.

"fired around 50 of them", "Pyongyang sent troops. There are about 6,000 in
Kursk now": a figure with no noun of its own counts what was named before it
(:func:`mentioned`), by the longest term that ends there ("multiple launch
rocket systems", not the "rocket" inside it).  Used by the estimates modules
that read such figures.
"""

from __future__ import annotations

from .estimate_nouns import Counted, Hit, term_from
from .estimate_tokens import BREAK, tokenize

_MENTION = 300  # characters before a pronoun searched for the noun it stands for


def mentioned(text: str, end: int, clause: bool = True) -> Counted | None:
    """The last counted noun written in the stretch of ``text`` before ``end``.

    With ``clause``, ``end`` is inside a clause whose own nouns are passed
    over: a pronoun does not stand for a noun of its clause ("Russian forces
    have fired scores of them"), so the search starts at the clause break
    before it, and finds nothing when there is none.
    """
    tokens = tokenize(text[max(0, end - _MENTION) : end])
    i = len(tokens) - 1
    if clause:
        while i >= 0 and not (tokens[i].kind == "punct" and tokens[i].text in BREAK):
            i -= 1
    for i in range(i, -1, -1):
        t = tokens[i]
        hit = term_from(tokens, i, t.word, True) if t.kind == "word" else None
        if hit:
            hit = _longest_ending(tokens, i, hit)
            return Counted(hit.category, hit.subtype, (), hit.category)
    return None


def _longest_ending(tokens, i: int, hit: Hit) -> Hit:
    """The longest term that starts a few words before ``i`` and holds ``hit``, found at ``i`` reading backwards
    from the end: "multiple launch rocket systems" rather than the "rocket" inside it."""
    end = i + hit.length
    for j in range(i - 1, max(-1, i - _LONGER), -1):
        t = tokens[j]
        longer = term_from(tokens, j, t.word, True) if t.kind == "word" else None
        if longer and j + longer.length >= end:
            hit, end = longer, j + longer.length
    return hit


_LONGER = 4  # words before a term found backwards where a longer term holding it may start
