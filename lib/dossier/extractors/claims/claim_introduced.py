"""A transcript's speaker whom no vocabulary knows, by the words that introduced them before their turn.

A hearing or briefing names its speakers once in full, often with their
office in an apposition ("our witness, General Jane Roe, Commander of
United States Forces Korea"), and labels their turns by title and surname
("GENERAL ROE:").  A figure such a speaker gives as their body's
("Our assessment is that ...", ``data/claimant_cues.csv`` role
``first_person``) is the body's the apposition names, when a vocabulary
knows it; one in their own words is the person's, by the name less its
titles ("Jane Roe"), as tests/gold/devset/README.md's conventions credit a
spokesperson who speaks in their own words.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from .claim_resolve import Claim
from .claimant_names import FULL_NAME, kind, normalise, title_words
from ..mentions.claimant_vocab import claimant_cues

# The apposition after a name: up to the next comma, semicolon, "and" or the sentence's end.
_APPOSITION = re.compile(r",\s+(?P<office>[^,;:()]{3,80}?)(?=\s*(?:[,;]|\s+and\s|\.?\s*$))")


@functools.cache
def first_person(role: str = "first_person") -> re.Pattern:
    """The words of a speaker's first person ("we", "our assessment"; ``role`` of ``data/claimant_cues.csv``,
    ``first_plural`` for "we" and "our" alone), whole words in any case."""
    return re.compile(rf"(?<![\w'’])(?:{alternation(claimant_cues(role))})(?![\w])", re.IGNORECASE)


def introduced(text: str, naming: str, end: int, sentence: str) -> Claim | None:
    """The claim of a figure in ``sentence``, spoken in the turn of the speaker named ``naming`` (ending at offset
    ``end`` of ``text``, the sentence that introduced them): the body the apposition after the name names when the
    figure is given in the first person, else the person by their full name; None when the naming is no full name."""
    if first_person().search(sentence) and (m := _APPOSITION.match(text, end)) is not None:
        body = normalise(m.group("office"))
        if body is not None and kind(body) not in (None, "person", "unattributed"):
            return Claim(body, m.group("office"))  # "..., Commander of United States Forces Korea": "our assessment"
    words = naming.split()
    while words and words[0].lower().rstrip(".") in title_words():
        words = words[1:]  # "Admiral", "Gen.": the titles before the name
    name = " ".join(words)
    return Claim(name, name) if len(words) < len(naming.split()) and FULL_NAME.fullmatch(name) else None
