"""Someone unnamed, mentioned again by their role ("the partner said", "he said"), keeps what their first mention says.

Part of reading a quote's speaker (:mod:`~dossier.extractors.speech.quote_referents`).  An analyst labels someone
quoted without a name by what the article first says of them, not by the bare noun a later sentence uses: after "A
reporting partner in North Hamgyong Province says …", "“…,” the partner said" is the North Korean reporting partner;
after "A construction manager in Irkutsk, who asked not to be named, said …", "“…,” he said" is the construction
manager in Irkutsk.

:func:`first_description` reads, for a speaker resolved to a bare role (lower case words, no state), the first
mention before that brings someone of the role in ("a", "an", "one", up to three words of its own before the noun):

- charted by state and role where that mention tells them (:func:`~.charted_people.charted`: the province the partner
  is in is North Korean);
- else, when the mention puts them in a named place ("a diplomat in Tokyo", "a construction manager in Irkutsk,"),
  the role with the place, which a reader keeps when the text tells no state (a diplomat in Tokyo may be anyone's).

A speaker with a name, a state or a label of its own ("anonymous source") is left as read, and so is a role no
mention brought in.
"""

from __future__ import annotations

import functools
import re

from ...text.words import UPPER
from ...vocab import load_table
from ..mentions.mention_vocab import key
from ..mentions.speaker_vocab import speaker_aliases
from .charted_people import charted

__all__ = ["first_description"]

# A bare role: lower case words, as a speaker resolved to "partner", "construction manager" is written.
_BARE_ROLE = re.compile(r"[a-z][a-z\-]*(?:\s[a-z][a-z\-]*){0,2}")
# "in Tokyo", "in North Hamgyong Province": a named place right after the role noun, whole (never the start of a
# body's name: "in Seoul's foreign ministry", "in Tokyo and Osaka", "in Moscow Region of …").
_IN_PLACE = re.compile(rf"\s+in\s+(?P<place>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,2}})(?![\w’'\-]|\s+(?:of|and|or)\b)")
_OWN_WORDS = 3  # "a North Korean reporting partner", "one senior construction manager": words of the mention's own
# (Never a word that ends the mention or opens another: "a day after the partner" brings in no partner.)
_OWN_WORD = r"(?!(?i:the|an?|one|of|in|on|at|to|and|or|but|who|that|which|his|her|their|its|for|with|from|by|after|before)\s)[\w\-]+\s+"


@functools.cache
def _origin_words() -> frozenset[str]:
    return frozenset(load_table("origin_words.csv").word)


def _told_whose(role: str) -> bool:
    """Whether ``role``'s words say where someone is from ("western diplomat"): no place is kept for them."""
    words = role.lower().split()
    return any(" ".join(words[i:j]) in _origin_words() for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def first_description(art, speaker: str | None, pos: int) -> str | None:
    """The label the first mention before ``pos`` of someone of ``speaker``'s role gives them, or None.

    ``art`` is the article being read (``masked`` text); ``speaker`` what an attribution at ``pos`` was resolved to.
    """
    if not speaker or not _BARE_ROLE.fullmatch(speaker) or key(speaker) in speaker_aliases():
        return None
    role = r"\s+".join(map(re.escape, speaker.split()))
    first = re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?P<role>(?:{_OWN_WORD}){{0,{_OWN_WORDS}}}?{role})\b", art.masked[:pos + 80])
    if first is None or first.start() > pos:
        return None
    if (label := charted(art, first.group("role"), first.group(0), first.start())) is not None:
        return label
    if (place := _IN_PLACE.match(art.masked, first.end())) is not None and first.group("role").islower() and (
            not _told_whose(first.group("role"))):
        return f"{first.group('role')} in {place.group('place')}"
    return None
