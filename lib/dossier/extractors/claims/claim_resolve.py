"""Who an attribution names, read across its article: pronouns, descriptions, surnames and context resolved.

"it" or "the spy agency" is the last claimant named before it of a kind it
can refer to (``data/claimant_descriptions.csv``); a bare surname is the full
name written earlier (:mod:`~dossier.discourse`'s account of who is who); an
alias that needs context ("the South") names its claimant only in an article
holding one of its context words (``data/claimants.csv``).  A document cited
as "the report" is its issuer's (:mod:`~dossier.extractors.claims.claim_issuers`), an
acronym defined in brackets the body it stands for
(:mod:`~dossier.extractors.claims.claim_acronyms`), and the "we" after "As the
minister said," the minister's side (:mod:`~dossier.extractors.claims.claim_we`).
Whose figure an attribution's claim is, relays read, is
:mod:`~dossier.extractors.claims.estimate_claims`'s.
"""

from __future__ import annotations

import functools
import re

from .claim_article import BACK, ClaimArticle
from .claim_acronyms import Definition, acronym_definitions, defined_acronym, unknown_acronym
from .claim_attribution import Attribution, Claim
from .claim_captives import captives_named
from .claim_issuers import cited_document, document_issuer, given_documents
from .claim_name_heads import name_head, named_before
from .claim_own_voice import own_voice
from .claim_place_frame import framed_by_place
from .claim_pronoun_speakers import pronoun_speaker
from .claim_release import releasing_body
from .claim_we import we_speak_for
from .claimant_cut import whole_claimant
from .claimant_located import located_body, of_place
from .claimant_named_people import named_only
from .claimant_media import medium_before_place, unnamed_medium
from .claimant_owners import possessed, state_owned_body
from .claimant_nationals import national_description, of_state
from .claimant_names import cleaned, context_words, home_government, kind, normalise
from .claimant_written import as_named
from .claimant_phrases import OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, PRONOUNS, as_written, descriptions, needs_account, refers_back, unnamed_in_place
from .claimant_title_holders import BodyTitle, title_holder
from .claimant_roles import (
    BODY_KINDS, body_inside, describes_official, home_body_inside, quantified_group, unnamed_description,
)
from ..mentions.claimant_vocab import claimant_cues, description_homes
from ..mentions.speaker_vocab import anaphors, possessive_genders
from ..mentions.mention_vocab import by_name, home_bodies, known, speaker_roles, states, surnames
from ...text.words import UPPER

_OWNER_BACK = 1  # sentences searched back for the state a possessive stands for: a later one has moved on
_PERSON_PRONOUNS = frozenset({"he", "she"})
_BODY_PRONOUNS = frozenset({"it", "they"})
# "head of military intelligence", "deputy head of the navy": a title (a modifier before it) of a body.
_ROLE_OF = re.compile(r"((?:[a-z\-]+ )?[a-z\-]+) of ([a-z\-]+(?: [a-z\-]+){0,2})")
_ROLE_PHRASE = re.compile(r"[a-z\-]+(?: [a-z\-]+)? [a-z]+")  # "spy chief", "top army general": a title and its modifiers
# People of a body given by its description: a few words, their preposition and the description after "the".
_AT_DESCRIBED = re.compile(r"(?:[a-z\-]+ ){1,3}(?:at|with|of|for|from) the ([a-z]+(?: [a-z]+)?)")
_FULL_NAME = re.compile(rf"{UPPER}[\w'’-]+(?: {UPPER}[\w'’-]+){{1,3}}")  # "Andriy Kovalenko", "Lee Seong-kweun"
_MEDIA_KINDS = frozenset({"news_media", "state_media"})
_IT_OPENS = 2  # characters before an "it" that opens its sentence
# A sentence that opens on "The" and a description of one or two words before its verb: "The team drew on ...".
_DESCRIBED_SUBJECT = re.compile(r"\s*The\s+([a-z]+(?:\s+[a-z]+)?)\s")
# "According to him", "by his count": who "he" is; "its report said": who "it" is
_PRONOUN_FORMS = {**OBJECT_PRONOUNS, **POSSESSIVE_PRONOUNS, "his": "he"}


_PEOPLE = frozenset({"person"})
_GOVERNMENT = frozenset({"government"})
_PLURAL = re.compile(r"\b[a-z]{3,}[^s'’]s\b")  # a plural common noun: "diplomats", "officials", not "ministry's"


