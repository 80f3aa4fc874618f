"""The claimants the vocabularies know that a sentence names, of the kinds a pronoun or description may refer to.

A name in a place phrase ("in Seoul") or in brackets ("(KCNA)") is where or a
dateline, not a source; a common word that is also an alias ("south") names
a claimant only capitalised.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .claimant_names import alias_pattern, claimant_aliases, kind, normalise
from .claimant_phrases import words_back
from ..mentions.claimant_vocab import claimant_cues
from ...text.numbers import cues
from ...text.plain_text import holds_any, needles


# A further word of a personal name right after an alias: "Kim" in "Kim Yo Jong", "Kim Song".
_NAME_RUNS_ON = re.compile(r"[ \-][A-Z][a-z]+\b")


class NamedClaimant(NamedTuple):
    """A claimant the vocabularies know, named at ``start:end`` of a sentence (with its "the"), and its kind."""

    start: int
    end: int
    claimant: str
    kind: str | None


@functools.cache
def _place_pattern() -> re.Pattern:
    words = "|".join(map(re.escape, claimant_cues("place")))
    return re.compile(rf"\b(?:{words})\s+$")


@functools.cache
def _cue_ends() -> tuple[str, ...]:
    # Attribution cues ending in a place's word ("according to", "figures from"): what follows names a source.
    places = claimant_cues("place")
    return tuple(f"{c} " for c in cues("attribution") if c.split()[-1] in places)


@functools.cache
def _named_aliases() -> dict[str, tuple[str, str | None, bool]]:
    """Alias -> (claimant, its kind, whether the alias is several words) for the aliases naming a source."""
    return {
        alias: (claimant, kind(claimant), " " in alias)
        for alias, claimant in claimant_aliases().items()
        if kind(claimant) != "unattributed"
    }


@functools.cache
def _alias_needles(kinds: frozenset[str]) -> tuple[str, ...]:
    # What a sentence naming a source of one of ``kinds`` must hold: the words of one of its aliases.
    return needles(alias for alias, (_, kind_of, _) in _named_aliases().items() if kind_of in kinds)


def named_claimants(text: str, kinds: frozenset[str]) -> list[NamedClaimant]:
    """The claimants of ``kinds`` the vocabularies know named in the sentence ``text``, in order (people are the account's)."""
    low = text.replace("’", "'").lower()
    out = []
    named, place = _named_aliases(), _place_pattern()
    # Most sentences name none of the kinds asked for: a look for each alias of them is cheaper than the pattern.
    for m in alias_pattern().finditer(low) if holds_any(low, _alias_needles(kinds)) else ():
        found = named.get(m.group(0))
        if found is None:
            continue  # names no source: "reports", "circulating figures"
        at = m.start()
        if (place.search(low, max(0, at - 8), at) and not low.endswith(_cue_ends(), 0, at)) or (
                low.endswith("(", 0, at) and not _glosses_a_body(low, at)):
            continue  # "in Seoul": a place; "(KCNA)": a dateline or an abbreviation, never the subject
        # A name is capitalised; a common word ("south") is a mention only as a name.
        claimant, kind_of, phrase = found
        if low.endswith("(", 0, at) and out and out[-1].claimant == claimant:
            continue  # "Ukraine's defence intelligence agency (HUR)": the name before is the mention
        if kind_of == "person" and _NAME_RUNS_ON.match(text, m.end()):
            continue  # "Kim Yo Jong": a longer name that opens with a known person's alias ("Kim") is someone else's
        if kind_of in kinds and (phrase or text[at : at + 1].isupper()):
            out.append(NamedClaimant(at - 4 if low.endswith("the ", 0, at) else at, m.end(), claimant, kind_of))
    return sorted(out, key=lambda m: m.start)


def _glosses_a_body(low: str, at: int) -> bool:
    """Whether the bracket opening before ``at`` follows a body's common noun that the abbreviation in it names:
    "the defence intelligence agency (HUR)" names HUR, as "SEOUL (Yonhap)" names no one."""
    words = low[max(0, at - 30) : at - 1].split()
    return bool(words) and words[-1] in claimant_cues("body_noun")


def listed_before(sentence: str, start: int, end: int) -> tuple[int, str]:
    """The start and words of a subject "X and Y" with the members a list names before it, each a claimant.

    "The United States, Japan and South Korea said": the words back from
    the verb stop at the comma; a list's earlier members are its subject too.
    """
    while sentence[max(0, start - 2):start] == ", ":
        lo = words_back(sentence, start - 2)
        if lo >= start - 2 or normalise(sentence[lo:start - 2]) is None:
            break
        start = lo
    return start, sentence[start:end].strip()
