"""Where someone unnamed is named by the unit they serve in: "the commander of the Korean engineering unit", "an officer
of a Ukrainian assault brigade", "The commander of one of our drone units", "the head of a construction company".

:func:`unit_holder` reads the phrase around an attribution's subject, whichever part of it the subject is (the role,
"an officer", with the unit after it; the unit, "the battalions", with the role before it; or both), into the role's
words, the unit's words in the singular (a member picked out of units, "one of the battalions", serves in one of
them), and whether the writer calls the units their own ("one of our drone units"), so that the person is charted
by the unit (:func:`~.charted_people.charted`): "Ukrainian drone unit commander".  The unit nouns are
``data/unit_nouns.csv``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import alternation, plural, singular
from ...vocab import load_table
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import home_state
from ..mentions.signed_posts import own_channel
from ..mentions.speaker_vocab import canonical
from .attributions import function_word_in

__all__ = ["UnitHolder", "branch_before", "last_mention", "unit_holder", "writer_state"]


class UnitHolder(NamedTuple):
    role: str  # the role's words as written, its determiner included ("an officer", "The commander")
    unit: str  # the unit's words, singular, without a determiner ("Korean engineering unit", "drone unit")
    ours: bool  # the writer's own side's unit ("one of our drone units")


@functools.cache
def _unit_forms() -> str:
    nouns = list(load_table("unit_nouns.csv").noun)
    return alternation([*nouns, *(plural(n) for n in nouns)])


# "the commander of ", "a section chief of one of ": a role, then "of" (and a member's "one of") up to the unit.
_ROLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<role>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+of\s+(?:one\s+of\s+)?\Z")


@functools.cache
def _unit_phrase() -> re.Pattern:
    """ "the Korean engineering unit", "our drone units": a unit's noun after a determiner and up to three words."""
    return re.compile(rf"(?:(?P<det>the|an?|our)\s+)?(?P<unit>(?:[\w\-]+\s+){{0,3}}(?:{_unit_forms()}))", re.I)


@functools.cache
def _unit_after() -> re.Pattern:
    """ " of a shock brigade", " of one of our drone units": the unit right after a role's noun, up to two words before
    its own noun, and not itself of another unit ("of an artillery battery of one of the brigades" says more)."""
    return re.compile(rf"\s+of\s+(?:one\s+of\s+)?(?P<det>the|an?|our)\s+(?P<unit>(?:[\w\-]+\s+){{0,2}}?(?i:{_unit_forms()}))\b"
                      rf"(?!\s+of\b)")


@functools.cache
def _unit_role() -> re.Pattern:
    """ "a battalion commander", "our drone unit commanders": a unit's noun, then a role's in lower case."""
    # (The determiner in any case: "A company commander in the same brigade" opens a sentence.)
    # ("One battery commander in the sector": "one" picks someone out, as "a" does; it is no word of the unit.)
    return re.compile(rf"(?:(?P<det>(?i:the|an?|our|one))\s+)?(?P<unit>(?:[\w\-]+\s+){{0,2}}?(?i:{_unit_forms()}))\s+(?P<role>[a-z][\w\-]*)")


def _holder(text: str, pos: int, role: str, det: str | None, unit: str) -> UnitHolder:
    words = unit.split()
    if len(words) == 1 and (det or "").lower() == "the" and (named := _named_before(text, words[0], pos)):
        words = named  # "A commander of the regiment" after "the engineer regiment returned": that regiment
    return UnitHolder(role, " ".join([*words[:-1], singular(words[-1])]), (det or "").lower() == "our")


def _named_before(text: str, noun: str, pos: int) -> list[str]:
    """The words the text last gave the unit ``noun`` before ``pos`` ("the engineer regiment": engineer, regiment), up
    to two words in lower case after a determiner; empty when it gave it none."""
    found = [m for m in re.finditer(rf"\b(?i:the|an?)\s+(?P<words>(?:[a-z][\w\-]*\s+){{1,2}}){re.escape(noun)}\b", text[:pos])
             if not function_word_in(m.group("words"))]
    return [*found[-1].group("words").split(), noun] if found else []


def unit_holder(text: str, speaker_text: str, pos: int) -> UnitHolder | None:
    """The role and unit of someone named by the unit they serve in, the subject ``speaker_text`` at ``pos`` of
    ``text`` being part of that phrase; None when it is no such phrase."""
    if (before := _ROLE_BEFORE.search(text, max(0, pos - 40), pos)) is not None and (
            unit := _unit_phrase().fullmatch(speaker_text)) is not None:
        return _holder(text, pos, before.group("role"), unit.group("det"), unit.group("unit"))  # the commander "of the … unit"
    if (named := _unit_role().fullmatch(speaker_text)) is not None:  # "our battalion commanders": the unit's noun first
        return UnitHolder(singular(named.group("role")), " ".join(named.group("unit").split()), (named.group("det") or "").lower() == "our")
    role_end = speaker_text.find(" of ")
    role = speaker_text if role_end < 0 else speaker_text[:role_end]
    if (after := _unit_after().match(text, pos + len(role))) is not None and after.end() >= pos + len(speaker_text):
        return _holder(text, pos, role, after.group("det"), after.group("unit"))  # "a section chief" "of a … brigade"
    return None


def branch_before(words: list[str], role_words: int) -> str:
    """The arm of service written right before a role's last ``role_words`` words of ``words`` ("artillery" of "one
    of our artillery commanders", ``claimant_cues.csv`` branch), which charts the person with it ("Ukrainian artillery
    commander"); "" when the word before is none."""
    before = words[-role_words - 1] if len(words) > role_words else ""
    return before if before in claimant_cues("branch") else ""


class Mention(NamedTuple):
    words: str
    start: int


def last_mention(text: str, speaker: str, pos: int) -> Mention | None:
    """Where the text last wrote ``speaker``'s words before ``pos``, in any case ("The head of a construction company
    in Primorye told …. “…,” he said": the head, met again by a pronoun); None if it did not."""
    found = None
    for found in re.finditer(rf"\b{re.escape(speaker)}\b", text[:pos], re.I):
        pass
    return Mention(found.group(0), found.start()) if found is not None else None


@functools.cache
def _states_of_people() -> dict[str, str]:
    t = load_table("speaker_roles.csv")
    return dict(zip(t.speaker, t.state))


def writer_state(text: str, source: str | None) -> str:
    """The state whose side the writer of an article is on: the state it is written from
    (:func:`~dossier.extractors.mentions.mention_vocab.home_state`), else, for a person's own channel ("Oleksandr
    Syrskyi's Telegram"), the state of the office the vocabularies give its owner (``data/speaker_roles.csv``); ""
    when neither tells."""
    if state := home_state(text, source):
        return state
    if not own_channel(source):
        return ""
    owner = canonical(source.replace("’", "'").rsplit("'s ", 1)[0], "name")
    return _states_of_people().get(owner, "")
