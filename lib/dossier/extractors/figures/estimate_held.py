"""People a captor holds: "the SBU, which is holding the two men", "the two men are being held".

A small count of people the article named ("the two men") counts no one
(:func:`dossier.extractors.figures.estimate_nouns.counts_no_one`) unless its sentence
tells of them as captives: a verb of holding or questioning them right before
"the" (``estimate_cues.csv``, role ``captor``), or, in the clause after their
noun, auxiliaries and then "held" ("are being held", "have been held") or a
casualty verb ("who were wounded and taken prisoner").  So told, they are
counted, and as captured unless a verb of loss says otherwise.  "The two men
held talks" holds no one: "held" right after the noun, with no auxiliary, is
their own verb.
"""

from __future__ import annotations

from ...text.numbers import cues

_CLAUSE = 6  # tokens after the noun read for auxiliaries and the verb of holding ("who are still being held")
_HELD = "held"


def held_before(before) -> bool:
    """Whether a verb of holding or questioning captives and "the" end ``before`` ("is holding the two men")."""
    last = before[-2:]
    return len(last) == 2 and last[1].low == "the" and last[0].low in cues("captor")


def held_after(after) -> bool:
    """Whether the clause ``after`` a noun of people says they are held, after one auxiliary at least ("are being
    held", ", held by", "have been held"), or lost through a casualty verb ("who were wounded and taken prisoner")."""
    aux, losses = cues("aux"), cues("casualty")
    passive = False
    for i, t in enumerate(after[:_CLAUSE]):
        if i == 0 and t.text == ",":
            passive = True  # ", held by Ukraine": a participle set off after its noun
            continue
        if t.kind != "word":
            return False
        if t.low == _HELD:
            return passive
        if t.low in losses:
            return passive
        if t.low not in aux:
            return False
        passive = True
    return False


def held_captive(before, after) -> bool:
    """Whether the people between ``before`` and ``after`` (the tokens after their noun) are told of as captives."""
    return held_before(before) or held_after(after)
