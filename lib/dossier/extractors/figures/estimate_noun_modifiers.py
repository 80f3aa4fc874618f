"""The words between a count's noun of people and the verb that tells what befell them, passed over on the way to it.

"Soldiers of the Korean People's Army held by Ukraine", "30 men from the
battalion died", "30 men from the battalion died": a modifier that names who the people are,
or the formation they belong to, leaves the verb after it the noun's
(:func:`~dossier.extractors.figures.estimate_losses.as_loss`).  Adverbs of
manner ("nine soldiers heroically laid down their lives") are passed over as
auxiliaries (``estimate_cues.csv``, role ``aux``).
"""

from __future__ import annotations

from .estimate_nouns import is_formation, term_at
from ...text.numbers import cues

_OF_A_NAME = frozenset({"of", "from"})
_ORDINAL = frozenset({"st", "nd", "rd", "th"})
NAME_WORDS = 8  # tokens of "of the" and a name ("of the Korean People's Army")
_UNIT_WORDS = 5  # words after "of" or "from" up to a formation's noun ("of the same North Korean battalion")
_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "this", "that", "one"})


def name_after(after, start: int) -> int:
    """How many tokens from ``after[start]`` a noun's modifier that names who the people are takes: "of" or "from"
    and a few words ending in a formation's noun ("of his company"), else an article and capitalised words ("of the
    Korean People's Army", "from the Storm Corps"), else a short origin before an auxiliary ("from the province
    have"); else 0."""
    first = after[start : start + 1]
    if not first or first[0].low not in _OF_A_NAME:
        return 0  # most nouns: one token read
    tokens = after[start : start + NAME_WORDS]
    n = 2 if tokens[1:2] and tokens[1].low == "the" else 1
    if tokens[n : n + 1] and tokens[n].kind == "num" and tokens[n + 1 : n + 2] and tokens[n + 1].low in _ORDINAL:
        n += 2  # "of the 11th Corps": the ordinal is a word of the name
    names = 0
    while n + names < len(tokens) and tokens[n + names].kind == "word" and tokens[n + names].text[0].isupper():
        names += 1
    if unit := _a_unit_after(tokens):
        # "of the armed forces of the DPRK", "of the army of North Korea": the unit's own name after it.
        return unit + (name_after(after, start + unit) if unit < len(tokens) and tokens[unit].low == "of" else 0)
    return (n + names if names else 0) or _an_origin_after(tokens)


def _a_unit_after(tokens) -> int:
    """How many of ``tokens``, "of" or "from" first, a modifier naming the people's formation takes ("of his
    company", "from the same battalion", "from a Russian brigade"): a few words ending in a formation noun; else 0.
    Men of a unit are its soldiers, so the verb after the modifier still tells their loss ("30 men from the
    battalion died")."""
    words = []
    for t in tokens[1 : 1 + _UNIT_WORDS]:
        if t.kind != "word":
            break  # a comma or a number ends the modifier
        words.append(t)
    for k, t in enumerate(words):
        if is_formation(t.low):
            return k + 2
    # No formation: a noun of a force may end the modifier, but not a modifier of one ("an engineer regiment").
    return next((k + 2 for k in range(len(words)) if _forces(tokens, k + 1)), 0)


def _forces(tokens, i: int) -> bool:
    """Whether a noun of a force ends at ``tokens[i]`` ("of the armed forces", "of the Russian forces"), which names
    the men's formation as a unit's noun does."""
    for j in range(max(0, i - 1), i + 1):
        hit = term_at(tokens, j, True)
        if hit is not None and hit.category == "troops" and j + hit.length - 1 == i:
            return True
    return False


def _an_origin_after(tokens) -> int:
    """How many of ``tokens`` a short modifier of where the people come from takes, when an auxiliary follows it
    ("soldiers from the province have died", "men from his village were killed"): "from", a determiner and one
    word; else 0.  Without the auxiliary right after, the words may go on to another noun ("from the front to")."""
    n = 2 if tokens[1:2] and tokens[1].low in _DETERMINERS else 1
    if tokens[0].low != "from" or len(tokens) < n + 2 or tokens[n].kind != "word":
        return 0
    return n + 1 if tokens[n + 1].low in cues("aux") else 0

