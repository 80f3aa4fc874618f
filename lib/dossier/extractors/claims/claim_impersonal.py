"""Impersonal attributions: "X is believed to have sent ...", "it is estimated that ...", "X, believed to number ...".

An adverb may stand between the passive's auxiliary and its participle ("is also believed to", "are widely thought
to"): the adverbs allowed between a claimant and its verb (role ``adverb`` of both cue tables).

The impersonal passives of ``claimant_cues.csv`` (role ``impersonal``) credit
unnamed sources; :mod:`~dossier.extractors.claims.estimate_claims` counts them only
where a sentence names no one else.
"""

from __future__ import annotations

import functools
import re

from ...text.numbers import cues
from ...text.words import alternation
from .claim_attribution import Attribution
from .claimant_names import normalise
from ..mentions.claimant_vocab import claimant_cues


_AUXILIARIES = frozenset({"is", "are", "was", "were"})  # the auxiliary of a passive, after which an adverb may stand


@functools.cache
def _adverb() -> str:
    return alternation(w.lower() for w in (*cues("adverb"), *claimant_cues("adverb")))


@functools.cache
def _impersonal_pattern() -> re.Pattern:
    # The cues as written, or a passive's auxiliary, an adverb and the rest of a cue it opens ("is also believed to").
    written = [w.lower() for w in claimant_cues("impersonal")]
    rests = [w.split(" ", 1)[1] for w in written if " " in w and w.split(" ", 1)[0] in _AUXILIARIES]
    auxiliary = alternation(_AUXILIARIES)
    return re.compile(rf"\b(?:{alternation(written)}|(?:{auxiliary})\s+(?:{_adverb()})\s+(?:{alternation(rests)}))\b",
                      re.IGNORECASE)


@functools.cache
def _without_adverb() -> re.Pattern:
    """An adverb between a passive's auxiliary and its participle, to be dropped to find the cue it stands in."""
    return re.compile(rf"^({alternation(_AUXILIARIES)}) (?:{_adverb()}) ", re.IGNORECASE)


@functools.cache
def _participle_pattern() -> re.Pattern:
    # A comma, perhaps an adverb ("widely"), and the participle of a passive of belief, which alone is the cue.
    participles = claimant_cues("impersonal_participle")
    return re.compile(rf",\s+(?:(?:{_adverb()})\s+)?(?P<cue>{alternation(w.lower() for w in participles)})\b", re.IGNORECASE)


def impersonal(sentence: str) -> list[Attribution]:
    """Impersonal attributions: "X is believed to have sent ...", "it is estimated that ...".

    They credit unnamed sources (the claimant of ``claimant_cues.csv``'s
    value, "reports": ``unattributed reports``), and count only where the
    sentence names no one else (see :mod:`dossier.estimate_claims`).
    """
    out = []
    for m in _impersonal_pattern().finditer(sentence):
        words = _without_adverb().sub(r"\1 ", " ".join(m.group(0).lower().split()))
        value = claimant_cues("impersonal")[words]
        out.append(Attribution(m.start(), m.end(), m.group(0), normalise(value), how="impersonal"))
    if "," in sentence:
        # "The contingent, believed to number about 11,000, ...": a relative clause cut short to its participle.
        for m in _participle_pattern().finditer(sentence):
            value = claimant_cues("impersonal_participle")[" ".join(m.group("cue").lower().split())]
            out.append(Attribution(m.start("cue"), m.end("cue"), m.group("cue"), normalise(value), how="impersonal"))
    return out


@functools.cache
def _clause_opening() -> re.Pattern:
    # A comma or semicolon and a conjunction opening a clause of its own (roles coordinator, contrast, subordinator).
    joins = (*claimant_cues("coordinator"), *claimant_cues("contrast"), *claimant_cues("subordinator"))
    return re.compile(rf"[,;]\s*(?:{alternation(w.lower() for w in joins)})\s", re.IGNORECASE)


def clause_impersonal(sentence: str, found: list[Attribution], end: int) -> Attribution | None:
    """The first impersonal attribution of ``found`` whose clause holds a figure ending at ``end``: one after the
    figure claims it only when no clause of its own opens between them ("around 70 wagons, compared with fewer than
    20 in 2022, before the arms trade is believed to have begun": the writer's count); else None."""
    return next((a for a in found if a.start < end or not _clause_opening().search(sentence, end, a.start)), None)
