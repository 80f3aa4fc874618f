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
- who a pronoun, description, surname or alias names is read by
  :mod:`~dossier.extractors.claims.claim_resolve`.

Every search is bounded: a fixed number of sentences back or ahead, and
patterns that try a fixed set of words at each position.  Each sentence is
read once, as far as its figures need (:mod:`~dossier.extractors.claims.claim_sentence`).
"""

from __future__ import annotations

import bisect
import functools
import re

from ...text.outlets import outlet_names
from .claim_questions import QUESTION
from .claim_backward import agent_words, crediting_sentence
from .claim_belief_carry import Credited, carried_belief, is_belief_claim
from .claim_further import adds_a_point
from .claim_impersonal import clause_impersonal
from .claim_release import (PUBLISHING_KINDS, issuing_body, others_account, own_document, own_evidence, release_claimant,
                            releasing_body)
from .claim_government_answers import answering_government
from .claim_own_groups import own_group_claim
from .claim_own_voice import home_body_claim
from .claim_our_bodies import state_body_not_turn
from .claim_turns import asks_questions, speaks_for_the_turn, turn_claim
from .claim_attribution import Attribution
from .claim_participles import WITH
from .claim_relatives import in_later_relative
from .claim_relays import RELAY_KINDS, relay_capable, relayed_body, span_holding
from .claim_relay_memory import RelayMemory
from .claim_quotation_speakers import QuotationSpeakers
from .claim_quoted_descriptions import names_a_described_body
from .claim_resolve import Claim
from .claim_sentence import derived, goes_on
from .claimant_names import FULL_NAME, claimant_aliases, cleaned, kind, normalise
from .claimant_written import as_named
from .claimant_phrases import descriptions
from .claimant_roles import quantified_group
from ..mentions.strikes import mentions_strike
from ..speech.office_holders import publication_day, titled_holder
from ..speech.speakers import channel_state, outlet_channel
from ...text.words import UPPER

_MAY_RELAY = RELAY_KINDS | {None}  # kinds of claimant that may pass on another's figure: None is one unknown
_REPORTING_BODIES = frozenset({"monitor", "think_tank"})  # kinds whose findings an article summarises at length
_STATES = frozenset({None, "government"})  # kinds of a claimant that is a state, or no body the vocabularies know


def _overlaps(a: Attribution | None, b: Attribution) -> bool:
    return a is not None and a.start < b.end and b.start < a.end


_NO_CLAIM = Claim(None, None)
# An aside that describes one person by age: ", a 30-year-old private,", ", a former soldier in his 40s,".
_AGED = re.compile(r",\s+an?\s+[^,]{0,40}?(?:\d+-year-old|\bin\s+(?:his|her)\s+(?:early\s+|late\s+|mid-)?\d0s)[^,]{0,40},")


@functools.lru_cache(maxsize=256)
def _passes_on(told: Claim, source: Claim) -> bool:
    """Whether ``told``, whose reporting verb opens the clause where ``source`` claims a figure, passes it on: a
    relay (lawmakers, a medium, a person no vocabulary knows), or a person the vocabularies know telling what a body
    found ("Umerov told the committee that the monitoring team had documented ..."); not a state's own assessment,
    which is the teller's who speaks for it ("Kirby said the United States now assessed ...")."""
    if relay_capable(told.claimant, told.claimant):
        return True
    found = kind(source.claimant)
    # A body no vocabulary knows counts as one when it is described, not named ("the monitoring team"): a name
    # might be a state's ("the U.S."), whose assessment its official's own.
    body = found not in _STATES or found is None and bool(source.claimant) and source.claimant.islower()
    return kind(told.claimant) == "person" and body and told.claimant != source.claimant


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


def _outlet_claimant(source: str | None) -> str | None:
    """The claimant an article's outlet is, when it publishes (a medium, a think tank, a monitor): its whole name's,
    else one named in it ("BBC News").  A state's body that issues its own release (the NIS, a ministry, a monitor
    states set up) is no outlet: "The NIS assesses that ..." in the NIS's release is the NIS's claim, as anywhere else.

    "The Moscow Times" and "The Japan Times" only hold the name of a place, whose government's figures their
    articles report: they are no government.
    """
    if not source:
        return None
    clean, aliases = cleaned(source), claimant_aliases()
    if clean in aliases or f"the {clean}" in aliases:
        outlet = aliases[clean if clean in aliases else f"the {clean}"]
    else:
        outlet = normalise(source)
    return outlet if outlet is not None and kind(outlet) in PUBLISHING_KINDS and releasing_body(source) is None else None


