"""A reporting participle after a comma: "Britain's defence ministry offered a higher figure, saying 6,000 ...".

After ", with" the participle has a subject of its own, who claims: "Healey told MPs the losses were heavy, with
ministry officials putting the toll at more than 4,000" is the officials' figure.

The claim after ", saying" (the participles: role ``participle`` of
``data/claimant_cues.csv``) is the sentence's subject's, named where the
sentence starts. Read by :mod:`~dossier.extractors.claims.estimate_claimants`
after its cues and verbs, which it is handed to know what they found.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from .claim_attribution import Attribution
from .claim_lead import lead_subject
from .claimant_names import as_claimant, normalise
from .claimant_phrases import PRONOUNS, descriptions
from ..mentions.claimant_vocab import claimant_cues
from ...text.words import alternation


@functools.cache
def _participle_pattern(lower: bool) -> re.Pattern:
    # It starts with a comma, a character the engine finds without trying the words at every position:
    # no scan for the words first could be cheaper.
    return re.compile(rf",\s+(?:{alternation(claimant_cues('participle'))})\b", 0 if lower else re.IGNORECASE)


# The attribution's kind for a subject "with" gives a participle: its own clause, which claims no figure before it.
WITH = "with"


@functools.cache
def _with_pattern() -> re.Pattern:
    # ", with Defence Ministry officials putting the toll at": "with", the participle's own subject, the participle.
    return re.compile(rf",\s+with\s+(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){{0,5}}?)\s+"
                      rf"(?:{alternation(claimant_cues('participle'))})\b")


def _with_subject(m: re.Match) -> Attribution | None:
    """The subject "with" gives a participle of its own: "…, with ministry officials putting the toll at 4,000" is the
    officials' figure, not the sentence subject's; None when its words name no one."""
    who = m.group("who")
    canon = normalise(who)
    claimant = as_claimant(who, canon)
    return Attribution(m.start("who"), m.end(), who, claimant, how=WITH) if claimant else None


@functools.cache
def _with_description() -> re.Pattern:
    # ", with the spy agency saying", ", with intelligence authorities saying": a body's description as the
    # participle's own subject, which refers back as it does before a verb.
    bodies = [d for d, kinds in descriptions().items() if d not in PRONOUNS and kinds - {"person"}]
    return re.compile(rf",\s+with\s+(?P<who>(?:the\s+)?(?:{alternation(bodies)}))\s+"
                      rf"(?:{alternation(claimant_cues('participle'))})\b", re.IGNORECASE)


_PARTICIPLE_GAP = 16  # characters between an attribution and the comma of its participle ("said on Monday, adding")


def participle_attributions(sentence: str, low: str | None, found: list[Attribution],
                            is_verb: Callable[[str], bool]) -> list[Attribution]:
    """", saying ...": the claim is the sentence's subject's, named where the sentence starts.

    "Britain's defence ministry has offered a higher figure, saying 6,000 ..."
    After an attribution ending at its comma ("..., the agency said, adding
    ...") the participle is that attribution's subject's, already found.
    ``low``: the sentence lower-cased as ``plain_text.lowered`` gives it, or
    None; ``is_verb``: whether a word is a reporting verb, where the
    sentence's lead subject ends.
    """
    if (w := _with_pattern().search(sentence)) is not None and (own := _with_subject(w)) is not None:
        return [own]
    if "with" in sentence and (w := _with_description().search(sentence)) is not None:
        return [Attribution(w.start("who"), w.end(), w.group("who"), None, anaphor=True, how=WITH)]
    m = _participle_pattern(low is not None).search(sentence if low is None else low)
    if m is None:
        return []
    if any(0 <= m.start() - a.end <= _PARTICIPLE_GAP for a in found):
        return []
    lead = lead_subject(sentence, m.start() + 1, m.end(), is_verb)
    return [lead] if lead else []
