"""Who claims a figure, read across its article: the source, and the relay that passes it on.

:mod:`dossier.estimate_claimants` finds the attributions of one sentence;
here they are read the way news credits a figure:

- a figure inside a quotation is its speaker's; a source the speaker names
  inside it ("The NIS assesses ...," Park said) is the source, the speaker
  the relay;
- a relay passes on a source's figure: "lawmakers briefed by the NIS",
  "Park, citing the agency, said", "Western officials, cited by The Times",
  "Budanov told Bloomberg", "It estimated ..., according to lawmakers";
  a relay keeps its source for the rest of the article ("the lawmakers
  said" later);
- a pronoun or a description ("it", "the spy agency", "the team") is the
  last claimant named before it of a kind it can refer to
  (``data/claimant_descriptions.csv``); a bare surname is the full name
  written earlier;
- an alias that needs context ("the South") names its claimant only in an
  article holding one of its context words (``data/claimants.csv``).

Every search is bounded: a fixed number of sentences back or ahead, and
patterns that try a fixed set of words at each position.  Each sentence is
read once, as far as its figures need (:mod:`~dossier.extractors.claim_sentence`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

from .claim_relays import RELAY_KINDS, relay_capable, relayed_body, span_holding
from .claim_mentions import NamedClaimant, named_claimants
from .claim_sentence import NEIGHBOURS, WINDOW, SentenceReading, goes_on
from .claimant_names import as_named, claimant_cues, cleaned, context_words, kind, normalise
from .claimant_phrases import (
    OBJECT_PRONOUNS, PRONOUNS, as_written, descriptions, needs_account, refers_back, unnamed_in_place,
)
from .claimant_roles import body_inside, describes_official, description_homes
from .estimate_claimants import Attribution, nearest
from .discourse import Account, account
from .mention_forms import Entity
from .mention_vocab import home_bodies, home_state
from .plain_text import holds_any, needles
from .speakers import channel_state, outlet_channel

_BACK = 12  # sentences searched back for what a pronoun, description or surname refers to
_AHEAD = 3  # sentences searched ahead for the speaker of a quotation left open
_MAY_RELAY = RELAY_KINDS | {None}  # kinds of claimant that may pass on another's figure: None is one unknown
_REPORTING_BODIES = frozenset({"monitor", "think_tank"})  # kinds whose findings an article summarises at length
_PERSON_PRONOUNS = frozenset({"he", "she"})
_MEDIA_KINDS = frozenset({"news_media", "state_media"})
_STATES = frozenset({None, "government"})  # kinds of a claimant that is a state, or no body the vocabularies know
_MARK_GAP = 4  # characters between a closing quotation mark and the attribution it ends with ('," she said')


class Claim(NamedTuple):
    """Who claims a figure: the canonical claimant, the words naming it, and the relay passing it on."""

    claimant: str | None
    text: str | None
    via: str | None = None


def _overlaps(a: Attribution | None, b: Attribution) -> bool:
    return a is not None and a.start < b.end and b.start < a.end


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


_NO_CLAIM = Claim(None, None)


@functools.lru_cache(maxsize=256)
def own_claim(source: str | None) -> Claim:
    """Who claims the figures an article states itself, by its outlet: no one but for a DPRK state medium.

    A Western wire or a think tank stating a figure is the outlet's own
    reporting, left without a claimant; a DPRK state medium's text is the
    state's own word, and what it states is its claim ("the nine fallen
    soldiers of the regiment" in a KCNA report: KCNA's).
    """
    channel = outlet_channel(source)
    if channel is None or channel_state(channel) != "dprk_state":
        return _NO_CLAIM
    return Claim(normalise(channel) or channel, source)


class ArticleClaims:
    """The claims of one article's sentences, worked out only for the sentences that hold figures.

    Parameters
    ----------
    texts : list of str
        The article's sentences in order.
    starts : list of int, optional
        Where each sentence starts in the article's text; the sentences are
        laid out at those offsets for the account of who is who
        (:mod:`dossier.discourse`), else one space apart.
    source : str, optional
        The article's outlet: a DPRK state medium's own figures are its claims
        (see :func:`own_claim`).
    paragraphs : list of int, optional
        The paragraph of each sentence: a report's findings go on in its
        paragraph (see :meth:`claim`).
    """

    def __init__(self, texts: list[str], starts: list[int] | None = None, source: str | None = None,
                 paragraphs: list[int] | None = None):
        self.texts = texts
        self._paragraphs = paragraphs
        self.own = own_claim(source)
        self._source = source
        self._outlet = normalise(source) if source else None  # "ISW assesses" in ISW's own report is the report's
        self._starts = starts
        self._account: Account | None = None  # built on first need: most figures need no person resolved
        self._base: list[int] = []
        self._read: dict[int, SentenceReading] = {}
        self._mentions: dict[tuple[int, frozenset[str]], list[NamedClaimant]] = {}
        self._contexts: dict[frozenset[str], bool] = {}
        self._sources: dict[str, Claim] = {}  # relay -> the source it was last said to pass on
        self._resolved: dict[tuple[int, int, int, str], Claim] = {}
        self._quotes: dict[tuple[int, tuple[int, int]], Claim | tuple[int, Attribution] | None] = {}
        self._lower: str | None = None
        self._claimed: tuple[int, Claim] | None = None  # the last figure's claim that names a claimant, and its sentence

    def read(self, k: int) -> SentenceReading:
        if k not in self._read:
            self._read[k] = SentenceReading(self.texts[k])
        return self._read[k]

    def found(self, k: int) -> list[Attribution]:
        """The attributions of sentence ``k``."""
        return self.read(k).found

    # --- who a mention is -------------------------------------------------

    def _in_context(self, words: frozenset[str]) -> bool:
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

    def _last_named(self, k: int, before: int, kinds: frozenset[str], proper: bool = False) -> tuple[str, str] | None:
        """The claimant of one of ``kinds`` that a word at offset ``before`` of sentence ``k`` refers back to.

        The last one named before it in its own sentence; else, in the
        nearest sentence before that names one, the first credited with
        something there ("…, according to Western officials"), else the
        first named (a sentence's subject comes first, and is what "it" in
        the next one most often means: "The NIS briefed lawmakers in Seoul.
        It estimated ...").  With ``proper`` (a description: "the think
        tank"), a body named by its name goes before a group named by a
        common noun ("Analysts at RUSI ...").
        """
        for j in range(k, max(-1, k - _BACK), -1):
            fitting = [m for m in self._mentions_of(j, kinds) if j < k or m.start < before]
            if proper and len(fitting) > 1:
                fitting = [m for m in fitting if not m.claimant.islower()] or fitting
            if fitting:
                if j == k:
                    m = fitting[-1]
                else:  # "… in Russia's war against Ukraine, according to Western officials": not Ukraine
                    credited = [x for x in fitting if any(a.start <= x.start and x.end <= a.end for a in self.found(j))]
                    m = (credited or fitting)[0]
                return m.claimant, self.texts[j][m.start : m.end]
        return None

    def _next_named(self, k: int, after: int, kinds: frozenset[str]) -> tuple[str, str] | None:
        """The first claimant of one of ``kinds`` named after offset ``after`` of sentence ``k``, a few sentences on.

        A lead that names its source by description only ("..., the spy agency
        said") names it in a paragraph that follows ("The National Intelligence
        Service told lawmakers ..."); only a description with nothing before
        it to refer to is read so.
        """
        for j in range(k, min(len(self.texts), k + 1 + _AHEAD)):
            fitting = [m for m in self._mentions_of(j, kinds) if j > k or m.start >= after]
            if fitting:
                return fitting[0].claimant, self.texts[j][fitting[0].start : fitting[0].end]
        return None

    def resolve(self, k: int, a: Attribution) -> Claim:
        """Who the attribution ``a`` of sentence ``k`` names: pronouns, descriptions, surnames and context resolved."""
        key = (k, a.start, a.end, a.how)  # cheaper to hash than the attribution, and as unique in a sentence
        found = self._resolved.get(key)
        if found is None:  # a sentence's figures often share an attribution
            found = self._resolved[key] = self._resolve(k, a)
        return found

    def _resolve(self, k: int, a: Attribution) -> Claim:
        text = a.text
        if not a.anaphor and a.claimant and as_written(text, a.claimant):
            return Claim(a.claimant, text)  # most attributions: the same in any article
        clean = cleaned(text)
        clean = OBJECT_PRONOUNS.get(clean, clean)
        described = a.claimant and normalise(text) is None and clean in descriptions()
        kinds = descriptions().get(clean, frozenset()) if a.anaphor or described else frozenset()
        if kinds & _MEDIA_KINDS and self._assesses(k, a):
            kinds -= _MEDIA_KINDS  # "the agency believes ...": a medium reports; an intelligence agency assesses
        if (a.anaphor or described) and not kinds <= {"person"}:
            # A body's pronoun or description ("it", "the spy agency"): the account reads people only.
            found = self._last_named(k, a.start, kinds, proper=clean not in PRONOUNS)
            if found is None and clean not in PRONOUNS:  # a pronoun only refers back
                found = self._next_named(k, a.end, kinds)
            if found is None and not kinds & _MEDIA_KINDS and (home := description_homes().get(clean)):
                # "the spy agency told lawmakers" in a Seoul dispatch that never names it: the home state's.
                found = (claimant, text) if (claimant := home.get(self._home_state)) else None
            if found is None:
                return Claim(None if a.anaphor else a.claimant, text)
            return Claim(*found)  # written as where it is named
        claimant = a.claimant
        if claimant and refers_back(clean) and (person := self._person(k, a)) is not None:
            return Claim(normalise(person) or person, text)  # "the lawmaker added": the one given the title before
        if claimant and unnamed_in_place(claimant, clean, text):
            if (body := body_inside(clean)) is not None:
                return Claim(body, text)  # "a source in Ukraine's military intelligence": the agency
            if (e := self._entity(k, a)) and " in " in e.name:
                return Claim(e.name, text)  # "A source in North Hamgyong province told Daily NK", then "the source"
        if claimant and kind(claimant) is not None:
            words = context_words(text)
            if words and not self._in_context(words):
                claimant = as_named(text)
        elif claimant and clean in home_bodies() and (body := self._entity(k, a)) is not None and body.kind == "body":
            # "the Defense Ministry said" in a Yonhap or TASS dispatch: the ministry of the state it is written from.
            return Claim(normalise(body.name) or body.name, text)
        elif a.anaphor or (claimant and needs_account(claimant, clean)):
            if clean in _PERSON_PRONOUNS and (spoke := self._unnamed_before(k, a)) is not None:
                return spoke  # "The agency's chief said … He added": the body its unnamed official speaks for
            # A person's pronoun, role or surname ("he", "the minister", "Park"): who the account says.
            person = self._person(k, a)
            if person is not None:
                return Claim(normalise(person) or person, text)
            if a.anaphor:
                return Claim(None, text)
        return Claim(claimant, text)

    @functools.cached_property
    def _home_state(self) -> str:
        return home_state(self.texts[0], self._source) if self.texts else ""

    def _assesses(self, k: int, a: Attribution) -> bool:
        """Whether the verb of ``a`` is one of assessing ("believes", "estimated"), which no news medium is the subject of."""
        words = self.texts[k][a.start:a.end].split()
        return bool(words) and words[-1].lower().strip(",.") in claimant_cues("assessing")

    def _unnamed_before(self, k: int, a: Attribution) -> Claim | None:
        """The claim of an unnamed official who is the subject just before a person pronoun ``a`` of sentence ``k``.

        The attribution before ``a`` in its sentence, else the first of the
        sentence before in its paragraph, when its words describe an
        official without naming one ("the head of the spy agency", "a U.S.
        official") and credit a body.  The account knows only named people:
        it would give the pronoun to a person named further back.
        """
        before = [x for x in self.found(k) if x.end <= a.start]
        if before:
            j, prior = k, before[-1]
        elif k and (self._paragraphs is None or self._paragraphs[k] == self._paragraphs[k - 1]) and self.found(k - 1):
            j, prior = k - 1, self.found(k - 1)[0]
        else:
            return None
        # The attribution's whole span: its words may be only the owner ("The agency" of "The agency's chief said").
        if cleaned(prior.text) in PRONOUNS or not describes_official(self.texts[j][prior.start:prior.end]):
            return None
        claim = self.resolve(j, prior)
        return claim if claim.claimant is not None and kind(claim.claimant) != "person" else None

    def _person(self, k: int, a: Attribution) -> str | None:
        """The name of the person the words of ``a`` stand for, by the article's account of who is who."""
        entity = self._entity(k, a)
        return entity.name if entity is not None and entity.kind == "person" else None

    def _entity(self, k: int, a: Attribution) -> Entity | None:
        """The entity the words of ``a`` stand for, by the article's account of who is who."""
        text = self.texts[k]
        lo = text.find(a.text, a.start, a.start + len(a.text) + WINDOW)
        if lo < 0:
            return None
        found, base = self._located()
        return found.resolve(base[k] + lo, base[k] + lo + len(a.text))

    def _located(self) -> tuple[Account, list[int]]:
        """The article's account of who is who, and where each sentence starts in its text: read when first asked
        for, since most articles' claims never need it."""
        if self._account is None:
            article, self._base = _article_text(self.texts, self._starts)
            self._account = account(article, home_state=self._home_state)
        return self._account, self._base

    # --- whose figure -------------------------------------------------------

    def _speaker(self, k: int, spans: list[tuple[int, int]], quote: tuple[int, int]) -> tuple[int, Attribution] | None:
        """The sentence and attribution of a quotation's speaker.

        The attribution right after its closing mark ("...," Park said),
        else one before it in the sentence ("Kim told the crowd that "...""),
        else the nearest outside it; for a quotation left open at the
        sentence's end, the attribution after its close a few sentences on.
        """
        read, text = self.read(k), self.texts[k]
        # Only the attributions just about the quotation: those further off are never its speaker's.
        lo = bisect.bisect_left(read.verb_starts, quote[0])
        hi = bisect.bisect_left(read.verb_starts, quote[1])
        around = read.verbs[max(0, lo - NEIGHBOURS) : lo] + read.verbs[hi : hi + NEIGHBOURS]
        outside = [a for a in around if not span_holding(spans, a.start, a.end)]
        right_after = [a for a in outside if 0 <= a.start - quote[1] <= _MARK_GAP]
        before = [a for a in outside if a.end <= quote[0]]
        if right_after or before or outside:
            return k, (right_after or before[-1:] or [nearest(outside, *quote)])[0]
        if quote[1] < len(text):
            if quote[0] <= 1 and k > 0:
                # A quotation standing alone goes on from the one before it: its speaker's.
                prev = self.read(k - 1).spans
                if prev:
                    said = [a for a in self.read(k - 1).verbs if not span_holding(prev, a.start, a.end)]
                    return (k - 1, said[-1]) if said else None
            return None
        for j in range(k + 1, min(len(self.texts), k + 1 + _AHEAD)):
            later = self.read(j).spans
            if later and later[0][0] == 0:
                after = [a for a in self.read(j).verbs if a.start >= later[0][1]]
                return (j, after[0]) if after else None
        return None

    def _quoted(self, k: int, start: int, end: int) -> Claim | tuple[int, Attribution] | None:
        """For a figure inside a quotation: the source its speaker names in it, else the speaker's attribution."""
        spans = self.read(k).spans
        quote = span_holding(spans, start, end) if spans else None
        if quote is None:
            return None
        if (k, quote) not in self._quotes:  # the figures of one quotation have one speaker
            self._quotes[k, quote] = self._quoted_by(k, spans, quote, start)
        return self._quotes[k, quote]

    def _quoted_by(self, k: int, spans: list[tuple[int, int]], quote: tuple[int, int], start: int) -> Claim | tuple[int, Attribution] | None:
        said = self._speaker(k, spans, quote)
        if said is None:
            return None
        speaker = self.resolve(*said)
        if speaker.claimant is None:
            return None
        read = self.read(k)
        lo, hi = bisect.bisect_left(read.starts, quote[0]), bisect.bisect_right(read.starts, quote[1])
        named = [a for a in read.found[lo:hi] if a.end <= quote[1] and not a.anaphor]
        for a in sorted(named, key=lambda a: abs(a.start - start)):
            source = self.resolve(k, a)
            if kind(source.claimant) not in (None, "unattributed") and source.claimant != speaker.claimant:
                return self._relayed(source, speaker)
        return said

    def _relayed(self, source: Claim, relay: Claim) -> Claim:
        if relay.claimant is None or relay.claimant == source.claimant:
            return source
        self._sources[relay.claimant] = source
        return Claim(relayed_body(source.claimant, source.text, relay.claimant), source.text, relay.claimant)

    def _via_memory(self, k: int, claim: Claim) -> Claim:
        # A relay named alone passes on the source it was last said to pass on.
        if claim.claimant is None or kind(claim.claimant) not in _MAY_RELAY or not relay_capable(claim.claimant, claim.text):
            return claim
        source = self._sources.get(claim.claimant) or self._source_before(k, claim.claimant)
        return Claim(source.claimant, source.text, claim.claimant) if source else claim

    def _source_before(self, k: int, relay: str) -> Claim | None:
        """The source that a relay word said ``relay`` passes on, in the nearest sentence before ``k`` that says one."""
        for j in range(k - 1, max(-1, k - _BACK), -1):
            if not self.read(j).relay_words:
                continue
            for link in reversed(self.read(j).links):
                if link.source is not None and link.relay is not None and self.resolve(j, link.relay).claimant == relay:
                    return self.resolve(j, link.source)
        return None

    def claim(self, k: int, start: int, end: int) -> Claim:
        """Who claims the figure at ``start:end`` of sentence ``k``, and through whom.

        The outlet naming itself ("ISW assesses ..." in an ISW report) states
        the figure as its own; it passes on nothing it reports itself.  Asked
        in the order of the figures, a figure in a sentence naming no one
        that goes on from one claimed in the sentence before ("About 1,200
        of them have been killed") goes on with its claim.
        """
        found = self._claim(k, start, end)
        if found.claimant is None and self._claimed is not None and self._claimed[0] >= k - 1 and not self.found(k):
            if goes_on(self.texts[k], start, end) or self._findings_go_on(k):
                found = self._claimed[1]
        if found.claimant is not None:
            self._claimed = (k, found)
        if self._outlet is None or self._outlet not in (found.claimant, found.via):
            return found
        if found.claimant == self._outlet:
            return self.own if found.via is None else Claim(found.via, None)
        return Claim(found.claimant, found.text)

    def _findings_go_on(self, k: int) -> bool:
        # "The team also says Pyongyang delivered at least 100 missiles ... More than 11,000 troops were sent": a
        # monitor's or think tank's findings go on in their paragraph, the figures after them its own.
        paragraphs = self._paragraphs
        return (paragraphs is not None and paragraphs[k] == paragraphs[k - 1] and not self.read(k).spans
                and kind(self._claimed[1].claimant) in _REPORTING_BODIES)

    def _claim(self, k: int, start: int, end: int) -> Claim:
        read = self.read(k)
        quoted = self._quoted(k, start, end) if read.spans else None
        if isinstance(quoted, Claim):
            return quoted
        if quoted is not None:
            j, a = quoted
            return self._credit(j, a, start if j == k else len(self.texts[j]))
        if not read.found:
            # "The North is believed to have sent ...": only where the sentence names no one.
            return Claim(read.impersonal[0].claimant, read.impersonal[0].text) if read.impersonal else self.own
        if not read.narrating[0]:
            return self.own  # only quotations' speakers named: the narration is the outlet's
        claim = self._credit(k, read.nearest_to(start, end), start)
        return claim if claim.claimant is not None or self.own.claimant is None else self.own

    def _credit(self, k: int, a: Attribution, start: int) -> Claim:
        """The claim of attribution ``a`` of sentence ``k`` for a figure at ``start``, relays read."""
        read = self.read(k)
        if a.how == "verb" and kind(a.claimant) in _STATES and not a.anaphor and self._assesses(k, a) and (teller := read.teller_of(a)):
            # "Singh said the U.S. now assessed that ...": a state's assessment told by one speaking for it is theirs.
            told, claim = self.resolve(k, teller), self.resolve(k, a)
            stated = claim.claimant and kind(claim.claimant) in _STATES and cleaned(a.text) not in descriptions()
            if stated and told.claimant and not relay_capable(told.claimant, told.text):
                return told
        if read.plain:
            claim = self.resolve(k, a)
            if claim.claimant == a.claimant:  # not a description or a person the account names: maybe a relay
                return claim
        for link in read.links_near(a):
            source, relay = link.source, link.relay
            if source is None or relay is None:
                continue
            if _overlaps(a, source) or _overlaps(a, relay) or (a.how == "cue" and a.start <= link.end and link.start <= a.end):
                return self._relayed(self.resolve(k, source), self.resolve(k, relay))
        claim = self.resolve(k, a)
        if claim.claimant is None:
            return claim
        capable = relay_capable(claim.claimant, a.text)
        if not capable:
            # "It estimated ..., according to lawmakers": a source's figure passed on by a relay a cue names.
            cued = read.relay_cues_for(a)
            if cued:
                return self._relayed(claim, self.resolve(k, cued[0]))
            # "Park told reporters that the agency believes ...", "The agency estimates ..., the lawmakers said."
            teller = read.relay_around(a, start)
            # A pronoun's teller is asked by the name it stands for.
            if teller is not None and relay_capable((told := self.resolve(k, teller)).claimant, told.claimant):
                return self._relayed(claim, told)
        elif a.how == "cue":
            before = read.verb_before(a, start)
            if before is not None:
                source = self.resolve(k, before)
                if source.claimant and not relay_capable(source.claimant, before.text):
                    return self._relayed(source, claim)
        return self._via_memory(k, claim)

