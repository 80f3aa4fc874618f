"""A group the writer calls "our" who tell a figure: that state's group ("..., say our sappers" in a Ukrainian post:
Ukrainian sappers).

A post, a briefing or a record passes on what "our sappers" or "our engineers" tell: people of the writer's state
(``data/own_groups.csv``, ``state_group``: soldiers, sappers, not colleagues or partners) whose account the figure
is, not the writer's own voice (as :func:`~dossier.extractors.claims.claim_release.others_account` reads them in a
signed post).  An analyst writes such a group with the state's adjective (Ukrainian sappers, Russian engineers) when
the article's home state is known.  Only a group that is the subject of a verb of saying (``data/cue_verbs.csv``,
kind ``verb``) right beside it tells a figure: before the figure ("Our engineers say that about 30 ...") or closing
the sentence after it ("..., say our sappers"); "our soldiers destroyed 5 tanks" tells nothing, and a figure no such
verb passes on stays unclaimed.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from .claim_resolve import Claim
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import home_state
from ..mentions.speaker_vocab import cue_words

__all__ = ["own_group_claim"]


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """"our <group> <verb>" before a figure, and ", <verb> our <group>" closing its sentence."""
    own = load_table("own_groups.csv")
    groups = alternation(n for n, state_group in zip(own.noun, own.state_group) if state_group == "yes")
    verbs = alternation(w for w in cue_words().verbs if not w.endswith("ing"))
    before = re.compile(rf"(?<![\w'’])our\s+(?P<group>{groups})\s+(?:have\s+|had\s+)?(?:{verbs})(?![\w'’])",
                        re.IGNORECASE)
    after = re.compile(rf",\s+(?:{verbs})\s+our\s+(?P<group>{groups})\W*\Z", re.IGNORECASE)
    return before, after


@functools.cache
def _saying() -> re.Pattern:
    return re.compile(rf"(?<![\w'’])(?:{alternation(cue_words().verbs)})(?![\w'’])", re.IGNORECASE)


def _said_between(sentence: str, end: int, start: int) -> bool:
    """Whether another verb of saying stands between a group's and the figure ("Our soldiers said nothing, but Russian
    bloggers say 30 ...": the bloggers tell it, not the group)."""
    return _saying().search(sentence, end, start) is not None


def own_group_claim(texts: list[str], k: int, start: int, source: str | None) -> Claim | None:
    """The claim of the figure at ``start`` of sentence ``k`` of an article's ``texts`` that a group the writer calls
    "our" tells, written with the adjective of the state the article (of ``source``) is written from; None when no
    such group tells it or the article's state is not known."""
    sentence = texts[k]
    if "our " not in sentence.lower():
        return None  # nearly every sentence
    before, after = _patterns()
    told = next((m for m in before.finditer(sentence, 0, start) if not _said_between(sentence, m.end(), start)), None
                ) or after.search(sentence, start)
    if told is None:
        return None
    adjective = adjectives_of_states().get(home_state(texts[0], source))
    if not adjective:
        return None
    group = f"{adjective} {told.group('group').lower()}"
    return Claim(group, told.group(0))
