"""What a mention that names no one in full stands for, in an account of who is who
(:mod:`~dossier.extractors.mentions.discourse`): a pronoun, a family name alone, "the <role>", a body named without its
state, a medium's report.

:class:`Antecedents` is the part of :class:`~dossier.extractors.mentions.discourse.Account` that looks back: it reads the
account's mentions, entities and sentences, which ``Account`` holds.
"""

from __future__ import annotations

import bisect
import functools
import re

from . import mention_vocab as V
from .back_references import introduces
from ...text.words import UPPER, alternation
from .mention_forms import Entity, Mention
from .pronoun_subjects import QuotedSpans, quoted_apart
from .speaker_vocab import document_nouns
from .channel_relays import addressed, carried_piece, reported, topic_before
from .says_after import says_after
from .title_search import state_word_after, title_before

_ITS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+\Z")
# "KCNA quoting a spokesperson for": a medium's relaying verb before the body, in the same sentence.
_RELAYING = re.compile(r"\b(?:quoting|quoted|citing|cited)\b[^.;:#“”\"]*\Z")
_RELAY_REACH = 90
_ASIDE_AFTER = re.compile(r",\s*")  # between a name and a pronoun that opens an aside right after it
# "ROE: On Sunday …", "JANE ROE, RADIO ONE CORRESPONDENT: …": after a name opening a paragraph, a transcript's
# label of who speaks the turn (its title in capitals).
_TURN_LABEL_AFTER = re.compile(r"(?:,\s+[A-Z][A-Z\s.'’\-]*)?:")
_PARAGRAPH_BREAK = re.compile(r"\n|\s\s")  # (paragraphs may be joined by two spaces where lines were taken out)
# What may open a sentence before what it is about: "The government in ", "A ", "One " (a few words, no comma).
_OPENING = re.compile(r"\s*(?:[A-Za-z]+\s+){0,3}")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[a-z][\w\-]*\s+){0,3}\Z")  # "a call with ", "talks with his counterpart "
# "a speech by Kim Jong Un in which he praised": a pronoun opening a relative clause on a thing.
_IN_WHICH = re.compile(r"\b(?:in|at|during|with)\s+which\s+\Z")
# "Japan's ", "South Africa's ": a capitalised possessor right before a body's words (not "Its ").
_OWNER_BEFORE = re.compile(rf"(?<![\w\-])(?!It['’]s\b){UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,2}}['’]s\s+\Z")


def _turn_label(text: str, m: Mention) -> bool:
    """Whether ``m`` is a transcript's label of the turn's speaker: they say "I", never "he" of themselves."""
    return (m.start == 0 or text[m.start - 1] == "\n") and _TURN_LABEL_AFTER.match(text, m.end) is not None


@functools.cache
def _report_noun() -> re.Pattern:
    """A report spoken of: the nouns of the reports ``data/descriptions.csv`` reads as a medium's ("the dispatch")."""
    nouns = {p.split()[-1] for p, d in V.descriptions().items() if d.refers == "report"}
    return re.compile(rf"\b(?i:{alternation(sorted(nouns))})s?\b")


def _source_of_words(text: str, m: Mention) -> bool:
    """Whether the medium mentioned at ``m`` is presented as the source of words ("Xinhua reported", "according to
    KCNA"), not as the one spoken to ("told NK News")."""
    before, after = reported()
    return not addressed(text, m.start) and (
        after.match(text, m.end) is not None or before.search(text, max(0, m.start - 80), m.start) is not None)


