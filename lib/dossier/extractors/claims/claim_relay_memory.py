"""What a relay named alone passes on: the source it was last said to pass on, and for lawmakers, any lawmaker's.

A relay that passed on a source's figures once ("Park, citing the NIS, said") passes on that source when named
alone later ("Park added that ..."), as does one that a relay word said passes it on in a sentence before ("Lawmakers
briefed by the NIS ... The lawmakers said"). Lawmakers relay together: the figures of a closed briefing reach the
press through the lawmakers who heard it, so in an article where a lawmaker passed on a body's figures, "the
lawmakers" or another lawmaker (a person the account gives the role: "Rep. Park", "he" for him) who names no other
source passes on that body's figures too.
"""

from __future__ import annotations

from typing import Protocol

from .claim_article import BACK
from .claim_attribution import Attribution
from .claim_resolve import Claim
from .claim_sentence import SentenceReading
from .claimant_names import kind
from ..mentions.mention_forms import Entity

_LAWMAKERS = "lawmakers"  # the kind of claimant of data/claimants.csv
_LAWMAKER = "lawmaker"  # the role of data/titles.csv


class _Article(Protocol):
    def read(self, k: int) -> SentenceReading: ...
    def resolve(self, k: int, a: Attribution) -> Claim: ...
    def named_entity(self, name: str) -> Entity | None: ...


class RelayMemory:
    """The sources one article's relays were said to pass on, as its figures are read in order."""

    def __init__(self, article: _Article):
        self._article = article
        self._sources: dict[str, Claim] = {}  # relay -> the source it was last said to pass on
        self._lawmakers: Claim | None = None  # the source a lawmaker passed on last

    def is_lawmaker(self, claimant: str | None) -> bool:
        """Whether ``claimant`` is lawmakers, or a person the article's account gives the role of a lawmaker."""
        if claimant is None:
            return False
        entity = self._article.named_entity(claimant)
        return kind(claimant) == _LAWMAKERS or (entity is not None and _LAWMAKER in entity.roles)

    def remember(self, relay: str, source: Claim) -> None:
        self._sources[relay] = source
        if self.is_lawmaker(relay):
            self._lawmakers = source

    def recall(self, k: int, relay: str) -> Claim | None:
        """The source that ``relay``, named alone in sentence ``k``, passes on; None when no one said it passes one."""
        return self._sources.get(relay) or self._said_before(k, relay) or (self._lawmakers if self.is_lawmaker(relay) else None)

    def _said_before(self, k: int, relay: str) -> Claim | None:
        """The source that a relay word said ``relay`` passes on, in the nearest sentence before ``k`` that says one."""
        article = self._article
        for j in range(k - 1, max(-1, k - BACK), -1):
            if not article.read(j).relay_words:
                continue
            for link in reversed(article.read(j).links):
                if link.source is not None and link.relay is not None and article.resolve(j, link.relay).claimant == relay:
                    return article.resolve(j, link.source)
        return None
