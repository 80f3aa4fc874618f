"""A state's body that its own speaker calls "our": "according to our intelligence" in a Ukrainian governor's post is
Ukraine's intelligence service, "our military says" in a South Korean ministry's statement the South Korean military.

An analyst reads "our X" in the voice of a speaker of state S as S's X: the writer of a post, a statement or a
briefing speaks for their state, and nouns that name a state's body only through such a possessive
(``data/our_bodies.csv``: intelligence, military, armed forces) are that state's.  The state is the one the article
is written from (:func:`~dossier.extractors.mentions.mention_vocab.home_state`), and the body the one the
vocabularies know by the state's adjective and the noun ("Ukrainian intelligence": Ukrainian military intelligence
(HUR)).  An "our" in another's words the sentence reports ("Zelensky said that, according to our intelligence, ...",
:func:`~dossier.extractors.mentions.others_ours.anothers_our`) is that speaker's, whom the article's state says
nothing of; so is one in the turn of an official of a body that briefs as itself (a ministry, a military command, an
intelligence service: :func:`state_body_not_turn`), whose "our military" is that body; and "our" before a noun no vocabulary ties to a state ("our analysis", "our sources") is read elsewhere.
"""

from __future__ import annotations

import functools
import re

from ...vocab import load_table
from .claimant_names import kind, normalise
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.home_ministries import adjectives_of_states
from ..mentions.mention_vocab import home_state
from ..mentions.others_ours import anothers_our

__all__ = ["BRIEFING_KINDS", "our_noun", "our_start", "our_state_body", "state_body_not_turn"]

# Kinds of body whose officials speak of "our military" as their own body, as its briefing speaks for it ("Minister
# of National Defense: Our military assesses ...": the ministry); a government's office or a person (a governor, an
# ombudsman) names by it the state's forces.
BRIEFING_KINDS = frozenset({"ministry", "military", "intelligence"})

_OWN = "own"  # "our own intelligence": the same possessive, stressed
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(\w+)\s+(?:own\s+)?\Z")  # the word before a subject's noun


@functools.cache
def _nouns() -> frozenset[str]:
    return frozenset(load_table("our_bodies.csv").noun)


def our_noun(who: str) -> str | None:
    """The noun of ``data/our_bodies.csv`` that ``who`` names after a first-person possessive ("our intelligence",
    "Our own military"), lower case; None for any other words."""
    first, _, rest = " ".join(who.lower().split()).partition(" ")
    if first not in claimant_cues("first_person"):
        return None
    rest = rest.removeprefix(f"{_OWN} ")
    return rest if rest in _nouns() else None


def our_start(sentence: str, start: int, end: int) -> int:
    """Where the subject ``sentence[start:end]`` begins when a lower-case first-person possessive stands before a noun
    that names a state's body through it ("..., our military says": at "our"), else ``start``; the words back from a
    verb read only words a name may hold."""
    m = _POSSESSIVE_BEFORE.search(sentence, max(0, start - 12), start)
    if m is None or m.group(1) not in claimant_cues("first_person") or anothers_our(sentence):
        return start  # (", our intelligence says — Budanov.": his words, whose "our" no state of the article's is)
    return m.start() if our_noun(sentence[m.start():end]) is not None else start


def our_state_body(who: str | None, text: str, source: str | None, sentence: str) -> str | None:
    """The body of the article's state (``text`` its body, ``source`` its source) that ``who`` names as "our" body
    in ``sentence``; None when it names none, the "our" is another's, or the state or its body is not known."""
    if not who or (noun := our_noun(who)) is None or anothers_our(sentence):
        return None
    adjective = adjectives_of_states().get(home_state(text, source))
    body = normalise(f"{adjective} {noun}") if adjective else None
    return body if body is not None and kind(body) not in (None, "unattributed", "person") else None


def state_body_not_turn(who: str | None, turn: str | None, text: str, source: str | None, sentence: str) -> bool:
    """Whether the words ``who`` of a figure in a record's turn, whose speaker stands for ``turn``, name the state's
    "our" body rather than the turn's: a speaker for a government or for themself cites by "our intelligence" a body
    of the state; a ministry's, a military body's or an intelligence service's official speaks so of their own."""
    return kind(turn) not in BRIEFING_KINDS and our_state_body(who, text, source, sentence) is not None