_OUTLET_KINDS = PUBLISHING_KINDS | {None}
_PERSON = frozenset({"person"})
_BODY_NAME = re.compile(rf"(?:the\s+)?{UPPER}[\w'’\-]*(?:\s+(?:of|the|for|and|{UPPER}[\w'’\-]*))+")  # capitalised words


class ArticleClaims(QuotationSpeakers):
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
    author : str, optional
        The article's byline: the head who signs a body's post in the first
        person states its figures (:func:`~dossier.extractors.claims.claim_release.release_claimant`).
    """

    def __init__(self, texts: list[str], starts: list[int] | None = None, source: str | None = None,
                 paragraphs: list[int] | None = None, author: str | None = None, published=None):
        super().__init__(texts, starts, source, paragraphs)
        self.day = publication_day(published)  # an office named by its title alone is its holder on this day
        self.own = own_claim(source)
        self._outlet = _outlet_claimant(source)  # "ISW assesses" in ISW's own report is the report's
        # "The agency has recorded ...": a body's release states its own claims; in its own briefing's transcript
        # its officials' turns are its.
        self._issuer = issuing_body(source)
        self._voice = release_claimant(source, author, texts)
        self._release = Claim(self._voice.claimant, source) if self._voice is not None else None
        self._outlet_names = frozenset(outlet_names(source))  # an outlet no vocabulary lists, by its own names
        self._memory = RelayMemory(self)  # the sources relays were said to pass on
        self._quotes: dict[tuple[int, tuple[int, int]], Claim | tuple[int, Attribution] | None] = {}
        self._claimed: tuple[int, Claim] | None = None  # the last figure's claim that names a claimant, and its sentence
        self._last_unclaimed = False  # whether the figure asked for last is no one's
        self._questions: bool | None = None  # whether a question's label opens a paragraph: read when first asked

    def _asks_questions(self) -> bool:
        """Whether the article is a transcript of questions (see :func:`~dossier.extractors.claims.claim_turns.asks_questions`)."""
        if self._questions is None:
            self._questions = asks_questions(self.texts, self._paragraphs, self._source)
        return self._questions

    def resolve(self, k: int, a: Attribution) -> Claim:
        """As :meth:`ArticleResolver.resolve`, but one of a group described by age is no body's, and a verb that
        reports for the sentence's lead subject is read as that subject where it stands."""
        if (lead := self._lead_of(k, a)) is not None:
            return self.resolve(k, lead)
        claim = super().resolve(k, a)
        if a.how == "verb":
            # "Two soldiers were captured. One, a 30-year-old private, said": one person among them, never the body
            # the group was last put near (the state holding them).
            end = a.start + len(a.text)
            # A person the group was read as (a prisoner of war, :mod:`~dossier.extractors.claims.claim_captives`) stays.
            aged = self.texts[k][end : end + 1] == "," and claim.claimant and _AGED.match(self.texts[k], end) and kind(
                claim.claimant) not in _MAY_RELAY | _PERSON and quantified_group(a.text) is not None
            if aged:
                return claim._replace(claimant=None)
        return claim

    def _lead_of(self, k: int, a: Attribution) -> Attribution | None:
        """The attribution of the subject named where sentence ``k`` starts, when ``a`` is a verb coordinated with
        its first ("Rep. Kim said the agency put ... and added that ...") and carries the subject's words but not
        where they stand, where the account of who is who cannot read them; else None."""
        text = self.texts[k]
        if a.how != "verb" or not a.text or text.startswith(a.text, a.start):
            return None
        return next((x for x in self.read(k).verbs if x.start < a.start and x.text == a.text and text.startswith(x.text, x.start)), None)

    # --- whose figure -------------------------------------------------------

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
        said = self.quotation_speaker(k, spans, quote)
        if said is None:
            return None
        speaker = self.resolve(*said)
        if speaker.claimant is None:
            return None
        read = self.read(k)
        lo, hi = bisect.bisect_left(read.starts, quote[0]), bisect.bisect_right(read.starts, quote[1])
        named = [a for a in read.found[lo:hi] if a.end <= quote[1] and (not a.anaphor or names_a_described_body(a))]
        for a in sorted(named, key=lambda a: abs(a.start - start)):
            source = self.resolve(k, a)
            if kind(source.claimant) not in (None, "unattributed") and source.claimant != speaker.claimant:
                return self._relayed(source, speaker)
        return said

    def _source_before_relay(self, k: int, a: Attribution) -> Claim | None:
        """The source a trailing cue's relay passes on: the subject of the sentence's first reporting verb, when the
        cue names a relay (a lawmaker, a medium) and that subject none; else None."""
        relay = self.resolve(k, a)
        if relay.claimant is None or not (relay_capable(relay.claimant, a.text) or relay_capable(a.claimant, a.text)):
            return None  # "the lawmaker" is a relay whoever the account says the lawmaker is
        verb = next((x for x in self.found(k) if x.how == "verb" and x.end <= a.start), None)
        if verb is None:
            return None
        source = self.resolve(k, verb)
        if source.claimant is None or relay_capable(source.claimant, verb.text):
            return None
        return self._relayed(source, relay)

    def _relayed(self, source: Claim, relay: Claim) -> Claim:
        if relay.claimant is None or relay.claimant == source.claimant:
            return source
        self._memory.remember(relay.claimant, source)
        return Claim(relayed_body(source.claimant, source.text, relay.claimant), source.text, relay.claimant)

    def _via_memory(self, k: int, a: Attribution, claim: Claim) -> Claim:
        # A relay named alone passes on the source it was last said to pass on; a lawmaker, what lawmakers did.
        if claim.claimant is None or kind(claim.claimant) not in _MAY_RELAY or not (
                relay_capable(claim.claimant, claim.text) or self._memory.is_lawmaker(claim.claimant)):
            return claim
        source = self._memory.recall(k, a, claim.claimant)
        return Claim(source.claimant, source.text, claim.claimant) if source else claim

    def claim(self, k: int, start: int, end: int, strike: bool = False) -> Claim:
        """Who claims the figure at ``start:end`` of sentence ``k``, and through whom.

        The outlet naming itself ("ISW assesses ..." in an ISW report) states
        the figure as its own; it passes on nothing it reports itself.  Asked
        in the order of the figures, a figure in a sentence naming no one
        that goes on from one claimed in the sentence before ("About 1,200
        of them have been killed") goes on with its claim; one that goes on
        from a figure no one claims ("perhaps 10,000 a day, down from a peak
        of 40,000") is no one's either.  ``strike``: the figure counts a strike's
        casualties, which an official who told of the strike in the sentence
        right before, in its paragraph, gives ("The governor said missiles hit
        two districts. Four people were killed").
        """
        found = self._claim(k, start, end)
        if is_belief_claim(found.claimant, found.text) and (carried := carried_belief(
                self.texts, self._paragraphs, k, Credited(self._claimed[0], self._claimed[1].claimant, self._claimed[1])
                if self._claimed is not None else None, self._last_credit)) is not None:
            found = carried  # "The agency estimates ... About 4,700 are believed to have been killed": the agency's
        if found.claimant is None and self._claimed is not None and self._claimed[0] >= k - 1 and not self.found(k):
            if (goes_on(self.texts[k], start, end) and not self._last_unclaimed) or self._findings_go_on(k):
                found = self._claimed[1]
        if strike and found.claimant is None and not self.found(k) and (told := self._told_the_strike(k)) is not None:
            found = told
        if found.claimant is None and not self.found(k) and (
                turn := turn_claim(self.texts, self._paragraphs, k, self._asks_questions, self._issuer, start)):
            found = turn  # "Q: Is it true that 2,000 ...", "MS. SINGH: Our assessment is that about 5,000 ..."
        elif found.text and speaks_for_the_turn(found, self.texts[0], self._source, self.texts[k]) and (
                turn := turn_claim(self.texts, self._paragraphs, k, self._asks_questions, self._issuer)) and not (
                state_body_not_turn(found.text, turn.claimant, self.texts[0], self._source, self.texts[k])):
            # "MR. KIM: Our military assesses that ...", "As the Secretary said, we assess ...": the official's body;
            # "according to our intelligence authorities" in a presidential adviser's turn: the state's service
            found = turn
        found = answering_government(found, self.texts, k, start, self._source)  # "The Government assesses", a minister's "we"
        if found.claimant is None and not self.found(k) and (told := own_group_claim(self.texts, k, start, self._source)):
            found = told  # "..., say our sappers" in a Ukrainian post: Ukrainian sappers
        if found.claimant is None and not self.found(k) and (credit := crediting_sentence(self.texts, self._paragraphs, k)):
            found = self._agent_claim(*credit) or found  # "... killing three. This was reported by the prosecutors."
        # "The Ministry of Defence" in a Russian outlet: Russia's; "our military intelligence" of no known state: no one's
        found = home_body_claim(found, self.texts[0] if self.texts else "", self._source, self.texts[k])
        if found.text and (holder := titled_holder(found.text, self.texts[0] if self.texts else "", self._source, self.day,
                                                   found.claimant, self.texts[k])):
            found = found._replace(claimant=normalise(holder) or holder)  # "South Korea's defence minister said"
        self._last_unclaimed = found.claimant is None
        if found.claimant is not None:
            self._claimed = (k, found)
        # A figure in quotation marks, or after a signer's "our soldiers have recorded", is another's account.
        if self._release is not None and not self._asks_questions() and self._own_voice(found, k) and not span_holding(
                self.read(k).spans, start, end) and not (self._voice.signed and others_account(self.texts[k], start)):
            return self._release  # the figure the body's own release states in its own voice
        outlet = self._outlet or self._unlisted_outlet(found)
        if outlet is None or outlet not in (found.claimant, found.via):
            return found
        if found.claimant == outlet:
            return self.own if found.via is None else Claim(found.via, None)
        return Claim(found.claimant, found.text)

    def _own_voice(self, found: Claim, k: int) -> bool:
        """Whether a body's release states ``found``'s figure in its own voice: credited to no one, to evidence it
        names by no one's name ("According to available data") or as its own ("according to our estimates"); not
        one credited to words no vocabulary knows ("according to the command"), which name another."""
        if found.claimant is None:
            return not found.text
        if own_document(found.text, found.claimant, tuple(self.texts[:k]), f"{self._voice.claimant} {self._source or ''}"):
            return True  # "According to the investigation, ..." in a prosecutor's own release: its own finding
        return kind(found.claimant) == "unattributed" and bool(found.text) and (normalise(found.text) is None or own_evidence(found.text))

    def _agent_claim(self, j: int, at: int) -> Claim | None:
        """The claim of the agent at offset ``at`` of sentence ``j`` ("This was stated by the head of HUR, Kyrylo
        Budanov"): the name set off after its title, else its words, when a vocabulary knows them or they are a
        person's full name; None otherwise."""
        parts = [p.strip() for p in agent_words(self.texts[j], at).rstrip(" .").split(",")]
        name = parts[1] if len(parts) > 1 else None  # "the head of the regional administration, Oleh Syniehubov"
        if name and (known := normalise(name)) is not None and kind(known) != "unattributed":
            return Claim(known, name)
        if name and FULL_NAME.fullmatch(name):
            return Claim(name, name)  # a person no vocabulary knows, named after the title
        known = normalise(parts[0])
        if known is not None and kind(known) != "unattributed":
            return Claim(known, parts[0])
        # "the Odesa Regional Military Administration": a body's proper name no vocabulary knows, as written.
        return Claim(as_named(parts[0]), parts[0]) if _BODY_NAME.fullmatch(parts[0]) else None

    def _unlisted_outlet(self, found: Claim) -> str | None:
        """The claimant or relay of ``found`` that is the article's own outlet by the name its source gives, when
        no vocabulary lists the outlet ("according to an investigation by Radio Liberty's Siberia.Realities
        project" in a Radio Liberty article)."""
        # A state body's own name is no outlet's ("Ministry of Foreign Affairs of Ukraine": its own transcript).
        return next((x for x in (found.claimant, found.via) if x and cleaned(x) in self._outlet_names
                     and kind(x) in _OUTLET_KINDS and x != self._issuer), None)

    def _told_the_strike(self, k: int) -> Claim | None:
        """The claim of the last reporting verb of sentence ``k - 1``, in ``k``'s paragraph, when that sentence tells
        of a strike: who gave the strike's toll in the sentence after it."""
        paragraphs = self._paragraphs
        if not k or paragraphs is None or paragraphs[k] != paragraphs[k - 1] or not mentions_strike(self.texts[k - 1]):
            return None
        verbs = self.read(k - 1).verbs
        told = self._credit(k - 1, verbs[-1], len(self.texts[k - 1])) if verbs else None
        return told if told is not None and told.claimant is not None else None

    def _last_credit(self, j: int) -> Credited | None:
        """The claim of sentence ``j``'s last attribution, else None."""
        found = self.read(j).found
        claim = self.resolve(j, found[-1]) if found else None
        return Credited(j, claim.claimant, claim) if claim is not None else None

    def _findings_go_on(self, k: int) -> bool:
        # "The team also says Pyongyang delivered at least 100 missiles ... More than 11,000 troops were sent": a
        # monitor's or think tank's findings go on in their paragraph, the figures after them its own.  A body's or
        # person's the vocabularies know go on into a sentence right after that adds a point ("The agency said ...
        # In addition, about 1,000 ..."), in the paragraph or the next: the writer's own words would not open so.
        # Words no vocabulary knows ("my government's services") are no claimant to carry on.
        paragraphs = self._paragraphs
        if paragraphs is None or self.read(k).spans:
            return False
        found = kind(self._claimed[1].claimant)
        if not self._last_unclaimed and found not in (None, "unattributed") and adds_a_point(self.texts[k]):
            return True
        return paragraphs[k] == paragraphs[k - 1] and found in _REPORTING_BODIES

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
            return Claim(imp.claimant, imp.text) if (imp := clause_impersonal(self.texts[k], read.impersonal, end)) else self.own
        if not read.narrating[0] or read.reported_after(start, end):
            # Only quotations' speakers named, or only clauses of their own after it: an impersonal passive's before it.
            return Claim(imp.claimant, imp.text) if (imp := clause_impersonal(self.texts[k], read.impersonal_before(start), end)) else self.own
        if all(a.start < start for a in read.found) and derived(self.texts[k], start, read.found):
            return self.own  # a conversion the writer draws from a figure claimed before it
        near = read.nearest_to(start, end)
        if near.how == "verb" and near.start <= start and end <= near.start + len(near.text) and self.texts[k].startswith(
                near.text, near.start):
            return self.own  # "the older of the two said": the figure is in who speaks, not what they claim
        if near.how == WITH and near.start >= end:
            # "… millions of shells, with Budanov saying …": the clause after "with" claims nothing before it.
            return Claim(imp.claimant, imp.text) if (imp := clause_impersonal(self.texts[k], read.impersonal, end)) else self.own
        if in_later_relative(self.texts[k], end, near):
            # "12 died when a missile that officials identified as a KN-23 struck": the clause claims its own words.
            before = [a for a in read.found if a.end <= start]
            if not before:
                return self.own
            near = before[-1]
        if near in read.compared_after(end):
            return self.own  # "9 million, well above the Pentagon's estimate", and no one else named: the outlet's
        if read.clause_between(near, start):
            return self.own  # the figure is claimed by a subject of its own clause that names no one read
        claim = self._credit(k, near, start)
        return claim if claim.claimant is not None or self.own.claimant is None else self.own

    def _credit(self, k: int, a: Attribution, start: int) -> Claim:
        """The claim of attribution ``a`` of sentence ``k`` for a figure at ``start``, relays read."""
        read = self.read(k)
        if a.how == QUESTION:
            return Claim(a.claimant, a.text)  # the asker's own question: the one who answers passes nothing on
        if a.how == "cue" and a.start > start and (relayed := self._source_before_relay(k, a)) is not None:
            return relayed  # "The NIS said ..., enough for up to 12 million shells, according to the lawmaker"
        if a.how == "verb" and kind(a.claimant) in _STATES and not a.anaphor and self.assesses(k, a) and (teller := read.teller_of(a)):
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
            # "The agency believes ..., Park told reporters, citing the agency's report": one who cites the figure's
            # own source passes it on, however far the citing stands from the figure.
            for link in read.links_near(a):
                # The source named as a relay word's object ("citing X", "briefed by X"); a subject that briefed
                # its audience ("The NIS briefed lawmakers, adding ...") is the figure's own claimant, relayed by no one.
                if link.source is None or link.relay is None or link.source.how != "cue":
                    continue
                if self.resolve(k, link.source).claimant != claim.claimant:
                    continue
                if relay_capable((told := self.resolve(k, link.relay)).claimant, told.text):
                    return self._relayed(claim, told)
            # "Park told reporters that the agency believes ...", "The agency estimates ..., the lawmakers said."
            teller = read.relay_around(a, start)
            # A pronoun's teller is asked by the name it stands for.
            if teller is not None and _passes_on(told := self.resolve(k, teller), claim):
                return self._relayed(claim, told)
        elif a.how == "cue":
            before = read.verb_before(a, start)
            if before is not None:
                source = self.resolve(k, before)
                if source.claimant and not relay_capable(source.claimant, before.text):
                    return self._relayed(source, claim)
        return self._via_memory(k, a, claim)
