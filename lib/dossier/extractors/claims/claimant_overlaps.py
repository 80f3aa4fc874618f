"""Aliases a claimant's words hold otherwise than one after another: overlapping ones ("volodymyr zelensky's office"
holds "volodymyr zelensky" and "zelensky's office"), and a name written as a modifier ("the Budanov office").

A search for aliases that takes the longest at each place and goes on after it never sees an alias that opens inside
one it took; but the head of an English noun phrase is its last word, and the alias that reaches further is the head
("Volodymyr Zelensky's office" is his office, which a vocabulary names by "zelensky's office").
"""

from __future__ import annotations

import re


def with_overlaps(clean: str, hits: list[re.Match], pattern: re.Pattern) -> list[re.Match]:
    """``hits`` (matches of ``pattern`` in ``clean``, in order, none overlapping) with each alias that opens at a word
    inside one of them and ends after it, in order of where they end."""
    later = []
    for m in hits:
        for at in range(m.start() + 1, m.end()):
            if clean[at - 1] == " " and (o := pattern.match(clean, at)) is not None and o.end() > m.end():
                later.append(o)
                break
    return sorted([*hits, *later], key=lambda m: (m.end(), m.start())) if later else hits


def attributive_owner(clean: str) -> str:
    """``clean`` with the words before its last noun read as that noun's owner: "the budanov office" is "budanov's
    office" (a name used as a modifier owns what it modifies); ``clean`` itself when it is one word or already has a
    possessive. Any words are made an owner here: the caller keeps the result only when the owner it names is known."""
    name, _, noun = clean.rpartition(" ")
    return f"{name}'s {noun}" if name and "'" not in name else clean
