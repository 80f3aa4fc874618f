"""What one piece of materiel takes, a specification rather than a figure of forces or materiel.

"40 rounds per minute", "22 rockets in a salvo", "four missiles each",
"three shells in five minutes" (:func:`per_unit`, after the noun); "each container can hold up to 1,400
shells", "a KN-23 launcher carries two missiles" (:func:`a_capacity`, a verb
of capacity whose subject is any one of a kind).  Not materiel at all: a round
of a series, "two rounds of talks" (:func:`a_round_of`).  Materiel of no one
kind: "7,000 units of equipment" (:func:`pieces_of_materiel`).
"""

from __future__ import annotations

import functools

from ...text.numbers import cues, number_words

__all__ = ["INDEFINITE", "a_capacity", "a_round_of", "per_unit", "pieces_of_materiel"]

INDEFINITE = frozenset({"a", "an"})  # the indefinite articles, which open a noun phrase of its own


def per_unit(tokens, end: int) -> bool:
    """Whether the words after a noun ending at ``tokens[end]`` are a unit of one piece or moment (role per_unit)."""
    nxt = tokens[end + 1 : end + 2]
    if not nxt or nxt[0].kind != "word" or nxt[0].low not in _per_unit_starts():
        return False  # most nouns end a phrase, or go on with a word no join starts with
    units, k = cues("per_unit"), end + 1
    if nxt[0].low == "each":
        after = tokens[k + 1 : k + 2]
        return not after or after[0].kind == "punct" or after[0].low not in units and after[0].low != "of"
    for n in (3, 2, 1):  # "in a single salvo", "in a salvo", "per minute"
        if units.get(" ".join(t.low for t in tokens[k : k + n])) == "join" and len(tokens) > k + n:
            unit = tokens[k + n].word
            return units.get(unit) == "unit" or units.get(unit[:-1]) == "unit" and unit[-1] == "s"
    return _in_a_span(tokens, k)


def a_round_of(tokens, end: int) -> bool:
    """Whether the noun ending at ``tokens[end]`` is a turn of a series followed by "of" and a word (role series):
    "two rounds of talks", "three rounds of reinforcements".  The words after "of" then say whether the rounds are
    ammunition after all ("rounds of North Korean shells"); a calibre or number after "of" makes them so at once."""
    if tokens[end].word not in cues("series"):
        return False  # most nouns
    after = tokens[end + 1 : end + 3]
    return len(after) == 2 and after[0].low == "of" and after[1].kind == "word"


def turns_at(tokens, i: int) -> bool:
    """Whether ``tokens[i]`` is a turn of a series (role series) after "in" and a count: "sent in two rounds" says in
    how many turns a force came, so "rounds" is no noun a figure nearby counts or stands for."""
    if i < 2 or tokens[i].word not in cues("series") or tokens[i - 2].low != "in":
        return False  # most words
    count = tokens[i - 1]
    return count.low in number_words()["unit"] or count.text.isdigit() and int(count.text) <= FEW_TURNS


FEW_TURNS = 9  # the most turns "in N rounds" may count: "took in 150,000 rounds" counts shells


def pieces_of_materiel(tokens, i: int) -> bool:
    """Whether ``tokens[i]`` is a noun of pieces (role piece) whose "of" is followed, within a few words, by a mass
    noun of materiel (role materiel): "7,000 units of equipment", "40 pieces of engineering equipment"."""
    if tokens[i].word not in cues("piece"):
        return False  # most words
    after = tokens[i + 1 : i + 2 + _MATERIEL_WORDS]
    if not after or after[0].low != "of":
        return False
    for t in after[1:]:
        if t.kind != "word":
            return False
        if t.word in cues("materiel"):
            return True
    return False


_MATERIEL_WORDS = 3  # words after "of" up to the mass noun ("of heavy engineering equipment")


def _in_a_span(tokens, k: int) -> bool:
    """Whether ``tokens[k:]`` are "in" a count of a short span (role span_unit): "three shells in five minutes" is a
    rate of fire, not a figure of shells; "in two days" is no such span."""
    span = tokens[k : k + 3]
    if len(span) < 3 or span[0].low != "in":
        return False
    if not (span[1].kind == "num" or any(span[1].low in number_words()[k] for k in ("unit", "teen", "tens"))):
        return False  # "in ten minutes", "in 90 seconds"
    unit = span[2].word
    return unit in cues("span_unit") or unit[-1:] == "s" and unit[:-1] in cues("span_unit")


def a_capacity(window: str, before) -> bool:
    # "Each vessel carries 200 containers": the verb right before the figure, its subject a noun after "each".
    low = window.lower()
    if not low.endswith(_capacity_ends()) or not any(f"{w} " in low for w in (*cues("distributive"), *INDEFINITE)):
        return False  # most figures: no token need be read
    last = before[-1:]
    words = _words_before(before[-(_CAPACITY_WORDS + _COMPOUND_TOKENS) : -1])
    generic = last[0].low.endswith("s") or any(t.low in _MODALS for t in words)
    for t in reversed(words):
        if t.kind == "punct" or t.low in _RELATIVES:
            return False
        if t.low in cues("distributive") or generic and t.low in INDEFINITE:
            return True  # "each launcher fires 22", "a KN-23 launcher carries two": any one of them, always
    return False


def a_load_aboard(before, after) -> bool:
    """Whether a capacity verb right before a figure and a word of being aboard a few words after it (role
    ``aboard``) give what one piece of materiel carries: "it carries 12 rounds on board", "holds 40 shells aboard"."""
    last = before[-1:]
    if not last or last[0].low not in cues("capacity"):
        return False  # most figures: one token read
    words = [t.low for t in after[:_ABOARD_WORDS]]
    return any(" ".join(words[i : i + 2]) in cues("aboard") or words[i] in cues("aboard") for i in range(len(words)))


_ABOARD_WORDS = 4  # tokens after a figure that hold its noun and "on board" ("12 152mm rounds on board")


@functools.cache
def _per_unit_starts() -> frozenset[str]:
    return frozenset(["each", *(w.split()[0] for w, v in cues("per_unit").items() if v == "join")])


@functools.cache
def _capacity_ends() -> tuple[str, ...]:
    return tuple(f" {w} " for w in cues("capacity"))  # "each truck carries 40": a figure right after the verb


def _words_before(tokens) -> list:
    """The last ``_CAPACITY_WORDS - 1`` of ``tokens`` with a compound joined by hyphens ("20-foot") counted as one
    word, its hyphen no break of the clause: "a standard 20-foot container can hold" reaches its "a"."""
    out, joined = [], False
    for t in reversed(tokens):
        if t.kind == "punct" and t.text == "-":
            joined = True
            continue
        if not joined:
            if len(out) == _CAPACITY_WORDS - 1:
                break
            out.append(t)
        joined = False
    return out[::-1]


_COMPOUND_TOKENS = 4  # tokens a figure's window takes in past its words for the hyphens of compounds and their halves
_MODALS = frozenset({"can", "could"})
_RELATIVES = frozenset({"that", "which", "who"})  # "a train that carries 2,000 shells": one train, the shells its load
_CAPACITY_WORDS = 6  # "each" and the verb, with a noun, an adjective and a modal between: "each 40-foot container can hold"
