"""Who an attribution names, as an article's quotes are read: a name, a pronoun, a role or a description resolved
to the speaker it stands for.

:class:`Referents` is the part of :class:`~dossier.extractors.speech.quote_article.Article` that resolves: it reads the
article's account (``account``), masked text, sentences and the speakers each sentence names (``said_of``,
``subjects_before``), which ``Article`` holds.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import NamedTuple

from ..mentions import discourse
from ..mentions.back_references import VOICES_OF_BODIES, body_spoken_for, document_author, document_issuer, introduced_before, introduced_name, named_only_after, opening_document
from .speakers import Attribution, anaphor_refers, canonical, speaker_kind
from ..mentions.mention_vocab import government_of_official, key, person_pronouns, pronouns, titles, unnamed_sources
from ..mentions.speaker_vocab import (
    channel_state, document_noun, letters_of_body, named_kinds, owner_length, person_nouns, possessive_genders,
)
from ..mentions.channel_relays import medium_voices, unnamed_voice
from .unnamed_groups import former_official, informed_source, official_body
from .family_names import full_name_of_surname
from .owned_bodies import owned_body
from .clause_subjects import clause_namer
from .charted_people import PICKED_MEMBER_SENTENCES_BACK, member_before
from .speaking_members import speaking_group_member
from .first_descriptions import described
from .group_naming import group_as_written, names_as_group
from .named_marks import call_sign_after
from ..mentions.home_ministries import home_ministry
from ..mentions.particle_names import full_particle_name
from .quote_body_heads import body_head, named_body, speaking_holder
from .role_mentions import age_alone, person_by_role
from .habitual_naming import habitual_naming
from .official_roles import OfficialRoles
from .office_holders import office_holder
from .state_groups import body_of_states
from .pair_partners import partner_of
from .unnamed_people import introduced_speaker, member_of_group, one_of_group_before, picks_member, plural_people, unnamed_since
from ...text.words import LOWER, UPPER


class Said(NamedTuple):
    """A resolved attribution: who, as written, and the cue."""

    speaker: str | None
    speaker_text: str | None
    cue: str | None
    pos: int


NOBODY = Said(None, None, None, -1)  # no attribution found
_OF_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?\Z")
_ONE = re.compile(r"^[Oo]ne\s+(?=[a-z])")
_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
_FIRST = operator.itemgetter(0)
# "Brig. Gen. Ryan Keller": abbreviated titles, each a word and its dot, before a name.
_ABBREVIATED_TITLES = re.compile(rf"(?:(?:{UPPER}{LOWER}+\.|\([a-z]+\.?\))[ \t]+)+")  # "Col. (ret.)": a status in brackets
# "6,000, a rate one described as “alarming”": the noun a relative clause is about, then its subject "one".
_NOUN_ONE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+[a-z][\w\-]*\s+(?P<one>one\b.*)\Z")
_WHAT = re.compile(r"\bwhat\s+\Z", re.IGNORECASE)  # "a museum for what it calls “…”"
_HOLDER_OF = re.compile(r"\b(?P<holder>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>[a-z][\w\-]*))\s+of\s+(?:the\s+)?\Z")
_FRAMED = "be frank"  # the lemma of a copula and an adjective of manner ("was blunt"), data/cue_verbs.csv
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}\Z")  # "the", "the respected", "the dear respected"
# "HUR Ivan Petrenko": an organisation's letters before a name of two words or more; "of " or "of the " before them.
_LETTERS_BEFORE_NAME = re.compile(rf"([A-Z]{{2,6}})\s+(?={UPPER}{LOWER}[\w'’\-]*\s+{UPPER}{LOWER})")
# "the channel Two Majors": a noun of a kind of speaker, then the first word of a name that the name's search passed
# over (a number, a determiner).
_KIND_BEFORE_NAME = re.compile(rf"\b(?P<noun>[a-z]+)\s+(?P<first>{UPPER}{LOWER}+)\s+\Z")
_TITLED_SENTENCES = 3  # "the envoy" looks back this far for "Russia's ambassador"


class Referents(OfficialRoles):
    """Resolving attributions to speakers, for :class:`~dossier.extractors.speech.quote_article.Article`."""

    def resolve(self, a: Attribution, sentence: int | None = None) -> Said:
        """Who ``a`` names; an anaphor found reading ``sentence`` stands for a speaker of the sentences before it only.

        Someone unnamed is charted by state and role where the text tells them (:func:`~.charted_people.charted`: "one of the
        tourists" after "Russian tourists" is a Russian tourist); a ministry named without its state is the article's
        home state's (:func:`home_ministry`)."""
        said = self._resolved(a, sentence)
        # (A group naming as its habit is no office or body that stands in for it; a role charted as written is.)
        habit = names_as_group(self.masked, a)
        if not habit and a.speaker_text and (holder := office_holder(a.speaker_text, self.masked, a.start, self.source, self.day, self.starts[
                max(0, bisect.bisect_right(self.starts, a.start) - 1)] if self.starts else 0, said.speaker)) is not None:
            return said._replace(speaker=holder)  # "the Chancellor said": the office's holder on the day of publication
        if a.how == "name" and said.speaker == canonical(a.speaker_text, "name") and (
                whole := full_particle_name(self.text, a.start, a.speaker_text)):
            said = said._replace(speaker=canonical(whole, "name"))  # "Hamish de Bretton-Gordon told", "von der Leyen"
        # (Read once per attribution: its speaker is asked for again as later sentences look back.)
        done = vars(self).setdefault("charted_speakers", {})
        if said.speaker and said not in done:
            # (A name given in the subject's own clause, "with the call sign Lys", is charted by no role.)
            one_name = said in self.one_name_speakers
            done[said] = None if one_name else described(self, said.speaker, said.speaker_text, said.pos)
        if said.speaker and (label := done[said]) is not None:
            return said._replace(speaker=label)
        if not habit and said.speaker and (ministry := home_ministry(said.speaker, self.text, self.source)) is not None:
            return said._replace(speaker=ministry)  # "the Ministry of Economic Development" in a Russian outlet
        if a.how == "anaphor" and (spoke := speaking_group_member(self, a)) is not None:
            # "Diplomats in Prague admit …. “…,” one of them told": one of the group that spoke, not of a group the
            # sentences mention in passing ("North Korean troops").
            return said._replace(speaker=spoke)
        picked = anaphor_refers(a.speaker_text) == "member"  # "the other", "a second": further back than "he"
        if (said.speaker is None or picked) and a.how == "anaphor" and (pronouns().get(key(a.speaker_text), "n") != "n" or picked) and (
                member := member_before(self, a.start, PICKED_MEMBER_SENTENCES_BACK if picked else None)) is not None:
            # "Two North Korean prisoners appeared …. “…,” he says"; "… The other, a 19-year-old, said"
            return said._replace(speaker=member)
        return said

    def _resolved(self, a: Attribution, sentence: int | None) -> Said:
        if a.how == "name" and (kind := _KIND_BEFORE_NAME.search(self.masked, max(0, a.start - 30), a.start)) is not None and (
                kind.group("noun") in named_kinds()):
            # "The channel Two Majors, which …, wrote": a name of its own opening with a word that may open a group.
            return self.named.setdefault(a, self._resolved(a._replace(start=kind.start("first"), speaker_text=(
                self.masked[kind.start("first"):a.start] + a.speaker_text)), sentence))
        if a.how == "name" and (lead := _LETTERS_BEFORE_NAME.match(a.speaker_text)) is not None and (
                letters_of_body(lead.group(1), self.masked, a.start)):
            # "the head of HUR Ivan Petrenko said": the person, not the body whose letters open the name.
            return self.named.setdefault(a, self._resolved(a._replace(start=a.start + lead.end(),
                                                                      speaker_text=a.speaker_text[lead.end():]), sentence))
        said = self.named.get(a)
        if said is not None:  # a quote's attribution was mostly resolved already when its sentence was read
            return said
        if names_as_group(self.masked, a):  # "Russian officials describe it as “…”": the group's habit of speech, as written
            return self.named.setdefault(a, Said(group_as_written(a), a.speaker_text, a.cue, a.start))
        if a.how == "group" and (states_body := body_of_states(self.masked, a)) is not None:
            # "the member states wrote in a joint letter": the body they make up speaks.
            return self.named.setdefault(a, Said(states_body, a.speaker_text, a.cue, a.start))
        if a.how != "anaphor" and (head := body_head(self, a.start, a.speaker_text)) is not None:
            # "the head of the Polish Ministry of National Defence said": the minister named before, not the body.
            return self.named.setdefault(a, Said(head, a.speaker_text, a.cue, a.start))
        if a.how == "group" and (body := official_body(self.masked, a.start, self.entity_of)) is not None:
            # "an official of Russia's Federal Customs Service": the body's voice, not the state's government.
            return self.named.setdefault(a, Said(body, a.speaker_text, a.cue, a.start))
        if a.how == "anaphor" and key(a.speaker_text) in pronouns() and _WHAT.search(self.masked, max(0, a.start - 8), a.start) and (
                subject := self._namer(a)) is not None:
            return self.named.setdefault(a, Said(subject or None, a.speaker_text, a.cue, a.start))  # (NO_ONE: None)
        if a.how == "group" and (one := _NOUN_ONE.match(a.speaker_text)) is not None:
            rest = one.group("one")  # the one of a group the sentence named before who speaks, never "rate one"
            said = self.resolve(a._replace(start=a.start + one.start("one"), speaker_text=rest,
                                           how="anaphor" if anaphor_refers(rest) else "group"), sentence)
            return self.named.setdefault(a, said)
        if a.lemma == _FRAMED and a.how == "group" and not _names_someone(a.speaker_text):
            return self.named.setdefault(a, Said(None, a.speaker_text, a.cue, a.start))  # "The talks were frank: “…”"
        if a.how == "owned" and (holder := _holder_of(self.masked, a.start)) is not None:
            # "A former commander of the Army's drone unit said": the one of the body speaks, not the body.
            said = self.resolve(a._replace(start=holder.start(), speaker_text=holder.group("holder"), how="group"), sentence)
            return self.named.setdefault(a, said)
        if (owned := owned_body(self, a)) is not None:  # "His ministry said": the body of the person's office
            return self.named.setdefault(a, Said(owned.body, a.speaker_text, a.cue, a.start))
        if picks_member(self, a) and not (a.how == "group" and call_sign_after(self.text, a.start + len(a.speaker_text))):  # (call sign: below)
            named = named_only_after(self.text, a.start + len(a.speaker_text)) if a.how == "group" else None  # "under the name Sever"
            return self.named.setdefault(a, Said(named or partner_of(self, a) or member_of_group(self, a), a.speaker_text, a.cue, a.start))
        if informed_source(self.masked, a):  # "a person familiar with the matter": someone unnamed, a source
            return self.named.setdefault(a, Said(unnamed_sources().labels["source"], a.speaker_text, a.cue, a.start))
        if a.how == "group" and (named := named_only_after(self.text, a.start + len(a.speaker_text.rsplit(None, 1)[0]))):
            # "said the commander of a drone unit with the call sign Lys": the one name given in the subject's own
            # clause is who speaks, before any commander met earlier the role might stand for.
            said = self.named.setdefault(a, Said(named, a.speaker_text, a.cue, a.start))
            self.one_name_speakers.add(said)
            return said
        entity = None if a.how == "group" and former_official(a.speaker_text) else self.entity_of(a.start, a.start + len(a.speaker_text))
        if entity is None and a.how == "name" and (past := _past_titles(self.masked, a.start)) is not None:
            entity = self.entity_of(a.start, past)  # "said Brig. Gen. Ryan Keller": the name after the titles
        if entity is None and a.how == "name" and (role := _definite_role(self.masked, a)):
            # "the respected General Secretary said": a title written as a name stands for the one who holds it, and
            # is no one's name when no one does.
            if (entity := self.account.holder(role, a.start)) is None:  # ("the Minister": the one just spoken of)
                return self.named.setdefault(a, Said(person_by_role(self, a, sentence), a.speaker_text, a.cue, a.start))
        if entity is not None and a.how == "group" and (speaking := speaking_holder(self, a.start, a.speaker_text, entity)):
            entity = self.account.entity(speaking)  # "the minister": the one who has been speaking, not one just met
        end = a.start + len(a.speaker_text)
        if a.how == "group" and (group := self.who_is(a.start, a.speaker_text)[0]) != a.speaker_text:
            # "said a student in Pyongyang": the place the account names is where they are, not who speaks.
            said = Said(government_of_official(group) or canonical(group, a.how), a.speaker_text, a.cue, a.start)
            return self.named.setdefault(a, said)
        if a.how == "anaphor" and (author := document_author(self, a)) is not None:  # "a letter from Kim, in which he"
            return Said(author, a.speaker_text, a.cue, a.start)
        if a.how in ("group", "anaphor") and (issuer := document_issuer(self, a)) is not None:
            # "The assessment says" after "the ministry published its annual assessment": the issuer's words.
            return self.named.setdefault(a, Said(issuer, a.speaker_text, a.cue, a.start))
        if a.how == "anaphor" and (document := opening_document(self, a)) is not None:  # "A RUSI report …. It says"
            author = document.author or (canonical(document.author_text, "name") if document.author_text else None)
            return self.named.setdefault(a, Said(author, a.speaker_text, a.cue, a.start))
        if (unnamed := unnamed_since(self, a, entity)) is not None:  # "A Ukrainian commander told Reuters … he said"
            return Said(unnamed, a.speaker_text, a.cue, a.start)
        if a.how == "anaphor" and anaphor_refers(a.speaker_text) == "speaker" and (sayer := self._sayer_of_document(a, entity)):
            return Said(sayer, a.speaker_text, a.cue, a.start)
        if a.how == "name" and entity is not None and entity.kind != "person" and (last := self.account.mention_at(end - 1)):
            # "Chief of the General Staff Valery Gerasimov said": the person the name ends with, not the body of the title.
            entity = last.entity if last.end == end and last.entity is not None and last.entity.kind == "person" else entity
        if a.how == "owned" and entity is not None and self.owner_only(a):
            # "Putin's spokesman": the owner does not speak, the one he owns does; "Russia's top diplomat": the
            # holder of that role in the owner's state, when the article has named one.
            entity = self.role_of_owner(a, entity)
        elif a.how == "owned" and entity is None and (owner := self.owner_of(a)) is not None:
            entity = self.role_of_owner(a, owner)  # "Japan's Chief Cabinet Secretary", a title read as no one's name
        written = a.speaker_text
        if entity is None or entity.kind != "person":
            # "Rep. Park of the ruling Democratic Party said": the person, not the party, speaks; before the whole
            # of the party's name ("National Unification" of "the Korea Institute for National Unification").
            named = self.account.mention_at(a.start, a.start + len(a.speaker_text))
            at = min(a.start, named.start) if named is not None else a.start
            of = _OF_BODY.search(self.masked, max(0, at - 40), at)
            if of is not None:
                owner = self.account.mention_at(of.start() - 1)
                if owner is not None and owner.end == of.start() and owner.entity is not None and owner.entity.kind != "medium":
                    entity, written = owner.entity, owner.surface  # (as the person is written, not the party)
        if entity is not None:
            said = Said(entity.name, written, a.cue, a.start)
        elif a.how == "group" and (government := government_of_official(a.speaker_text) or self.government_in(a)
                                   or self.home_government(a)) is not None:
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
                return Said(named_body(self, a.start, a.speaker_text) or self.antecedent(refers, a.start, sentence, gender), a.speaker_text, a.cue, a.start)
            if a.how == "owned" and key(a.speaker_text[owner_length(a.speaker_text):].split(None, 1)[-1]) in titles():
                # "the ministry's spokesperson", no ministry named before: a role is no one's name.
                return Said(None, a.speaker_text, a.cue, a.start)
            if a.how == "group" and (named := named_only_after(self.text, a.start + len(a.speaker_text.rsplit(None, 1)[0]))
                                     or introduced_name(self.masked, a.speaker_text, a.start, self.text)):
                # "said the older man, a driver who gave only his surname, Choi"; "the driver" after that: Choi.
                # (From before the phrase's last word, which may open the introduction: "a medic identified only as";
                # in the text, where a name in marks, "nicknamed “Moth”", is still a name; a name is charted by no role.)
                self.one_name_speakers.add(said := Said(named, a.speaker_text, a.cue, a.start))
                return said
            if a.how == "group" and (titled := self._titled_before(a, sentence)) is not None:
                return Said(titled, a.speaker_text, a.cue, a.start)  # "Russia's ambassador said …. The envoy told"
            if a.how == "group" and (named := introduced_before(self.masked, a.speaker_text, a.start)) is not None:
                # "the official" after "a senior U.S. official": whom that official speaks for, as it would be read there.
                return Said(introduced_speaker(self, a, named), a.speaker_text, a.cue, a.start)
            if unnamed_voice(a.speaker_text) or key(_ARTICLE.sub("", a.speaker_text)) in medium_voices():
                # "a female narrator said": who speaks a medium's own words on air, the medium named or described last
                # ("North Korea's state TV broadcast the funeral. A presenter called …").
                # (A medium named where one is described too is the one named.)
                before = [(p, ch) for p, _, ch in sorted(
                    [(at, 0, ch) for at, _, ch, _ in self.described_media if at < a.start]
                    + [(p, 1, ch) for p, ch in self.media if p < a.start])]
                named = before[-1][1] if before else None
                if before and self._medium_kind(named) not in ("broadcaster", "other", ""):
                    # "KCTV broadcast the film, and it was later uploaded to the Uriminzokkiri website. The narrator
                    # …": a voice on air is the broadcaster's of the same state that the paragraph naming the last
                    # medium named too; unnamed state media ("state TV", of every kind) keep it.
                    para = self.sents[self.sent_at(before[-1][0])].paragraph
                    aired = [ch for p, ch in before if self.sents[self.sent_at(p)].paragraph == para
                             and self._medium_kind(ch) == "broadcaster" and channel_state(ch) == channel_state(named)]
                    named = aired[-1] if aired else named
                return Said(named, a.speaker_text, a.cue, a.start)
            i = self.sent_at(a.start)  # "A spokesperson said": for the body its sentence or the one before names
            body = body_spoken_for(a.speaker_text, lambda: self.account.between(
                self.sents[i - (i > 0 and self.sents[i - 1].paragraph == self.sents[i].paragraph)].start, a.start)) if a.how == "group" else None
            said = Said(body or named_body(self, a.start, a.speaker_text) or self.surname(a.speaker_text, a.start) or person_by_role(self, a, sentence)
                        or one_of_group_before(self, a)
                        or (None if age_alone(a.speaker_text) else canonical(_ONE.sub("", a.speaker_text), a.how)),
                        a.speaker_text, a.cue, a.start)  # ("one diplomat" is a diplomat)
        self.named[a] = said
        return said

    def _namer(self, a: Attribution) -> str | None:  # (or clause_subjects.NO_ONE)
        """Who "what it calls" names: the subject of the clause before "what", not the nearest noun ("The North has
        built a museum for what it calls the “…”": the North, not the museum); a person for "he" or "she" only."""
        gender = person_pronouns().get(a.speaker_text.lower())  # (the nearest clause's subject that fits, see clause_subjects)
        return clause_namer(self.masked, self.sents[self.sent_at(a.start)].start, a.start, self.account.between,
                            lambda at: self.subject_of(at, a.start),
                            lambda s: (gender is not None) == self.is_person(s) and self.gender_fits(s, gender or ""),
                            person=gender is not None)

    def _titled_before(self, a: Attribution, sentence: int | None) -> str | None:
        """ "The envoy", no one of that role named: the speaker of a state's title with that role ("Russia's
        ambassador said") in the last few sentences, when it spoke."""
        words = key(a.speaker_text).split()
        if len(words) != 2 or words[0] != "the" or (title := titles().get(words[1])) is None or not title.role:
            return None
        here = self.sent_at(a.start)
        for x in self.subjects_before(a.start, sentence, down_to=max(0, here - _TITLED_SENTENCES)):
            owned = key(x.speaker_text or "").split()
            if (x.speaker and len(owned) == 2 and owned[0].endswith("'s") and (t := titles().get(owned[1])) is not None
                    and title.role in t.roles):
                return x.speaker
        return None

    def _medium_kind(self, channel: str) -> str:
        """What a medium is (``data/channels.csv``, kind: agency, broadcaster, online …)."""
        e = self.account.entity(channel)
        return e.medium_kind if e is not None else ""

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

    def surname(self, name: str, pos: int) -> str | None:
        """A one-word name stands for the last person named in full with it: "Kim" after "Kim Yo Jong"."""
        return full_name_of_surname(self.masked, self.reversed, name, pos)

    def possessor_at(self, pos: int) -> str | None:
        """The person a possessive pronoun at ``pos`` ("In her opinion", "in his letter") stands for: the last person of
        its gender its own sentence names before it as more than an object, else quoted in the last few sentences, else
        named (:meth:`antecedent`)."""
        m = _POSSESSIVE_WORD.search(self.masked, pos, pos + 12)
        gender = possessive_genders().get(m.group(0).lower(), "") if m is not None else ""
        gender = gender if gender in ("m", "f") else ""
        # "President Olena Marchuk in her nightly address said": the person named in the sentence before it first.
        lo = self.sents[self.sent_at(pos)].start
        for mention in reversed(self.account.between(lo, pos)):
            e = mention.entity
            if e is not None and e.kind == "person" and not mention.oblique and self.gender_fits(e.name, gender):
                return e.name
        return self.antecedent("person", pos, gender=gender)

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
        if refers in _ORDER_BACK:  # "the latter": the last of the two people named before; "the former": the other
            people = (m.entity.name for m in reversed(self.account.between(0, pos))
                      if m.entity is not None and m.entity.kind == "person")
            last_two = list(itertools.islice(dict.fromkeys(people), 2))
            return last_two[_ORDER_BACK[refers]] if len(last_two) == 2 else None
        # A person: the last person quoted within the last few sentences, else the last one named.
        here = self.sent_at(pos)
        for x in self.subjects_before(pos, sentence, down_to=max(0, here - 2)):
            if here - self.sent_at(x.pos) > 2:
                break  # every subject before it is further back
            if speaker_kind(x.speaker) == "person" and self.gender_fits(x.speaker, gender) and not plural_people(
                    x.speaker):  # "…, the officers said. “…,” he said": never a plural
                return x.speaker
            if x.speaker and self._voice_of_body(x) and not self._person_between(x.pos, pos):
                return x.speaker  # "the spokesman said ... He stressed": the unnamed spokesman, his body's voice
        named = bisect.bisect_left(self.persons, pos, key=_FIRST)
        return next((p for _, p, _ in reversed(self.persons[:named]) if self.gender_fits(p, gender)), None)


_ORDER_BACK = {"latter": 0, "former": 1}  # of the last two people named, counting back from the anaphor

# The possessive of a document attribution that names no one ("in her opinion"): the word after "in".
_POSSESSIVE_WORD = re.compile(r"(?<=\b[Ii]n\s)\w+")


def _past_titles(text: str, at: int) -> int | None:
    """Where the name after abbreviated titles at ``at`` opens ("Brig. Gen. Ryan Keller", "Cmdr. Mark Dolan"), when
    every abbreviation is a title (``data/titles.csv``); None if ``at`` opens none."""
    m = _ABBREVIATED_TITLES.match(text, at)
    if m is None or not all(key(w) in titles() for w in m.group(0).split() if w[0] != "("):
        return None
    return m.end() + 1


def _names_someone(phrase: str) -> bool:
    """Whether a group's last word is someone's: a title, a person's noun, someone unnamed's ("the older man",
    "a senior official"), not a thing's ("the route", "the warning")."""
    noun = key(phrase).split()[-1]
    return any(w in titles() or w in unnamed_sources().labels or w in person_nouns() for w in (noun, noun.removesuffix("s")))


def _holder_of(text: str, at: int) -> re.Match | None:
    """ "a former commander of the " right before ``at``: someone unnamed by a title (``data/titles.csv``) whose body
    the words at ``at`` name, else None."""
    m = _HOLDER_OF.search(text, max(0, at - 60), at)
    return m if m is not None and (title := titles().get(key(m.group("noun")))) is not None and title.role else None


def _definite_role(text: str, a: Attribution) -> str | None:
    """The role of a title that ``a`` names alone after "the" and its modifiers ("the respected General Secretary",
    "the Admiral"), else None."""
    title = titles().get(key(a.speaker_text))
    if title is None or not title.role or title.cls == "courtesy" or not _DEFINITE_BEFORE.search(text, max(0, a.start - 40), a.start):
        return None
    return title.role


def names_for_subject(masked: str, said: Said) -> bool:
    """Whether ``said`` was read from a pronoun in "what it calls", "what they describe as", or from a subject that
    names a thing so as a habit ("Moscow routinely calls"): a clause's subject naming a thing by its own word, not
    words a document of its issued."""
    return said.pos >= 0 and (said.cue is not None and key(said.speaker_text or "") in pronouns() and (
        _WHAT.search(masked, max(0, said.pos - 8), said.pos) is not None) or habitual_naming(masked, said.pos, said.speaker_text, said.cue, said.speaker))

