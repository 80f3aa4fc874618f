"""An opening aside that says who told a figure before, and a cue that names its source: "As the Kyiv Post reported
last week, about 2,000 more North Korean troops may follow, according to Ukrainian intelligence" is Ukrainian
intelligence's figure, not the paper's.

The aside ("As X reported,", "As X said earlier,": ``data/claimant_cues.csv``, role ``as_aside``) points back to an
earlier telling, often the outlet's own; the cue in the clause after it says whose the figure is. Only when such a
cue follows the aside's comma is the aside dropped: with none ("As Reuters reported, about 3,000 ..."), it is the
only one named, and read as before.
"""

from __future__ import annotations

from .claim_attribution import Attribution
from .claim_we import past_as

_AFTER_ASIDE = 60  # characters from the aside's verb to the comma that closes it ("reported in January,")


def without_reported_aside(sentence: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` (a sentence's attributions, in order) less the attribution of an opening "As X reported," aside
    when a cue naming a claimant follows the aside's comma; else ``found`` itself."""
    if len(found) < 2 or found[0].how != "verb" or sentence.lstrip()[:3].lower() not in ("as ", "jus"):
        return found  # nearly every sentence: no aside opens it
    aside = found[0]
    start = len(sentence) - len(sentence.lstrip())
    if past_as(sentence, start) != aside.start:
        return found  # the attribution is not the aside's subject
    comma = sentence.find(",", aside.end, aside.end + _AFTER_ASIDE)
    if comma < 0 or not any(a.how == "cue" and a.claimant and a.start > comma for a in found[1:]):
        return found
    return found[1:]
