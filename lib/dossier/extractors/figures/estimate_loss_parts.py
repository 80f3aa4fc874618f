"""A part named right after a loss: "11 killed and 48 injured, among them two children".

People counted right after a word or phrase that opens a part of what was just
told (``estimate_cues.csv``, role loss_part: "among them", "among whom", "of
them"), after a comma that closes a loss (a loss word, perhaps its count and
noun after it: "killed 11 people, among them"), are part of that loss: the
children among the wounded are wounded.  "including" does so through
:func:`~dossier.extractors.figures.estimate_losses.loss_before`, whose verb is
two words back at most.
"""

from __future__ import annotations

from ...text.numbers import cues

_PHRASE = 2  # words of the longest phrase of role loss_part ("among them")
_BACK = 5  # tokens before the comma read for the loss word: a verb, its count and a noun ("killed 11 civilians")


def loss_part_before(before) -> str | None:
    """The casualty subtype of the loss whose part the count opens, the tokens ``before`` it ending in a phrase of
    role loss_part after a comma and a loss word ("wounded, among them"); else None."""
    openers = cues("loss_part")
    for n in range(_PHRASE, 0, -1):
        phrase = before[-n:]
        if len(phrase) < n or any(t.kind != "word" for t in phrase) or " ".join(t.low for t in phrase) not in openers:
            continue
        rest = before[: len(before) - n]
        if not rest or rest[-1].text != ",":
            return None
        for t in reversed(rest[-_BACK:-1]):  # "48 injured, among them"; "killed 11 people, among them"
            if t.kind == "punct":
                return None
            if t.kind == "word" and t.low in cues("casualty"):
                return cues("casualty")[t.low]
        return None
    return None
