"""One article as its quotes are read: its masked text, its sentences, and who its sentences name.

Quoted words are masked with '#' (:func:`~dossier.text.quote_marks.mask`), so that a name inside a
quote is never its speaker.  :class:`Article` finds what each sentence
attributes when first asked, resolves a name, pronoun or description to
the speaker it stands for (through :mod:`~dossier.extractors.mentions.discourse`'s
account, in :mod:`~dossier.extractors.speech.quote_referents`), and names the media the article presents as sources of words.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import NamedTuple

from ...text.datelines import credited_outlet
from ...text.quote_marks import Marked, find_marked, mask
from ..mentions import discourse
from ..mentions.mention_vocab import key, titles
from ..mentions.styled_outlets import state_styled
from .according_pronouns import according_to_said
from .named_marks import names_one
from .cited_media import citations
from .disputed_names import disputed_names, unmask_names
from .formed_media import formed_media, media_hints, own_outlet
from .passive_agents import apposed_source, named_agent
from .office_holders import publication_day
from .quote_pieces import is_piece, issued_document, piece_source, topic_phrase, topic_words
from .quote_referents import Referents, Said
from .speakers import Attribution, MaskedText, channel_state, outlet_channel, speaker_affiliation, speaker_kind
from .unnamed_groups import group_without_place, official_body
from ..mentions.speaker_vocab import channel_aliases, document_issuer, document_nouns, owned_document
from ..mentions.channel_relays import carried_despite_denial, denied_after


class Sentence(NamedTuple):
    """Where a sentence of the article stands: its paragraph, its number, its offsets in the text."""

    paragraph: int
    sentence: int
    start: int
    end: int


# "His remarks were carried by …": a person's words, named by a possessive opening the sentence.
_POSSESSIVE_START = re.compile(r"\s*([Hh]is|[Hh]er)\s")
_WORD = re.compile(r"\w+")
_OF = re.compile(r"\bof\s")
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")  # "Jan Roe of the Warsaw Institute": where they work
_DESCRIBED_REACH = 80  # "carried by North Korea's state-run outlet …": a few words may stand between
_PRONOUN_REACH = 10  # "in it", "through it": the word right before
_PIECE_REACH = 20  # "in the editorial", "according to the report": the words right before
# The letters beyond ASCII whose lower case holds an ASCII letter: the Kelvin sign ("k"), the dotted capital I ("i"
# and a combining dot).
_NON_ASCII_TO_ASCII = ("\u212a", "\u0130")
_POS = operator.attrgetter("pos")
_FIRST = operator.itemgetter(0)


class Article(Referents):
    """An article's text, masked text, sentences and what its sentences attribute."""

    def __init__(self, aid: str, text: str, source, sents: list[Sentence], headings: dict[int, list[str]] | None = None,
                 author: str | None = None, published=None):
        self.aid, self.text = aid, text
        self.day = publication_day(published)  # an office named by its title alone is its holder on this day
        self.author = author if isinstance(author, str) else None  # the byline: who signs a post in the first person
        # Lines the reader took out of the text, by the offset of the paragraph they headed (articles.heading_offsets)
        self.headings = headings or {}
        self.marked = find_marked(text)
        # A disputed name in marks (the so-called "MSMT", its "report") still names who speaks.
        self.masked = unmask_names(text, mask(text, self.marked), disputed_names(text, self.marked))
        self.scan = MaskedText(self.masked)
        self.sents = sents
        self.starts = [s.start for s in self.sents]
        self.source = source
        # A state's body as the source, no medium (a statement of its League), prints the copy of the state's medium its
        # dateline credits: "Pyongyang, August 24 (KCNA) --" opens KCNA's dispatch of the statement.  A republisher
        # of a wire's copy is no outlet: the wire it credits is named like any other medium ("told Yonhap").
        self.outlet = outlet_channel(source) or (outlet_channel(credited_outlet(text)) if state_styled(source) else None)
        self.bounds: dict[int, tuple[int, int]] = {}  # of each quote's sentences by its opening, see quote_sentences.sentence_bounds
        self.worth = self.scan.may_attribute([(s.start, s.end) for s in self.sents])  # False: attributes nothing
        self.found: dict[int, list[Attribution]] = {}  # what each sentence attributes, see attributions_of
        self.said: dict[int, list[Said]] = {}  # the speakers each sentence names, see said_of
        self.reading = 0  # said_of calls under way, one inside the other
        self.sent_media: dict[int, list[tuple[int, str]]] = {}  # see media_of
        self.span_media: dict[tuple[int, int], list[tuple[int, str]]] = {}  # see media_named
        self.dprk_state: dict[str, bool] = {}  # see of_dprk_state
        self.remarks: dict[int, str | None] = {}  # see remarks_of
        self.quoted: dict[int, str | None] = {}  # whom a medium in each sentence quotes, see quote_channels
        self.named: dict[Attribution, Said] = {}  # attributions resolved without an antecedent, see resolve
        self.one_name_speakers: set[Said] = set()  # given by one name in their own clause: charted by no role, see resolve
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
        # (A name in marks that introduces someone is theirs for the account: "call sign “Vikhor,”", named_marks.)
        named = [q for q in self.marked if not names_one(self.text, q)]
        text, scan = (self.masked, self.scan) if len(named) == len(self.marked) else (mask(self.text, named), None)
        return discourse.account(text, self.starts, scan=scan, home_state=discourse.home_state(self.text, self.source))

    def entity_of(self, start: int, end: int) -> discourse.Entity | None:
        """The person, body or medium that ``masked[start:end]`` stands for in the account."""
        return self.account.resolve(start, end)

    def who_is(self, lo: int, who: str) -> tuple[str, discourse.Entity | None]:
        """``who``, written at ``lo``, and the entity it stands for in the account; but "a student in Pyongyang" and
        "one Western diplomat in Seoul" are the group, no entity, when the place is all the account names there:
        where they are, not whom they speak for (:func:`~dossier.extractors.speech.unnamed_groups.group_without_place`)."""
        entity = self.entity_of(lo, lo + len(who))
        if entity is not None and entity.kind != "person" and (last := self.account.mention_at(lo + len(who) - 1)) is not None and (
                last.end == lo + len(who) and not last.oblique and last.entity is not None and last.entity.kind == "person"):
            # "according to the Chief of the General Staff Valery Gerasimov": the person the words end with, not the
            # body of the title, however long its name.
            return who, last.entity
        if entity is not None and entity.kind != "person" and (first := self.account.mention_at(lo)) is not None and (
                first.start == lo and first.entity is not None and first.entity.kind == "person"
                and _AFFILIATION.match(self.masked, first.end)):
            # "according to Jan Roe of the Warsaw Institute (WI)": the person, the institution only where they work.
            return who[:first.end - lo], first.entity
        if entity is not None and (group := group_without_place(who)) is not None and (
                (m := self.account.mention_at(lo, lo + len(who))) is None or m.start >= lo + len(group)):
            return group, None
        return who, entity

    def media_named(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """``(offset, channel)`` of every medium presented as the source of words in ``text[lo:hi]``.

        Media named ("KCNA reported") and media described ("the agency
        said", "carried by state media") alike.  Found once per span (a
        quote's sentence is mostly one a relaying sentence was read for);
        the list returned is the caller's own.
        """
        media = self.span_media.get((lo, hi))
        if media is None:
            media = self.span_media[lo, hi] = self._media_named(lo, hi)
        return list(media)

    def _media_named(self, lo: int, hi: int) -> list[tuple[int, str]]:
        named = self.scan.channel_mentions(lo, hi)
        if formed := self._formed_media(lo, hi, named) + self._cited_media(lo, hi):
            named = sorted(named + formed)
        described = self.described_media
        i = bisect.bisect_left(described, (lo,))
        if i < len(described) and described[i][0] < hi:
            taken = {p for p, _ in named}
            for start, end, name, reach in described[i:bisect.bisect_left(described, (hi,))]:
                if start in taken:
                    continue
                if start in self.described_pieces:
                    # Words are "in" an editorial or "from" a report; "commented on the editorial" is its topic.
                    if not (self.scan.reports_at(start, end, lo, hi, 0)
                            or piece_source().search(self.masked, max(lo, start - _PIECE_REACH), start)):
                        continue
                elif not self.scan.reports_at(start, end, lo, hi, reach):
                    continue
                named.append((start, name))
            named.sort()
        if named and (topics := self.topic_spans):
            # "In response to the KCNA report, Koo said": the medium's piece is what the words answer, not their way.
            named = [(at, ch) for at, ch in named if not any(a < at < b for a, b in topics)]
        if named:
            named = [(at, ch) for at, ch in named if not self.denied(at)]
        return named

    def _formed_media(self, lo: int, hi: int, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """``(offset, name)`` of the media in ``text[lo:hi]`` that no vocabulary lists, known by the form of their name
        (:mod:`~dossier.extractors.speech.formed_media`: "told Czech Radio") and presented as the source of words;
        the article's own outlet aside, which prints its words and relays none ("…,” he told Radio Prague")."""
        found = []
        for f in formed_media(self.masked, lo, hi, self._media_hints):
            if any(f.start <= at < f.end for at, _ in named) or own_outlet(f.name, self.source):
                continue
            m = self.account.mention_at(f.start, f.end)
            if m is not None and m.entity is not None:
                continue  # a person, body or medium the account knows by this name
            if self.scan.reports_at(f.start, f.end, lo, hi):
                found.append((f.start, f.name))
        return found

    @functools.cached_property
    def _media_hints(self) -> list[int]:
        return media_hints(self.masked)

    def _cited_media(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """``(offset, channel)`` of the media cited in parentheses after quoted words in ``text[lo:hi]``
        (:mod:`~dossier.extractors.speech.cited_media`: "… “fair” (Interfax, March 3)."), known to the vocabularies or
        by the form of their name."""
        found = []
        for c in citations(self.masked, lo, hi):
            known = channel_aliases().get(key(c.name).removeprefix("the "))
            if known is not None:
                found.append((c.start, known.channel))
            elif (formed := formed_media(self.masked, c.start, c.end, self._media_hints)) and formed[0].end == c.end and not own_outlet(
                    formed[0].name, self.source):
                found.append((formed[0].start, formed[0].name))
        return found

    def denied(self, at: int) -> bool:
        """Whether the medium mentioned at ``at`` is said to have carried nothing: "State media has not reported the
        rotation" is no source of words, of that sentence's or of the quotes after it."""
        m = self.account.mention_at(at)
        # ("KCNA did not name the unit but reported that …": what it did not carry is not all it carried.)
        return m is not None and denied_after().match(self.masked, m.end) is not None and not carried_despite_denial(
            self.masked, m.end, len(self.masked))

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

    @functools.cached_property
    def topic_spans(self) -> list[tuple[int, int]]:
        """Where phrases that make a piece of words the topic of a sentence's words stand ("in response to the KCNA
        report"): a medium named there is no source (:func:`~dossier.extractors.speech.quote_pieces.topic_phrase`)."""
        # Most articles hold none, as their words, listed once, tell: then neither the lower case of the whole text
        # nor the pattern is needed.  The list lower-cases ASCII letters only: joined by a space, its words hold
        # every phrase (ASCII words one space apart) the lower case holds, but where a letter of
        # _NON_ASCII_TO_ASCII lower-cases to a phrase's.
        words = " ".join(self.scan.lower)
        if not any(phrase in words for phrase in topic_words()) and not any(c in words for c in _NON_ASCII_TO_ASCII):
            return []
        lowered = self.masked.lower()
        if not any(words in lowered for words in topic_words()):
            return []  # the pattern, tried at every position, is left to the articles holding a phrase
        return [m.span() for m in topic_phrase().finditer(self.masked) if document_nouns().search(m.group(0))]

    @functools.cached_property
    def described_pieces(self) -> frozenset[int]:
        """Where :attr:`described_media` describe a piece the medium ran ("the editorial", "the report"), not the
        medium: a word right before presents it as the source of words ("in the editorial") or as what is spoken
        of ("commented on the editorial")."""
        return frozenset(m.start for m in self.account.mentions if m.how in ("medium", "description")
                         and m.entity is not None and m.entity.kind == "medium" and is_piece(m))

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
                if (author := self.remarks_of(k)) and self.stateless(author):  # "KCTV aired a commentary by Ri"
                    out.add(author)
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
        return first.name if first is not None else self._issuer_in(s)

    def _issuer_in(self, s: Sentence) -> str | None:
        """The person or body a sentence names as the issuer of a document ("KCTV broadcast a statement by the
        Central Military Commission"; not "a message of greetings to Putin")."""
        at = self.documents_at
        for k in range(bisect.bisect_left(at, s.start), bisect.bisect_left(at, s.end)):
            noun = _WORD.match(self.masked, at[k])
            by = document_issuer().match(self.masked, noun.end()) if noun else None
            if by is not None and not _OF.search(by.group(0)):
                issuer = next((m.entity for m in self.account.between(by.start(), by.end() + 1)
                               if m.entity is not None and m.entity.kind in ("person", "body")), None)
                if issuer is not None:
                    return issuer.name
        return None

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
        mentions = self.account.between(lo, hi)
        for n, m in enumerate(mentions):
            if m.surface.isupper() and len(m.surface) > 4:
                continue  # a dateline: "PYONGYANG, Oct. 7 (Yonhap) --"
            e = m.entity
            if e is None or (e.kind == "medium" and not media):
                continue
            if m.oblique and not owned_document().match(self.masked, m.end):
                continue  # a possessor or object; but "Kim's speeches refer to “…”" is Kim's
            if e.kind == "body" and (holder := self._titled_holder(m, mentions[n + 1:n + 2])) is not None:
                return holder  # "Pentagon spokesperson Sabrina Singh declined …, but said": the body names her office
            if m.how == "description" and e.kind == "body" and (body := official_body(self.masked, m.start, self.entity_of)):
                return Said(body, m.surface, None, m.start)  # "An official of Russia's Federal Customs Service"
            if e.kind in ("person", "body") or (media and e.kind == "medium"):
                return Said(e.name, m.surface, None, m.start)
        return None

    def issuer_before(self, lo: int, at: int) -> Said | None:
        """Who issued the document ``masked[lo:at]`` ends with, a verb of issuing before it: a participle at ``at``
        is the document's words ("China urged restraint after KCNA published a statement warning of …": KCNA's)."""
        m = issued_document().search(self.masked, lo, at)
        if m is None:
            return None
        issuer = next((x for x in reversed(self.account.between(lo, m.start())) if x.entity is not None
                       and not x.oblique and x.entity.kind in ("person", "body", "medium")), None)
        return Said(issuer.entity.name, issuer.surface, None, issuer.start) if issuer is not None else None

    def _titled_holder(self, body: discourse.Mention, after: list[discourse.Mention]) -> Said | None:
        """The person a body's name and a title right after it introduce ("State Department spokesman Tom Pigott")."""
        if not after or (m := after[0]).entity is None or m.entity.kind != "person":
            return None
        if m.start == body.end + 1 and self.masked[body.end].isspace() and m.surface[:1].islower():
            return Said(m.entity.name, self.masked[body.start:m.end], None, body.start)  # the mention opens with the title
        # A person the vocabularies know is named without the title, which then stands alone between the two.
        between = self.masked[body.end:m.start]
        if between[:1].isspace() and between[-1:].isspace() and key(between) in titles():
            return Said(m.entity.name, self.masked[body.start:m.end], None, body.start)
        return None

    def is_person(self, speaker: str | None) -> bool:
        """Whether a canonical speaker is a person, by the account, else by the vocabularies."""
        e = self.account.entity(speaker) if speaker else None
        return bool(speaker) and (e.kind == "person" if e is not None else speaker_kind(speaker) == "person")

    def is_medium(self, speaker: str | None) -> bool:
        """Whether a canonical speaker is a medium (it relays words rather than speaks them)."""
        e = self.account.entity(speaker) if speaker else None
        return bool(speaker) and ((e is not None and e.kind == "medium") or outlet_channel(speaker) is not None or (
            e is None and speaker in self.formed_names))

    @functools.cached_property
    def formed_names(self) -> frozenset[str]:
        """The media the article presents as sources of words that no vocabulary lists, known by the form of their
        name (:meth:`_formed_media`): "…, Slovak Radio reported" names a medium that relays, no speaker."""
        return frozenset(ch for s in self.sents for _, ch in self._formed_media(s.start, s.end, []))

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
            s = self.sents[i]
            found = self.found[i] = [named_agent(self, a, s.end) or a for a in self.scan.attributions(s.start, s.end)] if (
                self.worth[i]) else []
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
            said += [according_to_said(self, i, *apposed_source(self, *x, s.end)) for x in self.scan.according_to(s.start, s.end)]
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
