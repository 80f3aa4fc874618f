"""One article as its claims are read: its sentences, their attributions, and the claimants they name.

A sentence is read when first asked for (:class:`~dossier.extractors.claims.claim_sentence.SentenceReading`).  The
claimant a word refers back to is the last one named before it, a few sentences back at most
(:meth:`ClaimArticle.last_named`), or the first named after it (:meth:`ClaimArticle.next_named`); a body named
without its state and a person are who the article's account of who is who (:mod:`dossier.discourse`) reads them
as.  Who an attribution names is :mod:`~dossier.extractors.claims.claim_resolve`'s.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Callable, NamedTuple

from ...text.datelines import in_dateline
from .claim_attribution import Attribution
from .claim_mentions import NamedClaimant, named_claimants
from .claim_sentence import WINDOW, SentenceReading
from .claimant_names import kind, normalise
from ..mentions.discourse import Account, account
from ..mentions.mention_forms import Entity
from ..mentions.mention_vocab import home_bodies, home_state, person_pronouns
from ...text.plain_text import holds_any, needles
from ..mentions.speaker_vocab import possessive_genders
from ..speech.disputed_names import name_marks_blanked

BACK = 12  # sentences searched back for what a pronoun, description or surname refers to
# A pronoun and its verb set off inside a clause: a comma after the clause's opening words, and one after the verb
# and perhaps its audience ("The leader, he told reporters, had agreed").
_PARENTHETICAL_BEFORE = re.compile(r"^\S[^,;:]{0,80},\s*$")
_PARENTHETICAL_AFTER = re.compile(r"(?:\s+[\w'’]+){0,3}\s*,\s")  # not the comma of "3,000"
_AHEAD = 3  # sentences searched ahead for a description's body named after it


@functools.cache
def _home_needles() -> tuple[str, ...]:
    # What a sentence naming a body without its state must hold.
    return needles(home_bodies())


def _article_text(texts: list[str], starts: list[int] | None) -> tuple[str, list[int]]:
    """The article's text rebuilt from its sentences, and where each starts in it."""
    if starts is None or any(b < a + len(t) for a, b, t in zip(starts, starts[1:], texts)):
        starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    parts, at = [], 0
    for start, text in zip(starts, texts):
        parts.append(" " * (start - at) + text)
        at = start + len(text)
    return "".join(parts), list(starts)


class NamedPerson(NamedTuple):
    """A person named in full: the sentence, where the name stands in it and the canonical name."""

    sentence: int
    start: int
    end: int
    name: str


