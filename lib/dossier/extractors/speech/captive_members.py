"""A soldier picked out of soldiers held captive speaks as a prisoner of war.

Part of reading a quote's speaker (:func:`~dossier.extractors.speech.first_descriptions.described`).  An article about
soldiers an enemy holds ("Two North Korean soldiers captured in Kursk …", "Ukraine has held two North Korean soldiers
…") quotes them by picking one out of the pair or group ("one of them", "the older of the two", "one of the men"):
an analyst labels that one by what he is when he speaks, "North Korean prisoner of war", not by the group's noun,
"soldier", once the article has said they are prisoners or captured (written as ``data/speakers.csv`` names such a
prisoner: "captured North Korean soldier").  Someone brought in by their own noun ("a
soldier said") is read as written: the article may quote soldiers of the other side too.
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation
from ...vocab import load_table
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.speaker_vocab import canonical
from .charted_people import kin_plurals

__all__ = ["captive_member"]

# "one of them", "one of the men", "either of the two", "the older of the two", "the younger one": one picked out of a
# group or pair the text told of before.
# ("the two" as the resolution reads "the older of the two").
_PICKED = re.compile(r"(?i:one|another|either|each|neither)\s+of\s+(?:them|the\s+[\w\-]+|these\s+[\w\-]+)"
                     r"|(?i:the)\s+(?:older|younger|elder|other|first|second|two)\b")


@functools.cache
def _roles() -> tuple[str, str]:
    """The soldier's role and the prisoner's, as ``data/charted_roles.csv`` charts them."""
    t = load_table("charted_roles.csv")
    role = dict(zip(t.noun, t.role))
    return role["soldier"], role["prisoner"]


@functools.cache
def _held() -> re.Pattern:
    """What tells that soldiers are held: the plural of a prisoner's noun ("prisoners of war", "POWs", "captives",
    ``data/charted_roles.csv`` kin prisoner), or "captured", "taken prisoner", "held captive" said of soldiers (see
    :func:`_soldiers_held`)."""
    nouns = {*kin_plurals("prisoner"), "prisoners of war"}
    return re.compile(rf"\b(?:(?P<noun>(?i:{alternation(nouns)}))|(?i:captured|taken\s+prisoner|held\s+captive|in\s+captivity))\b")


@functools.cache
def _soldiers() -> re.Pattern:
    """Soldiers in the plural, by a noun of ``data/charted_roles.csv`` kin soldier ("soldiers", "troops")."""
    return re.compile(rf"\b(?i:{alternation(kin_plurals('soldier'))})\b")


# "captured the village", "captured a bridge": a place or thing taken, not soldiers held (unless soldiers are its
# noun: "captured the two North Korean soldiers").
_TOOK_THING = re.compile(r"\s+(?i:the|a|an)\s+(?P<thing>(?:[\w\-]+\s+){0,3}[\w\-]+)(?=[\s,.;:]|\Z)")


def _soldiers_held(art) -> bool:
    """Whether the article says soldiers are held: a prisoner's plural noun anywhere, or "captured" and its like in a
    sentence that names soldiers or right after one ("… soldiers died. Two were captured."), never a place or thing
    captured ("Russian forces captured the village")."""
    for m in _held().finditer(art.masked):
        if m.group("noun"):
            return True
        here = art.sent_at(m.start())
        lo, hi = art.sents[max(0, here - 1)].start, art.sents[here].end
        took = _TOOK_THING.match(art.masked, m.end())
        if _soldiers().search(art.masked, lo, hi) and (took is None or _soldiers().search(took.group("thing"))):
            return True
    return False


def captive_member(art, label: str | None, speaker_text: str | None) -> str | None:
    """ "North Korean prisoner of war" for ``label`` "North Korean soldier" when ``speaker_text`` picks one out of a
    group ("one of them") in an article ``art`` that tells the soldiers are held; None to keep ``label``."""
    if not label or not speaker_text or _PICKED.match(speaker_text) is None:
        return None
    soldier, prisoner = _roles()
    adjective = label[:-len(soldier)].strip() if label.endswith(f" {soldier}") else None
    if adjective not in adjectives_of_states().values() or not _soldiers_held(art):
        return None
    return canonical(f"{adjective} {prisoner}", "group")
