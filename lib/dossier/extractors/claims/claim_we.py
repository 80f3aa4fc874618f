"""An aside that tells who said a figure before: "As the minister said last week, we estimate that about 10,000 ...".

The conjunction that opens it (``data/claimant_cues.csv``, role ``as_aside``: "As", "Just as") is never a
claimant's first word.  The "we" of the clause after the aside (role ``first_person``) speaks for the one the aside
names: a body as it is named, a person for the government of the state they serve (their speaker group in
``data/speakers.csv``), as an official's "we" does.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from .claim_attribution import Attribution
from .claimant_names import normalise
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import by_name, group_state, states

_AFTER_ASIDE = 60  # characters from an aside's verb to the comma that closes it ("said in Seoul last week,")


@functools.cache
def _opener() -> re.Pattern:
    return re.compile(rf"(?:{alternation(claimant_cues('as_aside'))})\s+", re.IGNORECASE)


@functools.cache
def _we_after() -> re.Pattern:
    # The comma closing the aside and the first person opening the clause it is set before.
    return re.compile(rf",\s+(?:{alternation(claimant_cues('first_person'))})\s", re.IGNORECASE)


def past_as(sentence: str, start: int) -> int:
    """``start`` past an "As" that opens the subject's words there ("As the minister said": "the minister"), else
    ``start``."""
    if sentence[start : start + 2].lower() not in ("as", "ju"):
        return start  # most subjects open with no such word
    m = _opener().match(sentence, start)
    return m.end() if m is not None else start


def _opens_aside(sentence: str, a: Attribution) -> bool:
    """Whether an "As" opens the aside whose subject ``a`` is, with a first-person clause after it."""
    lo = max(0, a.start - 12)
    if " as " not in f" {sentence[lo:a.start].lower()}":
        return False  # most attributions open with no "as"
    m = _opener().search(sentence, lo, a.start)
    if m is None or m.end() != a.start:
        return False
    comma = sentence.find(",", a.end, a.end + _AFTER_ASIDE)
    return comma >= 0 and _we_after().match(sentence, comma) is not None


def we_speak_for(sentence: str, a: Attribution, claimant: str | None) -> str | None:
    """Whom the "we" after an aside "As <a> said," speaks for: ``claimant`` when it is a body, the government of a
    person's state ("As Secretary Austin said last week, we estimate": the U.S. government); None when ``a`` opens no
    such aside or the claimant is no one the vocabularies place in a state."""
    if claimant is None or not _opens_aside(sentence, a):
        return None
    known = by_name().get(claimant)
    if known is None or known.kind != "person":
        return claimant
    state = states().get(group_state(known.group))
    return (normalise(state.government) or state.government) if state is not None else None
