"""A figure the writer infers from figures given before: "the agency's earlier figures imply total casualties of well
over 4,000", "Both sets of numbers are hard to verify, but they suggest that North Korea lost close to half".

A verb of inference (``data/estimate_cues.csv``, role ``inferring``) whose subject is figures draws the writer's own
reading of them, not a figure its source gave: value ``any``, whatever the subject (to imply is to reason from
figures); value ``figures``, only when the subject holds a figure of its own ("The NIS's estimate of roughly 2,000
dead ... suggests losses of one in six") or is a pronoun or demonstrative pointing back at figures named before it
in the sentence ("... numbers ..., but they suggest").  "Western estimates suggest thousands have died" reports the
estimates' own figure, and "Kyiv suggested 300 died" is Kyiv's.
"""

from __future__ import annotations

import functools
import re

from ...text.numbers import cues
from ...text.words import alternation, plural
from ..mentions.claimant_vocab import claimant_cues
from .claim_reach import clause_join_words, holds_figure

_REACH = 80  # characters from the verb of inference to the figure it draws
_SUBJECT_PRONOUNS = frozenset({"they", "it"})  # a pronoun that may stand for figures named before it


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


def inferred(text: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``text`` is the writer's reading, drawn by a verb of inference before it
    whose subject is figures."""
    verb = None
    for verb in _verb().finditer(text, max(0, start - _REACH), start):
        pass
    if verb is None:
        return False
    if cues("inferring")[verb.group(0).lower()] == "any":
        return True
    opened = 0
    for join in _clause_start().finditer(text, 0, verb.start()):
        opened = join.end()
    subject = text[opened : verb.start()].split()
    if holds_figure(text, opened, verb.start()):
        return True  # "The NIS's estimate of roughly 2,000 dead suggests"
    pointing = bool(subject) and (subject[0].lower() in claimant_cues("demonstrative") or subject[0].lower() in _SUBJECT_PRONOUNS)
    return pointing and _figure_nouns().search(text, 0, opened) is not None
