"""Whose belief an impersonal passive reports when its sentence names no one: the source credited just before.

"South Korea's spy agency estimates that 11,000 troops were sent. About 4,700 are believed to have been killed":
a writer names whose assessment is being reported once and goes on in the passive ("is believed to", "are
estimated to", data/belief_passives.csv) without naming it again; the belief is the agency's, not unnamed
reports'. Hearsay ("is said to") and a past belief ("was thought to") carry on no one. Only a claimant the
vocabularies know, credited in the sentence right before in the same paragraph (or in the paragraph before, when
the sentence opens by adding a point: "In addition, ... is believed to"), carries on; a sentence that names
someone of its own is read by its own words. A sentence before that counts nothing carries its source on only when
it reports them assessing: not when it quotes their own words ("“They are cannon fodder,” Zelensky said") or tells
a denial or refusal ("Peskov said no troops were in Russia", "declined to comment"; data/belief_denials.csv).
"""

from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple

from .claim_further import adds_a_point
from .claim_impersonal import impersonal
from .claimant_names import kind
from ...text.quote_marks import ENGLISH_DOUBLE
from ...text.words import alternation
from ...vocab import load_list, load_table


class Credited(NamedTuple):
    """A claim credited in a sentence: its sentence and its claimant (the caller's claim type is kept as ``claim``)."""

    sentence: int
    claimant: str | None
    claim: object


@functools.cache
def _belief_passives() -> frozenset[str]:
    return frozenset(load_table("belief_passives.csv")["passive"])


@functools.cache
def _denial() -> re.Pattern:
    return re.compile(rf"(?<![\w'’])(?:{alternation(load_list('belief_denials.csv'))})(?!\w)", re.IGNORECASE)


def reports_an_assessment(text: str) -> bool:
    """Whether a sentence ``text`` that credits someone but counts nothing reports them assessing: it quotes none of
    their words and tells no denial or refusal."""
    return not any(c in text for c in ENGLISH_DOUBLE + "«»") and _denial().search(text) is None


def is_belief_claim(claimant: str | None, text: str | None) -> bool:
    """Whether a claim of ``claimant`` in words ``text`` is a present impersonal passive of belief's ("is believed
    to", "are now believed to": an adverb after the auxiliary left out)."""
    if not text or kind(claimant) != "unattributed" or not impersonal(text):
        return False
    words = text.lower().split()
    return " ".join(words) in _belief_passives() or " ".join(words[:1] + words[2:]) in _belief_passives()


def carried_belief(texts: list[str], paragraphs: list[int] | None, k: int, claimed: Credited | None,
                   credited_before: Callable[[int], Credited | None]) -> object | None:
    """The claim an impersonal passive of sentence ``k`` that names no one carries on, else None.

    ``claimed``: the last figure's claim that names a claimant; ``credited_before(j)``: the claim of sentence
    ``j``'s last attribution, for a sentence before that credits someone but holds no figure ("When the NIS
    reported to lawmakers, one number drew a sigh")."""
    if not k or paragraphs is None:
        return None
    same = paragraphs[k] == paragraphs[k - 1]
    if not same and not adds_a_point(texts[k]):
        return None
    for found in (claimed if claimed is not None and claimed.sentence == k - 1 else None,
                  credited_before(k - 1) if same and reports_an_assessment(texts[k - 1]) else None):
        if found is not None and kind(found.claimant) not in (None, "unattributed"):
            return found.claim
    return None