class ClaimArticle:
    """One article's sentences as its claims are read: their attributions, the claimants they name, and who is who.

    Parameters
    ----------
    texts : list of str
        The article's sentences in order.
    starts : list of int, optional
        Where each sentence starts in the article's text; the sentences are
        laid out at those offsets for the account of who is who
        (:mod:`dossier.discourse`), else one space apart.
    source : str, optional
        The article's outlet, whose home state a body named without its state
        belongs to ("the Defense Ministry" in a Yonhap dispatch).
    paragraphs : list of int, optional
        The paragraph of each sentence.
    """

    def __init__(self, texts: list[str], starts: list[int] | None = None, source: str | None = None,
                 paragraphs: list[int] | None = None):
        # A disputed name in marks (the so-called "MSMT", its "report") is read as the name it is.
        self.texts = [name_marks_blanked(t) for t in texts]
        self._paragraphs = paragraphs
        self._source = source
        self._starts = starts
        self._account: Account | None = None  # built on first need: most figures need no person resolved
        self._base: list[int] = []
        self._read: dict[int, SentenceReading] = {}
        self._mentions: dict[tuple[int, frozenset[str]], list[NamedClaimant]] = {}
        self._contexts: dict[frozenset[str], bool] = {}
        self._lower: str | None = None

    def read(self, k: int) -> SentenceReading:
        if k not in self._read:
            self._read[k] = SentenceReading(self.texts[k])
        return self._read[k]

    def found(self, k: int) -> list[Attribution]:
        """The attributions of sentence ``k``."""
        return self.read(k).found

    # --- who a mention is -------------------------------------------------

    def in_context(self, words: frozenset[str]) -> bool:
        if words not in self._contexts:
            if self._lower is None:
                self._lower = " ".join(self.texts).lower()
            self._contexts[words] = any(re.search(rf"\b{re.escape(w)}\b", self._lower) for w in words)
        return self._contexts[words]

    def _mentions_of(self, j: int, kinds: frozenset[str]) -> list[NamedClaimant]:
        """The claimants of ``kinds`` named in sentence ``j``: those the vocabularies know, and bodies named without
        their state as the account reads them (people are the account's)."""
        if (j, kinds) not in self._mentions:
            found = named_claimants(self.texts[j], kinds)
            if holds_any(self.texts[j].lower(), _home_needles()):
                found = sorted(found + self._home_named(j, kinds))
            self._mentions[j, kinds] = found
        return self._mentions[j, kinds]

    def _home_named(self, j: int, kinds: frozenset[str]) -> list[NamedClaimant]:
        """Bodies of ``kinds`` named in sentence ``j`` without their state ("the defense ministry said"), each the body
        the account reads it as: "the ministry" after it is that body."""
        found, starts = self._located()
        base, out = starts[j], []
        for m in found.between(base, base + len(self.texts[j])):
            if m.how == "home" and m.entity is not None:
                name = normalise(m.entity.name) or m.entity.name
                if kind(name) in kinds:
                    out.append(NamedClaimant(m.start - base, m.end - base, name, kind(name)))
        return out

    def last_named(self, k: int, before: int, kinds: frozenset[str], proper: bool = False, credited_only: bool = False) -> tuple[str, str] | None:
        """The claimant of one of ``kinds`` that a word at offset ``before`` of sentence ``k`` refers back to.

        The last one named before it in its own sentence; else, in the
        nearest sentence before that names one, the first credited with
        something there ("…, according to Western officials"), else the
        first named (a sentence's subject comes first, and is what "it" in
        the next one most often means: "The NIS briefed lawmakers in Seoul.
        It estimated ...").  With ``proper`` (a description: "the think
        tank"), a body named by its name goes before a group named by a
        common noun ("Analysts at RUSI ..."). With ``credited_only`` ("the same source"), only one credited with
        something counts, not one named since ("Reuters could not verify it")."""
        for j in range(k, max(-1, k - BACK), -1):
            fitting = [m for m in self._mentions_of(j, kinds) if j < k or m.start < before]
            if proper and len(fitting) > 1:
                fitting = [m for m in fitting if not m.claimant.islower()] or fitting
            if len(fitting) > 1 and fitting[0].start == 0:
                # "KYIV — Ukraine's military intelligence said ...": the dateline's city names where the article is
                # written from, a body named after it is who was named.
                text = self.texts[j]
                fitting = [m for m in fitting if not in_dateline(text, m.start, m.end)] or fitting
            if fitting:
                if j == k and not credited_only:
                    m = fitting[-1]
                else:  # "… in Russia's war against Ukraine, according to Western officials": not Ukraine
                    credited = [x for x in fitting if any(a.start <= x.start and x.end <= a.end for a in self.found(j))]
                    if credited_only and not credited:
                        continue
                    m = (credited or fitting)[0]
                return m.claimant, self.texts[j][m.start : m.end]
        return None

    def next_named(self, k: int, after: int, kinds: frozenset[str]) -> tuple[str, str] | None:
        """The first claimant of one of ``kinds`` named after offset ``after`` of sentence ``k``, a few sentences on.

        A lead that names its source by description only ("..., the spy agency
        said") names it in a paragraph that follows ("The National Intelligence
        Service told lawmakers ..."); only a description with nothing before
        it to refer to is read so."""
        for j in range(k, min(len(self.texts), k + 1 + _AHEAD)):
            fitting = [m for m in self._mentions_of(j, kinds) if j > k or m.start >= after]
            if fitting:
                return fitting[0].claimant, self.texts[j][fitting[0].start : fitting[0].end]
        return None

    def prior(
        self, k: int, a: Attribution, keep: Callable[[Attribution], bool] = lambda x: True, previous: int = 0,
        back: int = 1, unquoted: bool = False,
    ) -> tuple[int, Attribution] | None:
        """The sentence and attribution just before ``a`` of sentence ``k``: the last one before it in its sentence
        that ``keep`` accepts, else one of the nearest sentence before in its paragraph that holds one, ``back``
        sentences back at most (its first, or with ``previous`` -1 its last).  With ``unquoted``, none whose words
        start inside a quotation counts: "“As Putin told Kim, …,” he said" quotes what Putin told."""
        def fits(j: int, x: Attribution) -> bool:
            return not unquoted or not any(s <= x.start < e for s, e in self.read(j).spans)

        before = [x for x in self.found(k) if x.end <= a.start and keep(x) and fits(k, x)]
        if before:
            return k, before[-1]
        for j in range(k - 1, max(-1, k - 1 - back), -1):
            if not self.same_paragraph(j, k):
                return None
            if found := [x for x in self.found(j) if fits(j, x)]:
                return j, found[previous]
        return None

    def same_paragraph(self, j: int, k: int) -> bool:
        """Whether sentences ``j`` and ``k`` are in one paragraph (when the paragraphs are not known, they are)."""
        return self._paragraphs is None or self._paragraphs[j] == self._paragraphs[k]

    @functools.cached_property
    def written_from(self) -> str:
        return home_state(self.texts[0], self._source) if self.texts else ""

    def person(self, k: int, a: Attribution) -> str | None:
        """The name of the person the words of ``a`` stand for, by the article's account of who is who."""
        entity = self.entity(k, a)
        return entity.name if entity is not None and entity.kind == "person" else None

    def person_outside_host(self, k: int, a: Attribution) -> str | None:
        """The person a pronoun set off inside its sentence's clause stands for ("The leader, he said, had agreed"):
        not the clause's own subject before it, whom the account may take, but the person named last before that.

        None when ``a`` is no such aside or the account reads the pronoun as someone not named before it there."""
        text = self.texts[k]
        if not _PARENTHETICAL_BEFORE.search(text, 0, a.start) or not _PARENTHETICAL_AFTER.match(text, a.end):
            return None
        host = self.entity(k, a)
        found, base = self._located()
        if host is None or host.kind != "person" or all(m.entity is not host for m in found.between(base[k], base[k] + a.start)):
            return None
        gender = person_pronouns().get(a.text.strip().lower(), "")
        for m in reversed(found.between(max(0, base[max(0, k - BACK)]), base[k])):
            e = m.entity
            if e is not None and e is not host and e.kind == "person" and (not e.gender or not gender or e.gender == gender):
                return e.name
        return None

    def people_named(self, k: int, before: int) -> list[NamedPerson]:
        """The people named in full (not by pronoun, surname or role) before offset ``before`` of sentence ``k``."""
        starts, people = self._people
        return people[:bisect.bisect_left(starts, self._located()[1][k] + before)]

    @functools.cached_property
    def _people(self) -> tuple[list[int], list[NamedPerson]]:
        # Every person named in full and where the name starts in the article's text, in order: read once, as a
        # title of a body may be asked after many times.
        found, base = self._located()
        starts, people = [], []
        for m in found.mentions:
            if m.how in ("full", "alias") and m.entity is not None and m.entity.kind == "person":
                j = bisect.bisect_right(base, m.start) - 1
                starts.append(m.start)
                people.append(NamedPerson(j, m.start - base[j], m.end - base[j], m.entity.name))
        return starts, people

    def mentions_of(self, entity: Entity, j: int, lo: int, k: int, hi: int) -> list[tuple[int, int]]:
        """(sentence, offset) of each mention of ``entity`` from offset ``lo`` of sentence ``j`` to ``hi`` of ``k``."""
        found, base = self._located()
        return [(i, m.start - base[i]) for m in found.between(base[j] + lo, base[k] + hi) if m.entity is entity
                for i in [bisect.bisect_right(base, m.start) - 1]]

    def named_entity(self, name: str) -> Entity | None:
        """The article's entity of the canonical ``name``, by its account of who is who; None if it names none."""
        return self._located()[0].entity(name)

    def entity(self, k: int, a: Attribution) -> Entity | None:
        """The entity the words of ``a`` stand for, by the article's account of who is who."""
        text = self.texts[k]
        lo = text.find(a.text, a.start, a.start + len(a.text) + WINDOW)
        if lo < 0:
            return None
        found, base = self._located()
        if (hit := found.resolve(base[k] + lo, base[k] + lo + len(a.text))) is None and a.how == "noun":
            # "By his count", "In her view": the last person of its gender named before, whether or not they spoke.
            hit = found.last(base[k] + lo, kind="person", gender=g) if (g := possessive_genders().get(a.text.lower())) in ("m", "f") else None
        return hit

    def _located(self) -> tuple[Account, list[int]]:
        """The article's account of who is who, and where each sentence starts in its text: read when first asked
        for, since most articles' claims never need it."""
        if self._account is None:
            article, self._base = _article_text(self.texts, self._starts)
            self._account = account(article, self._base, home_state=self.written_from)
        return self._account, self._base