@functools.cache
def _owned_endings() -> tuple[str, ...]:
    # Last words of someone placed at a body named before ("one researcher there") or of a leader's staff ("his office").
    return (" there", *(f" {w}" for w in claimant_cues("leader_body")))


@functools.cache
def _title_bodies() -> dict[str, frozenset[str]]:
    # Titles whose holder, when the article names none, speaks for a body of these kinds (claimant_cues.csv, title_body).
    return {t: frozenset(v.split()) for t, v in claimant_cues("title_body").items()}


def _role_of(clean: str) -> bool:
    """Whether cleaned claimant words are a title of a body ("head of military intelligence"), whose holder the
    article may have named before."""
    return " of " in clean and (of := _ROLE_OF.fullmatch(clean)) is not None and refers_back(of.group(1).rsplit(" ", 1)[-1])


def _body_head(clean: str, claimant: str) -> bool:
    """Whether cleaned claimant words are a body's name and the title of its head ("hur chief", "nis director"): a
    person, whom the article may have named before, not the body (``data/claimant_cues.csv``, role ``body_head``)."""
    body, _, head = clean.rpartition(" ")
    return bool(body) and head in claimant_cues("body_head") and kind(claimant) not in (None, "person") and normalise(body) == claimant


def _described_people(text: str) -> str | None:
    """The description whose unnamed people ``text`` names ("ministry officials", "the agency's sources"), else None."""
    if text.rsplit(" ", 1)[-1].lower() not in claimant_cues("located_person"):
        return None  # most claimants end in no such noun
    owner, _, people = cleaned(text).rpartition(" ")
    owner = owner.removesuffix("'s")
    if not owner or people not in claimant_cues("located_person") or owner not in descriptions():
        return None
    return owner if normalise(text) is None else None