class Antecedents:
    """Looking back for what a mention stands for, for :class:`~dossier.extractors.mentions.discourse.Account`."""

    @functools.cached_property
    def _quoted(self) -> QuotedSpans:
        return QuotedSpans(self.text)

    def _sentence_and_before(self, pos: int) -> tuple[int, int | None]:
        """Where the sentence holding ``pos`` starts, and where the sentence before it does (None for the first)."""
        k = bisect.bisect_right(self._sentences, pos) - 1
        return (self._sentences[k] if k >= 0 else 0), (self._sentences[k - 1] if k > 0 else None)

    def _pronoun(self, pos: int, gender: str) -> Entity | None:
        """What a pronoun at ``pos`` stands for: the subject of its sentence before it, else of the sentence
        before, when it fits the pronoun; else the last entity named that fits."""
        here, before = self._sentence_and_before(pos)
        if gender != "n" and _IN_WHICH.search(self.text, max(here, pos - 20), pos):
            # "a speech by leader Kim Jong Un in which he praised": the person the thing is of, named right before,
            # even as the object of "by".
            # (Not the one it was held with: "a call with Jane Roe, during which he urged": the call's other party.)
            person = next((m.entity for m in reversed(self.between(here, pos)) if m.entity is not None
                           and m.entity.kind == "person" and m.entity.fits(gender)
                           and not _WITH_BEFORE.search(self.text, max(here, m.start - 40), m.start)), None)
            if person is not None:
                return person
        for lo, hi in ((here, pos), (before, here)):
            if lo is None:
                continue
            if lo == before and gender == "n" and document_nouns().search(self.text, before, here):
                # "Kim Yo Jong issued a statement on Seoul's drills. It said …": the document, in its author's words.
                author = next((m.entity for m in self.between(before, here) if m.entity is not None and not m.oblique
                               and m.entity.kind in ("person", "body")), None)
                if author is not None:
                    return author
            # The first that fits among those named as more than a possessor or object ("Kim assured Putin
            # that … what he called": Kim); a person the sentence has speak before that ("Kim Jong Un, Shoigu told
            # reporters, had decided …. The Russian side, he added": Shoigu, not the one he spoke of).
            # ("Kim Jong Un, he said, had sent …": the pronoun of an aside set in after a name is someone else.)
            fitting = [m for m in self.between(lo, hi) if m.entity is not None and not m.oblique and m.entity.fits(gender)
                       and not (lo == here and _ASIDE_AFTER.fullmatch(self.text, m.end, pos)) and not _turn_label(self.text, m)
                       and not (gender != "n" and quoted_apart(self._quoted, m, pos))]
            speaking = [m for m in fitting if gender != "n" and says_after(self.text, m.end)]
            if speaking or fitting:
                return (speaking or fitting)[0].entity
        if gender == "n" and before is not None:
            # "The estimate came in a JCS assessment. It said …": the body of the sentence before, if it names one.
            body = next((m for m in self.between(before, here) if m.entity is not None and m.entity.fits("n")), None)
            if body is not None:
                return body.entity
        if gender in ("m", "f") and (person := self._last_unquoted(pos, gender)) is not None:
            return person
        return self.last(pos, kind=None if gender == "n" else "person", gender=gender)

    def _last_unquoted(self, pos: int, gender: str) -> Entity | None:
        """The last person of ``gender`` named before ``pos`` outside quoted words the pronoun is not in; None when
        there is none."""
        for m in reversed(self.mentions[:bisect.bisect_left(self._starts, pos)]):
            e = m.entity
            if (e is not None and e.kind == "person" and e.fits(gender)
                    and not quoted_apart(self._quoted, m, pos)):
                return e
        return None

    def _recent_medium(self, pos: int) -> Entity | None:
        """The medium a report at ``pos`` is: the last one named in its paragraph or the sentence before; else the
        last one the paragraph before named as a source of words, when no other report is spoken of since ("Xinhua
        reported that … . The agency gave few details. ¶ “…,” the report said"; not after "The UN panel released a
        report", nor after "Analysts told NK News").
        """
        here, before = self._sentence_and_before(pos)
        par = self.text.rfind("\n", 0, pos) + 1
        lo = min(here if before is None else before, par)
        found = next((m for m in reversed(self.between(lo, pos)) if m.entity is not None and m.entity.kind == "medium"), None)
        if found is not None or lo == 0:
            return None if found is None else found.entity
        start = self.text.rfind("\n", 0, len(self.text[:par].rstrip())) + 1
        media = [m for m in self.between(start, lo) if m.entity is not None and m.entity.kind == "medium"]
        if not media or _report_noun().search(self.text, media[-1].end, pos - 1) is not None:
            return None
        last = media[-1].entity
        if any(m.entity is last and _source_of_words(self.text, m) for m in media):
            return last
        return None
    def _holder_of(self, name: str, pos: int, titles) -> Entity | None:
        """The one person of family name ``name`` named before ``pos`` whom the article gives a role among ``titles``
        ("Professor Kim" after "Kim Dong-yup, a professor at …", though another Kim was named more often); None
        when no title is a role, or no one or more than one person holds it."""
        if not titles:
            return None
        holders = {}
        for m in self._by_sur.get(V.name_key(name), ()):
            e = self.entities.get(V.name_key(m.entity.name), m.entity)  # its roles as the article has given them
            if m.start < pos and not e.roles.isdisjoint(titles):
                holders[V.name_key(e.name)] = e
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _by_surname(self, name: str, pos: int, gender: str) -> Entity | None:
        """The person of family name ``name`` that a bare family name at ``pos`` stands for.

        Of the people of that name (and of the title's gender) named before,
        the one the article has named most often as more than a possessor or
        object: the one it is about ("Kim" in a story of Kim Jong Un that
        quotes an analyst Kim once); of equals, the one named last.
        """
        tally = self._sur_tally.get(V.name_key(name))
        if tally is not None and tally.last_start < pos:
            return tally.best(gender)  # as the scan below would find, when every mention is before pos
        seen: dict[str, list] = {}  # name key -> [entity, mentions as subject, last position]
        for m in self._by_sur.get(V.name_key(name), ()):
            e = m.entity
            if m.start >= pos or (gender and e.gender and e.gender != gender):
                continue
            entry = seen.setdefault(V.name_key(e.name), [e, 0, -1])
            entry[1] += not m.oblique
            entry[2] = m.start
        if not seen:
            return None
        return max(seen.values(), key=lambda x: (x[1], x[2]))[0]

    def _home_body(self, pos: int, end: int, phrase: str) -> Entity | None:
        """The body that ``phrase``, named without its state at ``text[pos:end]`` ("the defense ministry"), stands for.

        The body of the state whose possessive or name it follows or is followed by ("Russia's foreign ministry",
        "its foreign ministry", "the Ministry of National Defence of the DPRK"); else the last body of those words the article
        named before ("North Korea's foreign ministry … the foreign
        ministry"); else that of the state the article is written from.
        """
        bodies = V.home_bodies()[phrase]
        i = bisect.bisect_left(self._starts, pos)
        owner = self.mentions[i - 1] if i else None
        if owner is not None and owner.entity is not None and self.text[owner.end:pos] in ("'s ", "’s "):
            known = bodies.get(owner.entity.state)
            if known is not None:
                return self._known_entity(known)
        for word in ((before := title_before(self.text, pos)) and before[1], state_word_after(self.text, end)):
            # "the North's defence ministry", "the foreign ministry of Russia": the state its nationality word names.
            if word in V.nationalities() and (known := bodies.get(V.nationalities()[word])) is not None:
                return self._known_entity(known)
        if _ITS.search(self.text, max(0, pos - 6), pos):
            # "Ukraine disputes the claim. Its general staff said": the state "it" stands for.
            state = self._pronoun(pos, "n")
            if state is not None and (known := bodies.get(state.state)) is not None:
                return self._known_entity(known)
        if (owned := _OWNER_BEFORE.search(self.text, max(0, pos - 40), pos)) is not None:
            # "Japan's Foreign Ministry": a state with no such body in the vocabularies owns one of its own, which
            # is neither the home state's nor the last one named.
            return self._owned_body(owned.start(), end, owner if owner is not None and owner.start == owned.start() else None)
        if (relay := _RELAYING.search(self.text, max(0, pos - _RELAY_REACH), pos)) is not None:
            # "KCNA quoting a spokesperson for the Ministry of National Defence": the body of the medium's state.
            medium = next((m.entity for m in reversed(self.mentions[:i]) if m.end <= relay.start() and m.start >= pos - _RELAY_REACH
                           and m.entity is not None and m.entity.kind == "medium"), None)
            if medium is not None and (known := bodies.get(medium.state)) is not None:
                return self._known_entity(known)
        if (piece := carried_piece().search(self.text, max(0, pos - _RELAY_REACH), pos)) is not None:
            # "In a statement carried by KCNA, the foreign ministry said": the body the medium's piece speaks for is of
            # the medium's state ("Asked about the report carried by KCNA, the foreign ministry said" is not).
            medium = next((m.entity for m in reversed(self.mentions[:i]) if m.start >= piece.start()
                           and m.entity is not None and m.entity.kind == "medium"), None)
            if medium is not None and (known := bodies.get(medium.state)) is not None:
                return self._known_entity(known)
        if (topic := topic_before().search(self.text, max(0, pos - _RELAY_REACH), pos)) is not None and (
                known := bodies.get(self.home_state)) is not None and any(
                m.entity is not None and m.entity.kind == "medium" and m.entity.state != self.home_state
                for m in self.mentions[bisect.bisect_left(self._starts, topic.start()):i]):
            # "Asked about the report carried by KCNA, the foreign ministry said" in Seoul: the body answers another
            # state's medium; it is the home state's, whichever state's body of those words was named last.
            return self._known_entity(known)
        if (state := self._state_opening_before(pos)) is not None and (known := bodies.get(state)) is not None:
            # "Moscow has agreed to take part. A foreign ministry spokeswoman told reporters": the state the sentence before
            # opens with, whichever state's body of those words was named last.
            return self._known_entity(known)
        names = {k.name for k in bodies.values()}
        for m in reversed(self.mentions[:i]):
            if m.entity is not None and m.entity.name in names:
                return self.entities.get(V.name_key(m.entity.name), m.entity)
        known = bodies.get(self.home_state)
        return self._known_entity(known) if known is not None else None

    def _state_opening_before(self, pos: int) -> str | None:
        """The state whose government opens the sentence before ``pos``'s, in its paragraph, as what it is about
        ("Moscow has agreed …", "Officials in Seoul remain wary."); else None."""
        here, before = self._sentence_and_before(pos)
        if before is None or _PARAGRAPH_BREAK.search(self.text, before, here):
            return None
        first = next((m for m in self.between(before, here) if m.how != "pronoun"), None)
        e = first.entity if first is not None else None
        if e is None or not _OPENING.fullmatch(self.text, before, first.start) or (
                V.states().get(e.state) is None or V.states()[e.state].government != e.name):
            return None
        return e.state

    def _owned_body(self, lo: int, end: int, owner) -> Entity:
        """The body ``text[lo:end]`` names with its owner ("Japan's Foreign Ministry"), of the owner's group and state."""
        name = self.text[lo:end]
        state = owner.entity if owner is not None and owner.entity is not None else None
        return self.entities.setdefault(V.name_key(name), Entity(
            name, "body", state.group if state is not None else "other", state=state.state if state is not None else ""))

    def _by_role(self, role: str, pos: int, state: str = "", noun: str = "") -> Entity | None:
        """The holder of ``role`` that "the <role>" at ``pos`` stands for.

        The first holder its sentence names before it, else the sentence
        before, as more than a possessor or object, a person before a body
        ("Choe told Foreign Minister Lavrov that … The minister also said":
        Choe), else no one when either introduces someone unnamed by ``noun``
        ("a U.S. official"); else the first holder of the sentence naming
        one last as more than a possessor or object (else any holder), unless
        someone unnamed by ``noun`` was introduced after it.
        """
        here, before = self._sentence_and_before(pos)
        for lo, hi in ((here, pos), (before, here)):
            if lo is None:
                continue
            # (A pronoun holds no role of its own: what it stands for may be someone unnamed the account does not hold.)
            holders = [e for m in self.between(lo, hi) if m.entity is not None and not m.oblique and m.how != "pronoun"
                       and (e := self.entities.get(V.name_key(m.entity.name), m.entity)).holds(role, state)]
            if holders or (noun and introduces(self.text, noun, lo, hi)):  # "a U.S. official said … the official said"
                return next((e for e in holders if e.kind == "person"), holders[0]) if holders else None
        i = bisect.bisect_left(self._starts, pos)
        fallback = None
        for m in reversed(self.mentions[:i]):
            e = m.entity
            if e is None or m.how == "pronoun":
                continue
            e = self.entities.get(V.name_key(e.name), e)
            if e.holds(role, state):
                if noun and introduces(self.text, noun, m.end, pos):
                    return None  # "Gerasimov … A Russian officer who served there … The officer": the one introduced since
                if not m.oblique:  # its sentence's first holder ("Lavrov said after talks with his counterpart Choe")
                    first = (h for x in self.between(self._sentence_and_before(m.start)[0], m.start)
                             if x.entity and not x.oblique
                             and (h := self.entities.get(V.name_key(x.entity.name), x.entity)).holds(role, state))
                    return next((h for h in first if h.kind == "person"), e)
                fallback = fallback or e
        return fallback
