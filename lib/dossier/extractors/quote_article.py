"""One article as its quotes are read: its masked text, its sentences, and who its sentences name.

Quoted words are masked with '#' (:func:`~dossier.text.quote_marks.mask`), so that a name inside a
quote is never its speaker.  :class:`Article` finds what each sentence
attributes when first asked, resolves a name, pronoun or description to
the speaker it stands for (through :mod:`~dossier.extractors.discourse`'s
account), and names the media the article presents as sources of words.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import NamedTuple

from ..text.quote_marks import Marked, find_marked, mask
from . import discourse
from .back_references import VOICES_OF_BODIES, body_spoken_for, document_author, full_name_before, introduced_before
from .speakers import (
    Attribution,
    MaskedText,
    anaphor_refers,
    canonical,
    channel_state,
    outlet_channel,
    speaker_affiliation,
    speaker_kind,
)
from .mention_forms import vocabulary_entity
from .mention_vocab import government_of_official, home_bodies, key, pronouns, titles
from .speaker_vocab import document_noun, medium_voices, owned_document, owner_length, possessive_genders
from .unnamed_people import introduced_speaker, member_of_group, picks_member, unnamed_since


class Sentence(NamedTuple):
    """Where a sentence of the article stands: its paragraph, its number, its offsets in the text."""

    paragraph: int
    sentence: int
    start: int
    end: int


class Said(NamedTuple):
    """A resolved attribution: who, as written, and the cue."""

    speaker: str | None
    speaker_text: str | None
    cue: str | None
    pos: int


NOBODY = Said(None, None, None, -1)  # no attribution found
_OF_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?\Z")
# "His remarks were carried by …": a person's words, named by a possessive opening the sentence.
_POSSESSIVE_START = re.compile(r"\s*([Hh]is|[Hh]er)\s")
_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
_DESCRIBED_REACH = 80  # "carried by North Korea's state-run outlet …": a few words may stand between
_PRONOUN_REACH = 10  # "in it", "through it": the word right before
_POS = operator.attrgetter("pos")
_FIRST = operator.itemgetter(0)


class Article:
    """An article's text, masked text, sentences and what its sentences attribute."""

    def __init__(self, aid: str, text: str, source, sents: list[Sentence]):
        self.aid, self.text = aid, text
        self.marked = find_marked(text)
        self.masked = mask(text, self.marked)
        self.scan = MaskedText(self.masked)
        self.sents = sents
        self.starts = [s.start for s in self.sents]
        self.source = source
        self.outlet = outlet_channel(source)
        self.bounds: dict[int, tuple[int, int]] = {}  # of each quote's sentences by its opening, see sentence_bounds
        self.worth = self.scan.may_attribute([(s.start, s.end) for s in self.sents])  # False: attributes nothing
        self.found: dict[int, list[Attribution]] = {}  # what each sentence attributes, see attributions_of
        self.said: dict[int, list[Said]] = {}  # the speakers each sentence names, see said_of
        self.reading = 0  # said_of calls under way, one inside the other
        self.sent_media: dict[int, list[tuple[int, str]]] = {}  # see media_of
        self.dprk_state: dict[str, bool] = {}  # see of_dprk_state
        self.remarks: dict[int, str | None] = {}  # see remarks_of
        self.named: dict[Attribution, Said] = {}  # attributions resolved without an antecedent, see resolve
        # Sentences one after the other: the subjects before a position are those of the sentences before its own,
        # and of its own before it, a subject's sentence is the one it was found in, and a paragraph's sentences
        # stand together.
        self.in_order = all(
            a.start < b.start and a.end <= b.start and a.sentence < b.sentence and a.paragraph <= b.paragraph
            for a, b in zip(self.sents, self.sents[1:])
        )

    @functools.cached_property
    def reversed(self) -> str:
        """The masked text backwards, for searching back from a position (only one-word names need it)."""
        return self.masked[::-1]

    @functools.cached_property
    def account(self) -> discourse.Account:
        """Who is who in the article (:mod:`dossier.discourse`), read from the masked text."""
        return discourse.account(self.masked, self.starts, scan=self.scan, home_state=discourse.home_state(self.text, self.source))

    def entity_of(self, start: int, end: int) -> discourse.Entity | None:
        """The person, body or medium that ``masked[start:end]`` stands for in the account."""
        return self.account.resolve(start, end)

    def media_named(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """``(offset, channel)`` of every medium presented as the source of words in ``text[lo:hi]``.

        Media named ("KCNA reported") and media described ("the agency
        said", "carried by state media") alike.
        """
        named = self.scan.channel_mentions(lo, hi)
        described = self.described_media
        i = bisect.bisect_left(described, (lo,))
        if i < len(described) and described[i][0] < hi:
            taken = {p for p, _ in named}
            for start, end, name, reach in described[i:bisect.bisect_left(described, (hi,))]:
                if start not in taken and self.scan.reports_at(start, end, lo, hi, reach):
                    named.append((start, name))
            named.sort()
        return named

    def media_of(self, i: int) -> list[tuple[int, str]]:
        """:meth:`media_named` of sentence ``i``, found when first asked: the channel readers ask again and again.

        The list is shared: not to be changed.
        """
        media = self.sent_media.get(i)
        if media is None:
            s = self.sents[i]
            media = self.sent_media[i] = self.media_named(s.start, s.end)
        return media

    @functools.cached_property
    def described_media(self) -> list[tuple[int, int, str, int]]:
        """``(start, end, channel, reach)`` of the media the article describes rather than names ("the agency", "state
        media", "it"), with how far before the mention a word presenting it as the source of words may be: a pronoun's
        is right before it ("in it"), never a few words before ("carried by North Korea's state media")."""
        return [(m.start, m.end, m.entity.name, _PRONOUN_REACH if m.how == "pronoun" else _DESCRIBED_REACH)
                for m in self.account.mentions
                if m.how in ("medium", "description", "pronoun") and m.entity is not None and m.entity.kind == "medium"]

    def group_of(self, speaker: str | None) -> str:
        """The group of a canonical speaker: the account's, else the vocabularies'."""
        if not speaker:
            return "other"
        e = self.account.entity(speaker)
        if e is not None:
            return e.group
        aff = speaker_affiliation(speaker)
        return {"dprk_state": "dprk_official", "russia_state": "russia_official"}.get(aff, "other")

    def of_dprk_state(self, speaker: str | None) -> bool:
        """Whether ``speaker`` speaks for the DPRK's state: by the vocabularies, by title, or by a DPRK medium relaying them."""
        if not speaker:
            return False
        # Asked for each quote and each relaying sentence; the answer depends on the speaker only.
        known = self.dprk_state.get(speaker)
        if known is None:
            known = self.dprk_state[speaker] = (
                speaker_affiliation(speaker) == "dprk_state"
                or discourse.group_state(self.group_of(speaker)) == "dprk"
                or (self.stateless(speaker) and speaker in self.dprk_relayed)
            )
        return known

    def stateless(self, speaker: str) -> bool:
        """Whether nothing but a relay can tell which state ``speaker`` speaks for (no vocabulary, title or medium does)."""
        e = self.account.entity(speaker)
        if e is None:
            return speaker_affiliation(speaker) == "other" and outlet_channel(speaker) is None and speaker_kind(speaker) == "person"
        return e.kind != "medium" and not e.state and e.group in ("other", "other_official")

    @functools.cached_property
    def dprk_relayed(self) -> set[str]:
        """Speakers whose words a sentence of the article relays through a DPRK state medium named in it."""
        out = set()
        for k in self.relaying_any:
            if any(channel_state(ch) == "dprk_state" for _, ch in self.media_of(k)):
                out.update(x.speaker for x in self.said_of(k) if x.speaker and self.stateless(x.speaker))
        return out

    @functools.cached_property
    def relaying_any(self) -> list[int]:
        """The sentences that present a medium, named or described, as the source of words."""
        # Also a sentence that names no speaker after one that does, in its paragraph ("…, a Ukrinform
        # correspondent reports."): it may relay the words of the sentence before (quote_channels.relays).
        sents, worth = self.sents, self.worth
        return [i for i in range(len(sents)) if (worth[i] or self.remarks_of(i) or (
            i and worth[i - 1] and sents[i - 1].paragraph == sents[i].paragraph)) and self.media_of(i)]

    def remarks_of(self, i: int) -> str | None:
        """Whose words sentence ``i`` speaks of without a verb of saying, when it names a document of words.

        The first person or body it names as more than a possessor or object
        ("Kim made the remarks at a rally, according to KCNA"), or the person
        a possessive opening it stands for ("His comments were carried by state TV").
        """
        if i in self.remarks:
            return self.remarks[i]
        s, at = self.sents[i], self.documents_at
        k = bisect.bisect_left(at, s.start)
        who = self.remarks[i] = self._remarks_of(i, s) if k < len(at) and at[k] < s.end else None
        return who

    @functools.cached_property
    def documents_at(self) -> list[int]:
        """Offsets of the words of the masked text that name a document of words (``speaker_vocab.document_words``)."""
        return self.scan.words_of("document")

    def _remarks_of(self, i: int, s: Sentence) -> str | None:
        first = next((m.entity for m in self.account.between(s.start, s.end)
                      if m.entity is not None and not m.oblique and m.entity.kind in ("person", "body")), None)
        if first is None and (his := _POSSESSIVE_START.match(self.masked, s.start, s.end)):
            return self.antecedent("person", s.start, i, "m" if his.group(1).lower() == "his" else "f")
        return first.name if first is not None else None

    @functools.cached_property
    def dprk_sources(self) -> list[tuple[int, str]]:
        """``(sentence, channel)`` of the sentences naming a DPRK state medium as the source of words ("…, KCNA reported")."""
        first = ((k, next((ch for _, ch in self.media_of(k) if channel_state(ch) == "dprk_state"), None)) for k in self.relaying_any)
        return [(k, ch) for k, ch in first if ch is not None]

    @functools.cached_property
    def persons(self) -> list[tuple[int, str, str]]:
        return self.scan.person_mentions()

    @functools.cached_property
    def media(self) -> list[tuple[int, str]]:
        return self.scan.channel_mentions(0, len(self.text), reporting_only=False)

    def gender_fits(self, speaker: str, gender: str) -> bool:
        """Whether ``speaker`` may be called by a pronoun of ``gender`` (an unknown gender fits either)."""
        if not gender:
            return True
        e = self.account.entity(speaker)
        return e is None or e.kind == "person" and e.gender in ("", gender)

    def subject_of(self, lo: int, hi: int, media: bool = True) -> Said | None:
        """The first person or body ``masked[lo:hi]`` names as more than a possessor or object: a sentence's subject.

        With ``media`` False a medium is passed over (it relays, it does not speak).
        """
        for m in self.account.between(lo, hi):
            if m.surface.isupper() and len(m.surface) > 4:
                continue  # a dateline: "PYONGYANG, Oct. 7 (Yonhap) --"
            e = m.entity
            if e is None or (e.kind == "medium" and not media):
                continue
            if m.oblique and not owned_document().match(self.masked, m.end):
                continue  # a possessor or object; but "Kim's speeches refer to “…”" is Kim's
            if e.kind in ("person", "body") or (media and e.kind == "medium"):
                return Said(e.name, m.surface, None, m.start)
        return None

    def is_person(self, speaker: str | None) -> bool:
        """Whether a canonical speaker is a person, by the account, else by the vocabularies."""
        e = self.account.entity(speaker) if speaker else None
        return bool(speaker) and (e.kind == "person" if e is not None else speaker_kind(speaker) == "person")

    def is_medium(self, speaker: str | None) -> bool:
        """Whether a canonical speaker is a medium (it relays words rather than speaks them)."""
        e = self.account.entity(speaker) if speaker else None
        return bool(speaker) and ((e is not None and e.kind == "medium") or outlet_channel(speaker) is not None)

    def sent_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def attributions_before(self, q: Marked) -> list[Attribution]:
        """The attributions of the sentence where ``q`` opens, before its opening mark.

        Only a passive's agent runs over a masked quote ("called “heroes” by Kim"), so those of
        the sentence that start, or whose verb starts, before the mark are the ones found up to it.
        """
        i = self.sent_at(q.parts[0][0])
        s = self.sents[i]
        if not s.start <= q.open_at <= s.end or self.masked[q.open_at] != "#":
            return self.scan.attributions(s.start, q.open_at)
        return [a for a in self.attributions_of(i) if a.start < q.open_at or a.cue_start < q.open_at < a.start]

    def attributions_of(self, i: int) -> list[Attribution]:
        """What sentence ``i`` attributes (:meth:`MaskedText.attributions`), found when first asked for."""
        found = self.found.get(i)
        if found is None:
            found = self.found[i] = self.scan.attributions(self.sents[i].start, self.sents[i].end) if self.worth[i] else []
        return found

    def said_of(self, i: int) -> list[Said]:
        """The speakers sentence ``i`` names, in order, resolved as if the sentences were read one by one from the first.

        An anaphor ("he") stands for a speaker of the sentences before its
        own.  Worked out only when a quote needs it, directly or through an
        anaphor or a channel: most sentences of an article are never asked
        about.
        """
        said = self.said.get(i)
        if said is not None:
            return said
        if self.reading > 16 and i not in self.said:  # a long chain of anaphors: settle the earlier sentences in order
            for j in range(i):
                self.said_of(j)
        self.reading += 1
        s = self.sents[i]
        said = [self.resolve(a, i) for a in self.attributions_of(i) if a.speaker_text]
        if self.worth[i]:
            said += [Said(canonical(who, "group"), who, "according to", pos) for pos, who in self.scan.according_to(s.start, s.end)]
        self.said[i] = said = sorted((x for x in said if x.speaker), key=_POS)
        self.reading -= 1
        return said

    def subjects_before(self, pos: int, upto: int | None = None, down_to: int = 0):
        """The speakers named before ``pos``, the last first: the subjects of the sentences before ``upto`` (all when None).

        Sentences in order are read back one at a time, none before
        ``down_to``; otherwise every sentence is read and their subjects
        sorted, as the article's subjects in order of position.
        """
        if not self.in_order:
            every = sorted((x for k in range(len(self.sents) if upto is None else upto) for x in self.said_of(k)), key=_POS)
            yield from (x for x in reversed(every) if x.pos < pos)
            return
        first = self.sent_at(pos) if upto is None else upto - 1
        for k in range(first, down_to - 1, -1):
            for x in reversed(self.said_of(k)):
                if x.pos < pos:
                    yield x

    def resolve(self, a: Attribution, sentence: int | None = None) -> Said:
        """Who ``a`` names; an anaphor found reading ``sentence`` stands for a speaker of the sentences before it only."""
        said = self.named.get(a)
        if said is not None:  # a quote's attribution was mostly resolved already when its sentence was read
            return said
        if picks_member(self, a):  # "one of the officials", "another official"
            return self.named.setdefault(a, Said(member_of_group(self, a), a.speaker_text, a.cue, a.start))
        entity = self.entity_of(a.start, a.start + len(a.speaker_text))
        end = a.start + len(a.speaker_text)
        if a.how == "anaphor" and (author := document_author(self, a)) is not None:  # "a letter from Kim, in which he"
            return Said(author, a.speaker_text, a.cue, a.start)
        if (unnamed := unnamed_since(self, a, entity)) is not None:  # "A Ukrainian commander told Reuters … he said"
            return Said(unnamed, a.speaker_text, a.cue, a.start)
        if a.how == "anaphor" and anaphor_refers(a.speaker_text) == "speaker" and (sayer := self._sayer_of_document(a, entity)):
            return Said(sayer, a.speaker_text, a.cue, a.start)
        if a.how == "name" and entity is not None and entity.kind != "person" and (last := self.account.mention_at(end - 1)):
            # "Chief of the General Staff Valery Gerasimov said": the person the name ends with, not the body of the title.
            entity = last.entity if last.end == end and last.entity is not None and last.entity.kind == "person" else entity
        if a.how == "owned" and entity is not None and self._owner_only(a):
            # "Putin's spokesman": the owner does not speak, the one he owns does; "Russia's top diplomat": the
            # holder of that role in the owner's state, when the article has named one.
            entity = self._role_of_owner(a, entity)
        if entity is None or entity.kind != "person":
            # "Rep. Park of the ruling Democratic Party said": the person, not the party, speaks; before the whole
            # of the party's name ("National Unification" of "the Korea Institute for National Unification").
            named = self.account.mention_at(a.start, a.start + len(a.speaker_text))
            at = min(a.start, named.start) if named is not None else a.start
            of = _OF_BODY.search(self.masked, max(0, at - 40), at)
            if of is not None:
                owner = self.account.mention_at(of.start() - 1)
                if owner is not None and owner.end == of.start() and owner.entity is not None and owner.entity.kind != "medium":
                    entity = owner.entity
        if entity is not None:
            said = Said(entity.name, a.speaker_text, a.cue, a.start)
        elif a.how == "group" and (government := government_of_official(a.speaker_text)) is not None:
            said = Said(government, a.speaker_text, a.cue, a.start)  # "a senior Russian official": Russia's government
        else:
            refers = anaphor_refers(a.speaker_text) if a.how == "anaphor" else None
            if refers == "channel" and self._report(a):
                # A report no medium near it names is not a medium's; but "the agency" after "Ukraine's military
                # intelligence agency" (a body, no medium) is that body.
                noun = a.speaker_text.rsplit(None, 1)[-1].lower()
                body = next((m.entity.name for m in reversed(self.account.between(0, a.start)) if m.entity is not None
                             and m.entity.kind == "body" and m.surface.lower().endswith(f" {noun}")), None)
                return Said(body, a.speaker_text, a.cue, a.start)
            if refers is not None:
                # "Lavrov and Choe held talks. Afterwards, she said": never a person of the other gender.
                gender = (pronouns().get(k := a.speaker_text.lower()) or possessive_genders().get(k, "")) if refers == "person" else ""
                return Said(self.antecedent(refers, a.start, sentence, gender), a.speaker_text, a.cue, a.start)
            if a.how == "owned" and key(a.speaker_text[owner_length(a.speaker_text):].split(None, 1)[-1]) in titles():
                # "the ministry's spokesperson", no ministry named before: a role is no one's name.
                return Said(None, a.speaker_text, a.cue, a.start)
            if a.how == "group" and (named := introduced_before(self.masked, a.speaker_text, a.start)) is not None:
                # "the official" after "a senior U.S. official": whom that official speaks for, as it would be read there.
                return Said(introduced_speaker(self, a, named), a.speaker_text, a.cue, a.start)
            if key(_ARTICLE.sub("", a.speaker_text)) in medium_voices():
                # "the narrator said": who speaks a medium's own words on air, the medium named last.
                return Said(self.antecedent("channel", a.start), a.speaker_text, a.cue, a.start)
            i = self.sent_at(a.start)  # "A spokesperson said": for the body its sentence or the one before names
            body = body_spoken_for(a.speaker_text, lambda: self.account.between(
                self.sents[i - (i > 0 and self.sents[i - 1].paragraph == self.sents[i].paragraph)].start, a.start)) if a.how == "group" else None
            said = Said(body or self.surname(a.speaker_text, a.start) or canonical(a.speaker_text, a.how), a.speaker_text, a.cue, a.start)
        self.named[a] = said
        return said

    def _sayer_of_document(self, a: Attribution, entity: discourse.Entity | None) -> str | None:
        """ "Ukraine's military said in a statement … “…,” the statement said": who said the words in the document, in
        the sentence before that named it, when the account names no one there."""
        at = max((m.start() for m in document_noun(a.speaker_text.rsplit(None, 1)[-1].lower()).finditer(self.masked, 0, a.start)), default=-1)
        if at < 0 or (k := self.sent_at(at)) >= self.sent_at(a.start):
            return None
        if entity is not None and any(m.entity is not None and m.entity.name == entity.name for m in self.account.between(
                self.sents[k].start, self.sents[k].end)):
            return None  # "Kim Yo Jong issued a statement": the account's
        said = [x.speaker for x in self.said_of(k) if x.pos < at and not self.is_medium(x.speaker)]
        return said[-1] if said else None

    def _voice_of_body(self, x: Said) -> bool:
        """Whether ``x`` is a body's words through an unnamed spokesperson or official: "the spokesman said"."""
        if x.speaker_text:
            title = titles().get(key(x.speaker_text.split()[-1]))
            if title is not None and title.role in VOICES_OF_BODIES:
                return True
        e = self.account.entity(x.speaker)
        return e is not None and e.kind == "body" and not e.roles.isdisjoint(VOICES_OF_BODIES)

    def _person_between(self, lo: int, hi: int) -> bool:
        """Whether the article names a person in ``text[lo:hi]``."""
        i = bisect.bisect_right(self.persons, lo, key=_FIRST)
        return i < len(self.persons) and self.persons[i][0] < hi

    def _report(self, a: Attribution) -> bool:
        """Whether the account read ``a``'s subject as a medium's report ("the report") and found no medium for it."""
        m = self.account.mention_at(a.start, a.start + len(a.speaker_text))
        return m is not None and m.how == "medium" and m.entity is None and (m.start, m.end) == (a.start, a.start + len(a.speaker_text))

    def _role_of_owner(self, a: Attribution, owner: discourse.Entity) -> discourse.Entity | None:
        """The holder, in ``owner``'s state, of the role ``a`` owns ("Russia's top diplomat"), if the article named one;
        or the relative it names ("Kim's younger sister")."""
        owned = a.speaker_text[owner_length(a.speaker_text):].split(None, 1)  # "'s", "top diplomat"
        if owner.kind == "medium" and len(owned) == 2 and key(owned[-1]) in medium_voices():
            return owner  # "KCTV's announcer": the medium's own words
        if len(owned) == 2 and (relative := self.account.relative(owner, key(owned[-1]).split()[-1])) is not None:
            return relative  # "Kim Jong Un's powerful sister"
        if len(owned) == 2 and key(owned[-1]) == "office" and "president" in owner.roles and (
                office := home_bodies().get("president's office", {}).get(owner.state)) is not None:
            return vocabulary_entity(office)  # "Zelenskiy's office": the presidency of the president's state
        title = titles().get(key(owned[-1])) if len(owned) == 2 else None
        if owner.kind == "body" and title is not None and title.role in VOICES_OF_BODIES:
            return owner  # "the ministry's spokesperson": unnamed, the body speaks
        if title is None or not title.role or not owner.state:
            return None
        return self.account.holder(title.role, a.start, owner.state)

    def _owner_only(self, a: Attribution) -> bool:
        """Whether the account's mention of an owned subject ("Putin's spokesman") names only its owner ("Putin")."""
        m = self.account.mention_at(a.start, a.start + len(a.speaker_text))
        return m is not None and m.end <= a.start + owner_length(a.speaker_text)

    def surname(self, name: str, pos: int) -> str | None:
        """A one-word name stands for the last person named in full with it: "Kim" after "Kim Yo Jong"."""
        if len(name.split()) != 1 or speaker_kind(canonical(name, "name")) != "person":
            return None
        full = full_name_before(self.masked, self.reversed, name, pos)
        return canonical(full, "name") if full is not None else None

    def antecedent(self, refers: str, pos: int, sentence: int | None = None, gender: str = "") -> str | None:
        if refers == "channel":
            return next((ch for p, ch in reversed(self.media) if p < pos), None)
        if refers == "speaker":
            return next((x.speaker for x in self.subjects_before(pos, sentence)), None)
        if refers == "thing":  # "Its Article 4 says": what the sentence before is about, else the last thing named
            lo = self.sents[max(0, self.sent_at(pos) - 1)].start
            e = next((m.entity for m in self.account.between(lo, pos) if m.entity is not None and not m.oblique
                      and m.entity.fits("n")), None) or self.account.last(pos, gender="n")
            return e.name if e is not None else None
        if refers == "body":
            return next((x.speaker for x in self.subjects_before(pos, sentence) if speaker_kind(x.speaker) == "body"), None)
        # A person: the last person quoted within the last few sentences, else the last one named.
        here = self.sent_at(pos)
        for x in self.subjects_before(pos, sentence, down_to=max(0, here - 2)):
            if here - self.sent_at(x.pos) > 2:
                break  # every subject before it is further back
            if speaker_kind(x.speaker) == "person" and self.gender_fits(x.speaker, gender):
                return x.speaker
            if x.speaker and self._voice_of_body(x) and not self._person_between(x.pos, pos):
                return x.speaker  # "the spokesman said ... He stressed": the unnamed spokesman, his body's voice
        named = bisect.bisect_left(self.persons, pos, key=_FIRST)
        return next((p for _, p, _ in reversed(self.persons[:named]) if self.gender_fits(p, gender)), None)


def sentence_bounds(art: Article, q: Marked) -> tuple[int, int]:
    """Start of the sentence where ``q`` opens, end of the sentence where it closes."""
    # Keyed by the opening mark, which opens one quote only (hashing the whole quote costs more than finding it).
    bounds = art.bounds.get(q.open_at)
    if bounds is None:
        bounds = art.bounds[q.open_at] = _find_sentence_bounds(art, q)
    return bounds


def _find_sentence_bounds(art: Article, q: Marked) -> tuple[int, int]:
    first = art.sents[art.sent_at(q.parts[0][0])]
    i = art.sent_at(q.parts[-1][1] - 1)
    last = art.sents[i]
    # "“Why wait?” he asked." is split after the question mark; the attribution belongs to the quote.
    if i + 1 < len(art.sents) and art.sents[i + 1].paragraph == last.paragraph:
        nxt = art.sents[i + 1]
        if art.text[nxt.start:nxt.end][:1].islower():
            last = nxt
    return first.start, max(last.end, q.close_at)
