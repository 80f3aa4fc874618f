"""The number one that picks out a person or thing rather than counting: "one of the prisoners", "one was shot
in the arm, the other in the leg", "One prisoner said".  Read by
:func:`~dossier.extractors.figures.estimate_uncounted.counts_no_one`.
"""

from __future__ import annotations

from ...text.numbers import Quantity, cues

_OTHER_REACH = 12  # tokens after "one" searched for "the other" that it is set against


def is_one_of(q: Quantity, after) -> bool:
    # "one of the prisoners", "one was shot in the arm, the other in the leg" pick out a person or thing: no figure.
    if q.low != 1 or q.hedge != "exact":
        return False  # most figures: no token need be read
    near = after[:_OTHER_REACH]
    return bool(near) and (near[0].low == "of" or any(a.low == "the" and b.low == "other" for a, b in zip(near, near[1:]))
                           or _one_who_speaks(near))


_SPEAKER_WORDS = 3  # words of a speaker's noun phrase after "one": "one captured North Korean soldier said"


def _one_who_speaks(near) -> bool:
    # "One prisoner said", "one soldier told reporters": "one" and a singular noun bring in a speaker, whom no one
    # counts; a comma before the verb ends the phrase ("One soldier was killed, officials said" stays a loss), and
    # a form of "be" makes it a passive ("One soldier was said to have died": a loss told).
    for t in near[1 : _SPEAKER_WORDS + 2]:
        if t.kind != "word" or t.low in _BE:
            return False
        if t.low in cues("speaker_verb"):
            return near[0].kind == "word"
    return False


_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
