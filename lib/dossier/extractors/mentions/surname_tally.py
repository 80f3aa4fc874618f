"""Who a bare family name stands for, from sums kept as an article names people.

:meth:`dossier.extractors.mentions.discourse.Account` weighs the people of a family
name by how often the article names them as more than a possessor or object;
these sums answer from the few people of the name, not from every mention
before.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import mention_vocab as V
from .mention_forms import Entity, Mention

__all__ = ["SurnameTally"]


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
        """The person of the name named most often as more than a possessor or object; of equals, named last."""
        if len(self.named) == 1:  # one person of one gender, as most family names are: nothing to weigh
            ((_, g), n), = self.named.items()
            return None if gender and g and g != gender else n.entity
        seen: dict[str, _Named] = {}  # name key -> sums over the genders that fit, in order of first mention
        for (key, g), n in sorted(self.named.items(), key=lambda kv: kv[1].first):
            if gender and g and g != gender:
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
        return max(seen.values(), key=lambda x: (x.subject, x.last_start)).entity
