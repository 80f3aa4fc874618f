"""A figure the writer infers from figures given before: "the ministry's own tallies imply a toll well above 1,000",
"Neither count can be checked, but they suggest that the brigade lost close to a third".

A verb of inference (``data/estimate_cues.csv``, role ``inferring``) whose subject is figures draws the writer's own
reading of them, not a figure its source gave: value ``any``, whatever the subject (to imply is to reason from
figures); value ``figures``, only when the subject holds a figure of its own ("The agency's count of 800 dead ...
suggests a loss of one in five") or is a pronoun or demonstrative pointing back at figures named before it in the
sentence ("... counts ..., but they suggest").  "Western estimates suggest hundreds have died" reports the
estimates' own figure, and "Kyiv suggested 300 died" is Kyiv's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...text.numbers import cues
from ...text.words import alternation, plural
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.speaker_vocab import anaphors
from .claim_attribution import Attribution
from .claim_reach import clause_join_words, holds_figure
from .claimant_phrases import PRONOUNS

_REACH = 80  # characters from the verb of inference to the figure it draws


@functools.cache
def _verb() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(cues('inferring'))})\b", re.IGNORECASE)


@functools.cache
def _clause_start() -> re.Pattern:
    return re.compile(rf"(?:[,;]\s*(?:{clause_join_words()})\s+|;\s*)", re.IGNORECASE)


@functools.cache
def _figure_nouns() -> re.Pattern:
    nouns = claimant_cues("relative_noun")  # "figure", "number", "tally": singular or plural ("both sets of numbers")
    return re.compile(rf"\b(?:{alternation([*nouns, *(plural(n) for n in nouns)])})\b", re.IGNORECASE)


def inferred(text: str, start: int, found: Sequence[Attribution] = ()) -> bool:
    """Whether the figure at ``start`` of ``text`` is the writer's reading, drawn by a verb of inference before it
    whose subject is figures; ``found`` are the sentence's attributions.

    The verb is looked for only in the figure's own clause: after the last clause boundary and the last attribution
    before the figure ("The tallies imply heavy losses, and the agency said 500 died" is the agency's).  A source that
    governs the verb makes the reading its own: a reporting verb before it in its clause ("Smith said the figures imply
    ..."), an attribution between it and the figure ("..., Smith said, that ..."), a named source whose papers are the
    subject ("Leaked Ruritanian documents imply ...") or whose release the pronoun points back at ("The agency released
    figures, and they suggest ...")."""
    lo = max(start - _REACH, 0)
    for join in _clause_start().finditer(text, 0, start):
        lo = max(lo, join.end())
    verb = None
    for verb in _verb().finditer(text, lo, start):
        pass
    if verb is None:
        return False
    # An attribution of its own between the verb and the figure claims the figure ("..., Smith said, that 500 ...").
    if any(verb.end() <= a.start and a.end <= start for a in found):
        return False
    opened = 0
    for join in _clause_start().finditer(text, 0, verb.start()):
        opened = join.end()
    before = [a for a in found if a.end <= verb.start() or a.start <= verb.start() < a.end]
    if any(opened <= a.start and a.end <= verb.start() and a.how == "verb" and a.claimant for a in before):
        return False  # "Smith said the figures imply": the speaker's reading
    holds = holds_figure(text, opened, verb.start())
    if not holds and any(opened <= a.start and a.how == "noun" and a.claimant for a in before):
        return False  # "The agency's tally implies 500": the named source reads its own papers
    if cues("inferring")[verb.group(0).lower()] == "any":
        return True
    subject = text[opened : verb.start()].split()
    if holds:
        return True  # "The agency's count of 900 dead suggests"
    pointing = bool(subject) and (subject[0].lower() in claimant_cues("demonstrative") or subject[0].lower() in _figure_pronouns())
    if not pointing:
        return False
    nouns = [m.start() for m in _figure_nouns().finditer(text, 0, opened)]
    # Figures a named source gave out before the pronoun are its own, and so is what they suggest.
    return bool(nouns) and not any(a.how == "verb" and a.claimant and a.end <= nouns[-1] for a in before)


@functools.cache
def _figure_pronouns() -> frozenset[str]:
    # The pronouns that may stand for figures named before: not those that stand for a person ("he", "she").
    return frozenset(p for p in PRONOUNS if anaphors().get(p) != "person")