class ArticleResolver(ClaimArticle):
    """Who the attributions of one article's sentences name, each sentence read when first asked for (parameters as
    :class:`~dossier.extractors.claims.claim_article.ClaimArticle`'s)."""

    def __init__(self, texts: list[str], starts: list[int] | None = None, source: str | None = None,
                 paragraphs: list[int] | None = None):
        super().__init__(texts, starts, source, paragraphs)
        self._resolved: dict[tuple[int, int, int, str], Claim] = {}
        self._defined: dict[str, list[Definition]] | None = None  # the acronyms the article defines: read when first asked

    def _acronyms(self) -> dict[str, list[Definition]]:
        """The acronyms the article defines in brackets, read once."""
        if self._defined is None:
            self._defined = acronym_definitions(self.texts)
        return self._defined

    def resolve(self, k: int, a: Attribution) -> Claim:
        """Who the attribution ``a`` of sentence ``k`` names: pronouns, descriptions, surnames and context resolved."""
        key = (k, a.start, a.end, a.how)  # cheaper to hash than the attribution, and as unique in a sentence
        found = self._resolved.get(key)
        if found is None:  # a sentence's figures often share an attribution
            claim = self._resolve(k, a)
            if a.how == "verb" and (spoken := we_speak_for(self.texts[k], a, claim.claimant)) is not None:
                claim = claim._replace(claimant=spoken)  # "As the minister said, we estimate ...": whom "we" speaks for
            elif unknown_acronym(claim.claimant) and (defined := defined_acronym(self._acronyms(), k, claim.claimant)):
                claim = claim._replace(claimant=defined)  # "Special Operations Forces (SSO) ... The SSO said"
            elif (named := named_only(self.texts[k], a, claim.claimant)) is not None:
                claim = claim._replace(claimant=named)  # "a battalion commander with the call sign “Oak”": Oak
            found = self._resolved[key] = claim._replace(claimant=whole_claimant(claim.claimant))
        return found

    def _resolve(self, k: int, a: Attribution) -> Claim:
        text = a.text
        if a.claimant and text[:1] in "OoMm" and (own := own_voice(text, self._source)) is not None:
            return Claim(own, text)  # "Our military assesses ..." in the defence ministry's own briefing: the ministry
        if a.claimant and not a.anaphor and (group := quantified_group(text)) is not None:
            return self._group_claim(k, a, group)
        if a.claimant and not a.anaphor and (
                medium := unnamed_medium(text) or medium_before_place(self.texts[k], a.start, text)) is not None:
            return Claim(medium, text)  # "a Seoul daily": South Korea's media, not its government
        if possessed(text):  # "South Korea ... Its military intelligence said": South Korea's
            before = " ".join(self.texts[max(0, k - _OWNER_BACK) : k]) + " " + self.texts[k][: a.start]
            if (owned := state_owned_body(text, before)) is not None:
                return Claim(owned, text)
            if a.claimant and not a.anaphor and normalise(text) is None and cleaned(text) not in descriptions():
                return Claim(None, text)  # a possessive's body no name before makes known: no one to chart
        if a.claimant and not a.anaphor and kind(a.claimant) == "government" and (national := national_description(text)):
            # "According to the South Korean service" after "South Korea's National Intelligence Service": that service.
            found = self.last_named(k, a.start, national.kinds, proper=True)
            if found is not None and of_state(found[0], national.state):
                return Claim(*found)
        if a.claimant and not a.anaphor and normalise(text) is None and (located := located_body(text)) is not None:
            # "people in the Kursk administration", "officials at the regional government": the body they are in.
            if not located.known and (home := home_bodies().get(cleaned(located.body), {}).get(self.written_from)):
                return Claim(normalise(home.name) or home.name, text)  # "the Defense Ministry" in a Seoul daily
            before = " ".join(self.texts[max(0, k - BACK) : k]) + " " + self.texts[k][: a.end]
            return Claim(located.body if located.known else of_place(located.body, before), text)
        if a.claimant and not a.anaphor and normalise(text) is None and (home := self._home_people(text)) is not None:
            return Claim(home, text)  # "Ministry of Defence officials" in a London paper: the UK's ministry
        unnamed = unnamed_description(text) if not a.anaphor and a.claimant else None
        if a.claimant and kind(a.claimant) == "unattributed" and (government := home_government(text, self.written_from)):
            return Claim(government, text)  # "a government source said" in a Seoul dispatch: Seoul's
        if a.claimant and text.endswith(_owned_endings()):  # most claimants are neither
            if text.endswith(" there") and (body := self.last_named(k, a.start, BODY_KINDS, proper=True)) is not None:
                return Claim(*body)  # "The Asan Institute said ... One researcher there estimated": the institute
            if kind(a.claimant) is None and (office := self._leader_office(k, a)) is not None:
                return office
        if a.claimant and kind(a.claimant) is None and (member := home_body_inside(cleaned(text), self.written_from, True)):
            return Claim(member, text)  # "a senior officer of the Defence Intelligence" in a Kyiv daily: Ukraine's
        if unnamed is None and not a.anaphor and a.claimant and " the " in text and (at := _AT_DESCRIBED.fullmatch(cleaned(text))):
            # "Researchers at the institute said", "a spokesman for the ministry": the body described, named before.
            unnamed = at.group(1) if at.group(1) in descriptions() and normalise(text) is None else None
        if unnamed is None and not a.anaphor and a.claimant and (people := _described_people(text)) is not None:
            # "The ministry officials, who spoke on condition of anonymity": the officials of the ministry quoted
            # before, else the ministry named last.
            found = self._written_before(k, a, cleaned(text), descriptions()[people] - {"person"})
            if found is not None:
                return Claim(*found)
            unnamed = people
        if ((noun := cited_document(text)) is not None and normalise(text) is None
                and (issuer := document_issuer(self, k, noun, a.start))):
            return Claim(*issuer)  # "The ministry released a report ... According to the report, ...": the ministry's
        if (head := name_head(text)) is not None and normalise(text) is None and cleaned(text) not in descriptions():
            # "According to the brigade" after "the 47th Mechanized Brigade": that brigade, else no one; but a
            # capitalised noun is a body's own short name ("The Department estimates" in its own briefing).
            named = named_before(self.texts, k, a.start, head)
            if named is not None or not text.split()[-1][:1].isupper():
                return Claim(*(named or (None, text)))
        if (unnamed is None and not a.anaphor and a.claimant and as_written(text, a.claimant) and not _role_of(cleaned(text))
                and not _body_head(cleaned(text), a.claimant)):
            return Claim(a.claimant, text)  # most attributions: the same in any article
        clean = unnamed or cleaned(text)
        clean = _PRONOUN_FORMS.get(clean, clean)
        # "according to a recent report": a document no one wrote that the reading found is no description of one.
        described = a.claimant and kind(a.claimant) != "unattributed" and normalise(text) is None and clean in descriptions()
        kinds = descriptions().get(clean, frozenset()) if a.anaphor or described else frozenset()
        if kinds & _MEDIA_KINDS and self.assesses(k, a):
            kinds -= _MEDIA_KINDS  # "the agency believes ...": a medium reports; an intelligence agency assesses
        if (a.anaphor or described) and not kinds <= {"person"}:
            if (placed := framed_by_place(self.texts[k], a.start, clean)) is not None:
                return Claim(placed, text)  # "In Seoul, the spy agency said": Seoul's, whoever was named before
            # A body's pronoun or description ("it", "the spy agency"): the account reads people only.
            found = self._described_subject(k, a, kinds) if clean == "it" else None
            found = found or self.last_named(k, a.start, kinds, proper=clean not in PRONOUNS, credited_only=clean.startswith("same "))
            if found is None and clean.isalpha() and clean not in PRONOUNS:  # "the ministry" after "The Ministry of
                found = named_before(self.texts, k, a.start, clean)  # Defense has tracked …", a name no vocabulary knows
            if found is None and clean not in PRONOUNS and unnamed is None:  # a pronoun, or someone unnamed, refers back
                found = self.next_named(k, a.end, kinds)
            if found is None and not kinds & _MEDIA_KINDS and (home := description_homes().get(clean)):
                # "the spy agency told lawmakers" in a Seoul dispatch that never names it: the home state's.
                found = (claimant, text) if (claimant := home.get(self.written_from)) else None
            if found is None and clean not in PRONOUNS:
                found = self._written_before(k, a, clean, kinds)  # "The Ministry of Defence said ... the ministry said"
            if found is None and (clean in _BODY_PRONOUNS or clean in claimant_cues("spokesperson")):
                # "The World Food Programme warned ... A spokesperson said", "Researchers at the Sejong Institute
                # said ... They said": a body no vocabulary knows, credited just before.
                found = self._spoken_for_before(k, a)
            if found is None and clean not in PRONOUNS and (release := releasing_body(self._source)) and kind(release) in kinds:
                found = (release, text)  # "According to the Ministry" in the ministry's own release: the body itself
            if found is None:  # a briefing no one is found to have given ("Tuesday's briefing") is no one's
                return Claim(None if a.anaphor or clean in given_documents() else a.claimant, text)
            return Claim(*found)  # written as where it is named
        claimant = a.claimant
        titled = refers_back(clean) or (_ROLE_PHRASE.fullmatch(clean) is not None and refers_back(clean.rsplit(" ", 1)[-1])) or _role_of(clean)
        # A title of a body ("head of military intelligence") is only the one given that very title before: the
        # account may take a deputy's for it.
        if claimant and titled and (person := (None if _role_of(clean) else self.person(k, a)) or self._apposed(k, a.start, clean)
                                    or self._body_title_holder(k, a, clean)) is not None:
            return Claim(normalise(person) or person, text)  # "the lawmaker added": the one given the title before
        if claimant and unnamed_in_place(claimant, clean, text):
            if (body := body_inside(clean)) is not None:
                return Claim(body, text)  # "a source in Ukraine's military intelligence": the agency
            if (body := home_body_inside(clean, self.written_from)) is not None:
                return Claim(body, text)  # "a source in the General Staff" in a Kyiv daily: Ukraine's
            if (e := self.entity(k, a)) and " in " in e.name:
                return Claim(e.name, text)  # "A source in North Hamgyong province told Daily NK", then "the source"
        if claimant and kind(claimant) is not None:
            words = context_words(text)
            if words and not self.in_context(words):
                claimant = as_named(text)
        elif claimant and clean in home_bodies() and (body := self._home_body(k, a, clean)) is not None:
            # "the Defense Ministry said" in a Yonhap or TASS dispatch: the ministry of the state it is written from.
            return Claim(normalise(body) or body, text)
        elif a.anaphor or (claimant and needs_account(claimant, clean)):
            if clean in _PERSON_PRONOUNS and (spoke := self._unnamed_before(k, a)) is not None:
                return spoke  # "The agency's chief said … He added": the body its unnamed official speaks for
            # A person's pronoun, role or surname ("he", "the minister", "Park"): who the account says, save a
            # pronoun set off inside a clause, which is not that clause's subject, and one who spoke just before.
            person = self.person_outside_host(k, a) if clean in _PERSON_PRONOUNS else None
            if person is None and clean in _PERSON_PRONOUNS and (spoke := pronoun_speaker(self, k, a, clean)) is not None:
                return Claim(*spoke)  # "Hong Min said ... “For Kim, ...,” he said": the one who spoke, not Kim
            person = person or self.person(k, a)
            if person is not None:
                return Claim(normalise(person) or person, text)
            if clean in _PERSON_PRONOUNS and (named := self._named_before(k, a)) is not None:
                return named  # "Andriy Kovalenko said ... He estimated": a name the account did not take for a person
            if a.anaphor:
                return Claim(None, text)
            if (kinds := _title_bodies().get(clean)) is not None or (
                    titled and _title_bodies().get(clean.rsplit(" ", 1)[-1]) is not None and (kinds := _GOVERNMENT)):
                # "the Minister said" with no one given the title before: the ministry or government named last, or no
                # one; "the Foreign Minister", whose ministry may not be the one named last, the government.
                return Claim(*(self.last_named(k, a.start, kinds, proper=True) or (None, text)))
        return Claim(claimant, text)

    def _home_people(self, text: str) -> str | None:
        """The body of the article's home state whose people ``text`` names by the body's name alone ("Ministry of
        Defence officials", "defence ministry sources" in a British paper); else None."""
        owner, _, people = cleaned(text).rpartition(" ")
        if not owner or people not in claimant_cues("located_person"):
            return None
        home = home_bodies().get(owner, {}).get(self.written_from)
        return (normalise(home.name) or home.name) if home is not None else None

    def _described_subject(self, k: int, a: Attribution, kinds: frozenset[str]) -> tuple[str, str] | None:
        """What "it" opening sentence ``k`` stands for when the sentence before in its paragraph opens on a body's
        description ("The team drew on satellite imagery. It found ..."): the body that description refers to,
        not one named later in that sentence or in a quotation before it; else None."""
        if a.start > _IT_OPENS or not k or (self._paragraphs is not None and self._paragraphs[k] != self._paragraphs[k - 1]):
            return None
        m = _DESCRIBED_SUBJECT.match(self.texts[k - 1])
        if m is None:
            return None
        words = m.group(1).split()
        for n in (2, 1):  # "the spy agency", "the team"
            body = " ".join(words[:n])
            if len(words) >= n and (described := descriptions().get(body, frozenset()) & kinds - {"person"}):
                return self.last_named(k - 1, 0, described, proper=True)
        return None

    def _written_before(self, k: int, a: Attribution, clean: str, kinds: frozenset[str]) -> tuple[str, str] | None:
        """The claimant of an earlier attribution whose words hold the head of the description ``clean``, singular
        or plural ("the ministry" after "The Ministry of Defence said", "One officer" after "Ukrainian artillery
        officers said"), when no vocabulary knows it or it is of one of ``kinds``; None when there is none."""
        head = clean.split()[-1]
        for j in range(k, max(-1, k - BACK), -1):
            for x in reversed(self.found(j)):
                if (j == k and x.end > a.start) or x.anaphor or not x.claimant or kind(x.claimant) not in {None, *kinds}:
                    continue
                words = cleaned(x.text).split()
                if words[-len(clean.split()):] == clean.split():
                    continue  # the same description again ("lawmakers briefed by the spy agency"): no name for it
                if (head in words or f"{head}s" in words) and (claim := self.resolve(j, x)).claimant:
                    return claim.claimant, claim.text
        return None

    def _group_claim(self, k: int, a: Attribution, group: str) -> Claim:
        """The claim of some of a group ("one of them", "two of the officials"): the group's, read as its pronoun
        or description would be; no one's when the group is people the article names no body for."""
        kinds = descriptions().get(group.removeprefix("the "), frozenset()) - {"person"}
        if group == "they" and (captive := captives_named(self.texts, k, a.start)) is not None:
            return Claim(captive, a.text)  # "Two soldiers were captured ... One of them said": a prisoner of war
        if group == "they" and (told := self._plural_subject(k, a, 2)) is not None:
            return told  # the group that spoke just before: "Several analysts said ... One noted ..."
        if kinds and (found := self.last_named(k, a.start, kinds, proper=group != "they")) is not None:
            return Claim(*found)
        if group == "they" and (told := self._plural_subject(k, a, BACK)) is not None:
            return told
        return Claim(normalise(group), a.text)

    def _plural_subject(self, k: int, a: Attribution, back: int) -> Claim | None:
        """The claim of the last group of people that said or told something before ``a``, at most ``back``
        sentences back ("Two U.S. officials told the paper ... One of them put the figure at ..."), else None."""
        for j in range(k, max(-1, k - back), -1):
            for x in reversed(self.found(j)):
                if (j < k or x.end <= a.start) and not x.anaphor and x.claimant and _PLURAL.search(x.text):
                    return self.resolve(j, x)
        return None

    def _leader_office(self, k: int, a: Attribution) -> Claim | None:
        """The government whose leader owns the staff that ``a`` names ("Yoon's office", "His office"), or the office
        of the owner's title; else None.

        A possessive pronoun stands for the person who spoke just before, in
        the sentence or the one before it in its paragraph, else the last
        person named; an owner who holds a role that leads a state
        (``data/speaker_roles.csv``) owns staff who speak for its government,
        anyone else an office their title names ("prosecutor's office").
        """
        owner, _, noun = cleaned(a.claimant or a.text).rpartition(" ")
        if noun not in claimant_cues("leader_body") or not owner:
            return None
        gender = None
        if owner.endswith("'s"):
            words = owner[:-2].split()  # a title may stand before the name: "President Lee Jae-myung's office"
            person = next((known()[n].name for i in range(len(words)) if (n := " ".join(words[i:])) in known()), None)
            person = person or surnames().get(words[-1])
        elif anaphors().get(owner) == "person":
            prior = self.prior(k, a, previous=-1)  # who spoke last: in the sentence before, its last speaker
            gender = possessive_genders().get(owner)
            person = self.resolve(*prior).claimant if prior else self._last_person(k, a, gender)
        else:
            return None
        roles, state = speaker_roles().get(person, (frozenset(), "")) if person else (frozenset(), "")
        leader = by_name().get(person)
        if gender and leader and leader.gender and gender != leader.gender:
            return None
        if not roles & claimant_cues("leader").keys():
            # "Chief Inspector Jane Roe ... figures from her office": the office of her title, when a vocabulary
            # names it ("inspector's office") in an article of its context; a leader's speaks for the state.
            entity = self.named_entity(person) if person else None
            office = next((b for role in sorted(entity.roles) if (b := self._office_of(role, noun))), None) if entity else None
            return Claim(office, a.text) if office is not None else None
        government = states()[state].government if state in states() else None
        return Claim(normalise(government) or government, a.text) if government else None

    def _office_of(self, role: str, noun: str) -> str | None:
        """The claimant of the ``noun`` ("office") of a holder of ``role``, when a vocabulary names it and the
        article is of the context it needs; else None."""
        body = normalise(words := f"{role}'s {noun}")
        return body if body is not None and (not (needed := context_words(words)) or self.in_context(needed)) else None

    def _last_person(self, k: int, a: Attribution, gender: str | None) -> str | None:
        """The last person of ``gender`` named before ``a`` of sentence ``k``: the account's, else a vocabulary's."""
        found, base = self._located()
        if (e := found.last(base[k] + a.start, kind="person", gender=gender or "")) is not None:
            return e.name
        return (self.last_named(k, a.start, _PEOPLE) or (None,))[0]

    def assesses(self, k: int, a: Attribution) -> bool:
        """Whether the verb of ``a`` is one of assessing ("believes", "estimated"), which no news medium is the subject of."""
        words = self.texts[k][a.start:a.end].split()
        return bool(words) and words[-1].lower().strip(",.") in claimant_cues("assessing")

    def _home_body(self, k: int, a: Attribution, clean: str) -> str | None:
        """The body that ``clean``, a body named without its state, is: the account's, else, when the account reads
        it as a description of no body named before ("The Security Service said" opening a Kyiv daily's report),
        the body of that name of the state the article is written from."""
        body = self.entity(k, a)
        if body is not None:
            return body.name if body.kind == "body" else None
        home = home_bodies()[clean].get(self.written_from)
        return home.name if home is not None else None

    def _unnamed_before(self, k: int, a: Attribution) -> Claim | None:
        """The claim of an unnamed official who is the subject just before a person pronoun ``a`` of sentence ``k``.

        The attribution before ``a`` in its sentence, else the first of the
        sentence before in its paragraph, when its words describe an
        official without naming one ("the head of the spy agency", "a U.S.
        official") and credit a body.  The account knows only named people:
        it would give the pronoun to a person named further back."""
        if (found := self.prior(k, a)) is None:
            return None
        j, prior = found
        # The attribution's whole span: its words may be only the owner ("The agency" of "The agency's chief said").
        if cleaned(prior.text) in PRONOUNS or not describes_official(self.texts[j][prior.start:prior.end]):
            return None
        claim = self.resolve(j, prior)
        return claim if claim.claimant is not None and kind(claim.claimant) != "person" else None

    def _spoken_for_before(self, k: int, a: Attribution) -> tuple[str, str] | None:
        """The body that an unnamed spokesperson or a body's pronoun ``a`` stands for: the one credited just before
        in its paragraph, when no vocabulary knows it ("The World Food Programme has warned ... A spokesperson
        said"); None when that is a person, a medium or no one."""
        if (found := self.prior(k, a, lambda x: not x.anaphor)) is None or found[1].anaphor:
            return None
        j, prior = found
        claim = self.resolve(j, prior)
        if claim.claimant is None or kind(claim.claimant) is not None or " " not in claim.claimant or not claim.claimant[:1].isupper():
            return None
        entity = self.entity(j, prior)
        return None if entity is not None and entity.kind == "person" else (claim.claimant, claim.text)

    def _named_before(self, k: int, a: Attribution) -> Claim | None:
        """The claim of a person named by full name as the subject just before a person pronoun ``a`` of sentence
        ``k``: the attribution before it in its sentence, else the first of the sentence before in its paragraph."""
        if (found := self.prior(k, a, lambda x: not x.anaphor)) is None:
            return None
        j, prior = found
        if prior.anaphor or not _FULL_NAME.fullmatch(prior.text):
            return None
        claim = self.resolve(j, prior)
        return claim if claim.claimant is not None and kind(claim.claimant) in (None, "person") else None

    def _body_title_holder(self, k: int, a: Attribution, clean: str) -> str | None:
        """The person given before the title of a body that ``clean`` is ("head of military intelligence"), the body
        written there another way ("head of the Main Intelligence Directorate (HUR), Kyrylo Budanov"); else None."""
        if (of := _ROLE_OF.fullmatch(clean)) is None:
            return None
        body = of.group(2).removeprefix("the ")
        entity = self.entity(k, a)
        named = normalise(body) or (entity.name if entity is not None and entity.kind == "body" else None)
        return title_holder(self.texts, BodyTitle(of.group(1), body, normalise(named) if named else None),
                            self.people_named(k, a.start))

    def _apposed(self, k: int, before: int, title: str) -> str | None:
        """The full name set in apposition with ``title`` in the nearest sentence before offset ``before`` of
        sentence ``k`` that holds one: "The defence minister, Rustem Umerov, ..." or "Rustem Umerov, Ukraine's
        defence minister, ..." is who "the minister" is later on."""
        if title in claimant_cues("spokesperson"):
            return None  # "the spokesman" speaks for the body named with them, not as a person
        name = _FULL_NAME.pattern
        # "head of military intelligence" was given as "head of Ukraine's military intelligence": a state's words between.
        role = rf"{re.escape(of.group(1))}\s+of\s+(?:[\w'’\-]+\s+){{0,2}}?{re.escape(of.group(2))}" if (
            of := _ROLE_OF.fullmatch(title)) else re.escape(title)
        # Words before a title name its owner ("Ukraine's defence minister"); before "head of" they would change the title
        # ("deputy head of military intelligence"): only "the" may stand there.
        owner = r"(?:the\s+)?" if of else r"(?:[\w'’\-]+\s+){0,4}"
        found = re.compile(rf"\b{role},\s+({name})\s*[,.]|({name}),\s+{owner}{role}\b")
        for j in range(k, max(-1, k - BACK), -1):
            text = self.texts[j] if j < k else self.texts[j][:before]
            if hits := list(found.finditer(text)):
                name = hits[-1].group(1) or hits[-1].group(2)
                return name if kind(normalise(name)) in (None, "person") else None
        return None
