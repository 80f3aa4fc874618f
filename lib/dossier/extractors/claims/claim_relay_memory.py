"""What a relay named alone passes on: the source it was last said to pass on, and for lawmakers, any lawmaker's.

A relay that passed on a source's figures once ("Park, citing the NIS, said") passes on that source when named
alone later ("Park added that ..."), as does one that a relay word said passes it on in a sentence before ("Lawmakers
briefed by the NIS ... The lawmakers said"). Lawmakers relay together: the figures of a closed briefing reach the
press through the lawmakers who heard it, so in an article where a lawmaker passed on a body's figures, "the
lawmakers" or another lawmaker (a person the account gives the role: "Rep. Park", "he" for him) who names no other
source passes on that body's figures too, when they are of its state and give no view of their own: a lawmaker
of another state ("In Kyiv, Ukrainian lawmaker Ivan Marchenko said": a nationality word before the name, a capital
opening the clause, else the state the article is written from) heard no such briefing, and one who says what he
believes ("said he believed", "estimated") gives his own figure.
"""

from __future__ import annotations

import functools
import re

from .claim_article import BACK
from .claim_attribution import Attribution, Claim
from .claim_place_frame import framing_state
from .claim_reader import ArticleReader
from .claimant_names import cleaned, kind
from .claimant_nationals import LONGEST_NATIONALITY
from .claimant_phrases import PRONOUNS
from ..mentions.claimant_vocab import claimant_cues
from ..mentions.mention_vocab import by_name, group_state, nationalities
from ...text.words import alternation

_LAWMAKERS = "lawmakers"  # the kind of claimant of data/claimants.csv
_LAWMAKER = "lawmaker"  # the role of data/titles.csv
_CLAUSE = re.compile(r"[,;:.!?\"“”]")  # what opens the clause of the words before a name


@functools.cache
def _own_view() -> re.Pattern:
    # "said he personally believed ...": the speaker's own judgement, right after the verb of saying.
    assessing = alternation(claimant_cues("assessing"))
    return re.compile(rf"\s+(?:that\s+)?(?:{alternation(PRONOUNS)})\s+(?:\w+ly\s+)?(?:{assessing})\b", re.IGNORECASE)


def _nationality(words: list[str]) -> str | None:
    """The state of the first nationality word among ``words`` (lower case), else None."""
    for i in range(len(words)):
        for n in range(min(LONGEST_NATIONALITY, len(words) - i), 0, -1):
            if (state := nationalities().get(" ".join(words[i:i + n]))) is not None:
                return state
    return None


class RelayMemory:
    """The sources one article's relays were said to pass on, as its figures are read in order."""

    def __init__(self, article: ArticleReader):
        self._article = article
        self._sources: dict[str, Claim] = {}  # relay -> the source it was last said to pass on
        self._passed: list[tuple[str, Claim]] = []  # (relay, source) in the order they were said

    def is_lawmaker(self, claimant: str | None) -> bool:
        """Whether ``claimant`` is lawmakers, or a person the article's account gives the role of a lawmaker."""
        if claimant is None:
            return False
        entity = self._article.named_entity(claimant)
        return kind(claimant) == _LAWMAKERS or (entity is not None and _LAWMAKER in entity.roles)

    def remember(self, relay: str, source: Claim) -> None:
        self._sources[relay] = source
        self._passed.append((relay, source))

    def _lawmakers(self) -> Claim | None:
        """The source a lawmaker passed on last, else None: told only when a lawmaker is named alone, since telling
        who is a lawmaker reads the article's account, which most articles never need."""
        return next((source for relay, source in reversed(self._passed) if self.is_lawmaker(relay)), None)

    def recall(self, k: int, a: Attribution, relay: str) -> Claim | None:
        """The source that ``relay``, named alone by ``a`` of sentence ``k``, passes on; None when no one said it
        passes one."""
        if (source := self._sources.get(relay) or self._said_before(k, relay)) is not None:
            return source
        return self._shared(k, a, relay)

    def _shared(self, k: int, a: Attribution, relay: str) -> Claim | None:
        """The source another lawmaker passed on, when ``relay``, named by ``a``, passes it on too: a lawmaker of the
        state of the body they passed on, who gives no view of their own; else None."""
        if not self._passed or not self.is_lawmaker(relay) or (lawmakers := self._lawmakers()) is None:
            return None
        article = self._article
        if article.assesses(k, a) or _own_view().match(article.texts[k], a.end):
            return None
        known = by_name().get(lawmakers.claimant or "")
        body_state = group_state(known.group) if known is not None else ""
        return lawmakers if not body_state or self._state(k, a, relay) in ("", body_state) else None

    def _state(self, k: int, a: Attribution, relay: str) -> str:
        """The state of the lawmaker ``relay`` named by ``a``: the account's, a nationality word in the words of ``a``
        or of its clause before them, the capital opening the clause, else the state the article is written from."""
        article = self._article
        text = article.texts[k]
        entity = article.named_entity(relay)
        opening = max((m.end() for m in _CLAUSE.finditer(text, 0, a.start)), default=0)
        return ((entity.state if entity is not None else "") or _nationality(cleaned(text[opening:a.end]).split())
                or framing_state(text, a.start) or article.written_from)

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
