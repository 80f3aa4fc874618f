"""The counted noun last written before a place in a text: what a pronoun or an elided noun stands for.

"fired around 50 of them", "Pyongyang sent troops. There are about 6,000 in
Kursk now": a figure with no noun of its own counts what was named before it
(:func:`mentioned`), by the longest term that ends there ("multiple launch
rocket systems", not the "rocket" inside it), or by a weapon's name ("The
KN-23 ...").  Used by the estimates modules
that read such figures.
"""

from __future__ import annotations

from .estimate_nouns import Counted, Hit, term_from, weapon_named
from .estimate_specs import turns_at
from .estimate_tokens import BREAK, tokenize

_MENTION = 300  # characters before a pronoun searched for the noun it stands for


def mentioned(text: str, end: int, clause: bool = True, kinds: frozenset[str] | None = None) -> Counted | None:
    """The last counted noun written in the stretch of ``text`` before ``end``.

    With ``clause``, ``end`` is inside a clause whose own nouns are passed
    over: a pronoun does not stand for a noun of its clause ("Russian forces
    have fired scores of them"), so the search starts at the clause break
    before it, and finds nothing when there is none.

    With ``kinds``, only a noun of those categories is found, others passed over ("systems" stands for guns or
    launchers named before, never for the shells named after them).
    """
    tokens = tokenize(text[max(0, end - _MENTION) : end])
    i = len(tokens) - 1
    if clause:
        while i >= 0 and not (tokens[i].kind == "punct" and tokens[i].text in BREAK):
            i -= 1
    for i in range(i, -1, -1):
        t = tokens[i]
        hit = term_from(tokens, i, t.word, True) if t.kind == "word" and not turns_at(tokens, i) else None
        if hit is None and kinds is not None and (named := _named(t)) is not None and named.category in kinds:
            # "The KN-23 is a separate topic. The enemy counted dozens of launches": the arm by its name, only when
            # the arms are asked for: "troops fought alongside the KN-23. 300 of them were killed" counts troops.
            return named
        if hit and (kinds is None or hit.category in kinds):
            hit = _longest_ending(tokens, i, hit)
            if (hit.category, hit.subtype) == _ARMS and not (i and tokens[i - 1].low in _OTHER):
                named = _named_before(tokens, i)
                if named is not None:
                    return named
            return Counted(hit.category, hit.subtype, (), hit.category)
    return None


def _named(t) -> Counted | None:
    """The arm a capitalised word names as a weapon ("the KN-23", "the Koksans"), with the weapon, else None."""
    return weapon_named(t.text) if t.kind == "word" and t.text[:1].isupper() else None


_ARMS = ("other", "weapons")  # "weapon": a word any arm is described by ("the Koksan, a heavy weapon")
_OTHER = frozenset({"other", "more"})  # "missiles and other weapons": arms besides those named, not a description
NAMED_ARMS = frozenset({"artillery_systems", "rockets", "missiles"})  # what a generic noun of weapons may stand for


def _named_before(tokens, i: int) -> Counted | None:
    """The arm named earlier in the sentence of ``tokens[i]``, a "weapon" that describes it ("the Koksans, 170 mm,
    are a formidable weapon", "Koksan guns, weapons long kept for Seoul"): what a pronoun after them stands for."""
    for j in range(i - 1, -1, -1):
        t = tokens[j]
        if t.kind == "punct" and t.text in _SENTENCE_END:
            return None
        hit = term_from(tokens, j, t.word, True) if t.kind == "word" else None
        if hit is not None and hit.category in NAMED_ARMS:
            hit = _longest_ending(tokens, j, hit)
            return Counted(hit.category, hit.subtype, (), hit.category)
        named = _named(t)
        if named is not None and named.category in NAMED_ARMS:
            return named  # "the Korean Koksans, 170 mm, are a serious weapon": the arm by its name
    return None


_SENTENCE_END = frozenset(".!?")


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
