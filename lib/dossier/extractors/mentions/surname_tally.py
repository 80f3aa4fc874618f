"""Who a bare family name stands for, from sums kept as an article names people.

:meth:`dossier.extractors.mentions.discourse.Account` weighs the people of a family
name by how often the article names them as more than a possessor or object;
these sums answer from the few people of the name, not from every mention
before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import mention_vocab as V
from .mention_forms import Entity, Mention
from ...text.words import alternation
from ...vocab import load_table

__all__ = ["SurnameTally", "tallied"]


@functools.cache
def _signer_words() -> str:
    return alternation(load_table("piece_signers.csv").word)


@functools.cache
def _signer_before() -> re.Pattern:
    return re.compile(rf"(?:\b|\A)(?i:{_signer_words()})\s+\Z")


@functools.cache
def _signer_after() -> re.Pattern:
    return re.compile(rf"\s+(?i:{_signer_words()})\b")


def tallied(text: str, lo: int, hi: int, how: str, entity: Entity) -> bool:
    """Whether a mention of ``entity`` at ``text[lo:hi]`` counts among the people of its family name: not when it
    signs the piece, nor when it is a role written as the title of the name that follows ("North Korean leader
    Kim Jong Un's sister": one mention of him, a possessor, not a subject and then a possessor), nor when it is the
    unnamed description in apposition to the name ("Kim Min-jae, an analyst in Seoul,": one person, named once)."""
    return how != "unnamed" and not signs_piece(text, lo, hi) and not (how == "description" and text.startswith(entity.surname, hi + 1))


def signs_piece(text: str, lo: int, hi: int) -> bool:
    """Whether the name at ``text[lo:hi]`` signs the article ("Reporter Kim Ji-hoon", "Kim Ye-won reporter =",
    ``data/piece_signers.csv``): its writer is no one it writes about, and takes no bare family name from them."""
    # The title may stand just before the mention or open it ("Reporter Kim Ji-hoon" read as one full name).
    head = text.find(" ", lo, hi)
    return any(_signer_before().search(text, max(0, at - 20), at) is not None for at in (lo, head + 1) if at > 0) or (
        _signer_after().match(text, hi) is not None)


@dataclass
class _Named:
    """The mentions of one person of a family name, of one gender: as :meth:`discourse.Account` weighs them."""

    first: int  # index of the first, among the mentions of the family name
    entity: Entity  # of the first
    subject: int  # how many are more than a possessor or object
    last: int  # index of the last
    last_start: int  # and its position


class SurnameTally:
    """The mentions of one family name, summed per person and gender as they are added.

    An article that names "Kim" thousands of times asks who each bare "Kim"
    is thousands of times: the sums answer from the few people of the name,
    not from every mention before.
    """

    def __init__(self):
        self.named: dict[tuple[str, str], _Named] = {}  # (name key, gender) -> sums
        self.count = 0
        self.last_start = -1  # the furthest start of a mention added

    def add(self, m: Mention) -> None:
        e = m.entity
        n = self.named.get((V.name_key(e.name), e.gender))
        if n is None:
            n = self.named[(V.name_key(e.name), e.gender)] = _Named(self.count, e, 0, 0, 0)
        n.subject += not m.oblique
        n.last, n.last_start = self.count, m.start
        self.count += 1
        self.last_start = max(self.last_start, m.start)

    def best(self, gender: str) -> Entity | None:
        """The person of the name named most often as more than a possessor or object; of equals, introduced first."""
        if len(self.named) == 1:  # one person of one gender, as most family names are: nothing to weigh
            ((_, g), n), = self.named.items()
            return None if gender and g and g != gender else n.entity
        # "Ms Kim": of namesakes, the one the article has shown to be a woman, over one whose gender it never gives.
        known = bool(gender) and any(g == gender for _, g in self.named)
        seen: dict[str, _Named] = {}  # name key -> sums over the genders that fit, in order of first mention
        for (key, g), n in sorted(self.named.items(), key=lambda kv: kv[1].first):
            if gender and g != gender and (g or known):
                continue
            s = seen.get(key)
            if s is None:
                seen[key] = _Named(n.first, n.entity, n.subject, n.last, n.last_start)
                continue
            s.subject += n.subject
            if n.last > s.last:
                s.last, s.last_start = n.last, n.last_start
        if not seen:
            return None
        # Someone the article names by the family name alone ("a trader who gave only her surname, Kim") owns it: the
        # writer gives any other person of the name more than it.
        seen = {k: n for k, n in seen.items() if " " not in n.entity.name} or seen
        # Of namesakes named as often, the one introduced first: a namesake named once in passing
        # does not take the bare name from the person the article was already about.
        return max(seen.values(), key=lambda x: (x.subject, -x.first)).entity
