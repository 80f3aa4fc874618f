"""One account of who is who in an article: its mentions of people, bodies and media, each resolved.

An article names a person in full once ("Vice Foreign Minister Kim
Jong-gyu", "Lim Soo-ho, a senior research fellow at …") and then by family
name ("Kim", "Mr Kim", "Rep. Park"), by role ("the minister"), by
description ("the North Korean leader") or by pronoun ("she").  It names a
medium ("the Korean Central News Agency") and then "the agency", or names
none ("state media").  :func:`account` reads an article once, in order, and
resolves every such mention to one :class:`Entity`; quotes (speaker,
channel) and claimants read the same account.

Rules, in the order of the text (where mentions may be is :mod:`~dossier.extractors.mentions.mention_search`):

* A full mention is a run of capitalised words that is a person's name by
  its form: after a title or role (``data/titles.csv``, also in lower case
  before it: "analyst Ahn Chan-il"), before an apposition naming a role
  (", a senior research fellow at"), a family name first in Korean or
  Chinese order (``data/family_name_first.csv``), a Russian name with a
  patronymic; or any alias of the vocabularies (``data/speakers.csv``,
  ``data/channels.csv``).  A run holding an institution or place word
  (``data/name_stops.csv``) is no person's name.
* A person the vocabularies know takes its canonical name; another keeps its
  name as first written, without its title.
* A family name alone, or after a title ("Park", "Rep. Park", "Ms Kim"),
  stands for the person of that family name named last (by a mention that is
  not a possessor or object of "of", "with" …), of the title's gender; else
  for the vocabulary's owner of the name.
* "the <role>" stands for the last person holding the role; a description
  (``data/descriptions.csv``) for its entity; a pronoun
  (``data/pronouns.csv``) for the last person whose gender does not
  contradict it; "the agency" for the last agency named; "state media" for
  DPRK state media.

Every search is a single pass of a regular expression with bounded
repetition, or a walk over the mentions found: the cost grows with the
article's length.
"""

from __future__ import annotations

import bisect
import functools
import re

from . import mention_vocab as V
from ...text.words import UPPER, alternation
from ...text.datelines import in_dateline
from ...vocab import load_table
from .discourse_antecedents import Antecedents
from .mention_forms import (
    Entity, Mention, apposition_after, appositive, known_person, make_mention, oblique, official_hint, vocabulary_entity,
)
from .mention_search import MentionSearch
from .name_genders import name_gender
from .mention_vocab import group_state, home_state
from .spellings import family_spelled_otherwise, spelled_otherwise
from .speaker_vocab import any_cue, document_issuer, document_noun, document_nouns
from .channel_relays import medium_genres
from .says_after import says_after
from .surname_tally import SurnameTally
from .word_index import list_words

__all__ = ["Entity", "Mention", "Account", "account", "group_state", "home_state", "known_person", "DPRK_STATE_MEDIA"]

DPRK_STATE_MEDIA = "DPRK state media"

_OWNS = re.compile(r"['’]s\s+(?:[\w\-'’]+\s+){0,3}")  # "'s New Year ", before the document's noun
_OF = re.compile(r"\bof\s")
_FORMER_CHARS = 40  # "Former Ukrainian Defence Minister " before "Oleksii Reznikov": how far back its word stands


@functools.cache
def _former_before() -> re.Pattern:
    """A word of ``data/former_words.csv`` right before a name, up to three words of its titles between ("Former
    NATO chief " before "Jens Stoltenberg", "Ex-Defence Minister "): the mention leaves it out of the titles it reads."""
    return re.compile(rf"(?<![\w\-])(?i:{alternation(V.former_words())})[\s\-]+(?:[\w.’'\-]+\s+){{0,3}}\Z")


# ", secretary of the WPK Central Committee": the head of an apposition, up to its first preposition or its end.
_APPOSITION_HEAD = re.compile(r",\s+(?:(?:a|an|the|its|his|her)\s+)?([^,;:.#“”\"()]{1,60}?)(?=\s+(?:of|at|for|to|in|with)\s|[,;:.]|\Z)")
_SENTENCE_BREAK = re.compile(rf"[.!?][\"”’]?\s+(?=[\"“‘]?{UPPER})|\n\s*\n")


def _apposed(text: str, described: Mention, lo: int, hi: int, named: Entity) -> bool:
    """Whether the medium named at ``text[lo:hi]`` stands in apposition to the one described just before it, set off by
    commas: "carried by the regime's mouthpiece, the Korean Central News Agency, Kim said" is KCNA.  Only a medium of
    the described one's own kind of owner ("state media, KCNA and Yonhap" is a list)."""
    return (text[described.end:lo] == ", " and described.entity is not None and described.entity.group == named.group
            and _APPOSITION_CLOSED.match(text, hi) is not None)


_APPOSITION_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")


def _other_order(key: str) -> V.Known | None:
    """The vocabulary's person a two-word name is in the other order: "Nakatani Gen", family name first as Japanese
    outlets write it, is Gen Nakatani."""
    words = key.split()
    known = V.known().get(f"{words[1]} {words[0]}") if len(words) == 2 else None
    return known if known is not None and known.kind == "person" else None


class Account(Antecedents):
    """Who is who in one article: its mentions, in order, each resolved to an entity.

    Build it with :func:`account`.  Offsets are those of the text given.
    """

    def __init__(self, text: str, sentence_starts: list[int] | None = None, scan=None, home_state: str = ""):
        self.text = text
        self.home_state = home_state
        self.mentions: list[Mention] = []
        self.entities: dict[str, Entity] = {}  # by name key
        self._starts: list[int] = []
        if sentence_starts is None:
            sentence_starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)]
        self._sentences = sorted(sentence_starts)
        self._by_sur: dict[str, list[Mention]] = {}  # person mentions by family name, in order
        self._sur_tally: dict[str, SurnameTally] = {}  # the same, summed
        self._scan = scan
        if scan is None:
            self._word_starts, self._lower, self._marks = list_words(text)
        else:
            self._word_starts, self._lower, self._marks = scan.words()
        self._read()

    # -- public API

    def mention_at(self, start: int, end: int | None = None) -> Mention | None:
        """The mention covering ``text[start:end]`` (``end`` None: covering ``start``); the longest overlapping one."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._starts, end - 1)
        best = None
        for m in reversed(self.mentions[max(0, i - 4):i]):
            if m.end > start and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def resolve(self, start: int, end: int) -> Entity | None:
        """The entity that ``text[start:end]`` (a name, title, role, description, pronoun or medium) stands for."""
        m = self.mention_at(start, end)
        return m.entity if m is not None else None

    def entity(self, name: str) -> Entity | None:
        """The article's entity of canonical ``name``, if it names it."""
        return self.entities.get(V.name_key(name))

    def last(self, pos: int, *, kind: str | None = None, gender: str = "", medium_kind: str = "") -> Entity | None:
        """The entity of the last mention before ``pos`` of that kind (and not of the other gender, medium kind)."""
        i = bisect.bisect_left(self._starts, pos)
        for m in reversed(self.mentions[:i]):
            e = m.entity
            if e is None or (kind and e.kind != kind):
                continue
            if gender == "n" and (e.kind == "person" or m.oblique):
                continue
            if gender in ("m", "f") and (e.kind != "person" or (e.gender and e.gender != gender)):
                continue
            if medium_kind and e.medium_kind != medium_kind and not e.medium_kind.endswith(f" {medium_kind}"):
                continue
            return e
        return None

    def holder(self, role: str, pos: int, state: str = "") -> Entity | None:
        """The person of ``role`` (a role of ``data/titles.csv``) in ``state`` named last before ``pos``."""
        e = self._by_role(role, pos, state)
        return e if e is not None and e.kind == "person" else None

    def relative(self, of: Entity, relation: str) -> Entity | None:
        """The person who is ``of``'s ``relation`` ("sister", lower case) in ``data/kin.csv``, if any."""
        known = V.kin().person.get((of.name, relation))
        return self._known_entity(known) if known is not None else None

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``text[lo:hi]``, in order."""
        return self.mentions[bisect.bisect_left(self._starts, lo):bisect.bisect_left(self._starts, hi)]

    # -- reading

    def _read(self) -> None:
        words = MentionSearch(self.text, self._word_starts, self._lower, self._marks, self._scan)
        for f in words.found():
            self._add(f.lo, f.hi, f.how, f.data)

    def _unnamed_entity(self, lo: int, new: bool, m: re.Match) -> Entity | None:
        sources, place = V.unnamed_sources(), m.group("place") or ""
        if (same := m.groupdict().get("same")) and (named := _last_place(self.text, lo, same)) is not None:
            place = named  # "a source in the province told Daily NK", after "in North Hamgyong province"
        label = noun_label = sources.labels[m.group("noun")]
        if new:
            if m.group("clause"):  # "a woman who fled North Korea": a defector, still "the woman" later
                label = sources.clauses[" ".join(m.group("clause").lower().split())]
            name = f"{label} in {place}" if place else label
            # (Its noun is a role too, as titles.csv reads it: "the researcher" after "a researcher at a Seoul think
            # tank" is that one, and "the scholar" after "a scholar" is an analyst's.)
            title = V.titles().get(noun := m.group("noun"))
            roles = {label, noun_label, noun, *([title.role] if title is not None and title.role else [])}
            e = self.entities[V.name_key(name)] = Entity(name, "person", "other", roles=frozenset(roles))
            return e
        for old in reversed(self.mentions[:bisect.bisect_left(self._starts, lo)]):  # the last of that label and place
            e = old.entity
            if e is not None and label in e.roles and (not place or f" in {place}".lower() in e.name.lower()):
                return e
        return None

    def _add(self, lo: int, hi: int, how: str, data) -> None:
        text = self.text
        if how == "alias" and in_dateline(text, lo, hi):
            return  # "SEOUL, South Korea (AP) —": the dateline's city and state are where, not who
        is_oblique = oblique(text, lo, hi)
        entity = None
        if how == "full":
            known, titles, name = data
            if _former_before().search(text, max(0, lo - _FORMER_CHARS), max(lo, text.find(name, lo, hi))):
                titles = ["former", *titles]  # "Former NATO chief Jens Stoltenberg": the titles are no longer his
            entity = self._register(name, titles, known, hi)
        elif how == "alias":
            k = V.known()[data]
            entity = self._known_entity(k)
            if entity.kind == "person" and (head := _APPOSITION_HEAD.match(text, hi)) and (app := appositive(head.group(1))):
                # "Pak Jong Chon, secretary of the WPK Central Committee,": the role the apposition gives a person the
                # vocabularies know is "the secretary" later; only its head's ("Kim Yo Jong, the sister of leader Kim
                # Jong Un,": his title, not hers).
                entity = self._register(k.name, app.titles, k, len(text))
        elif how == "surname":
            if isinstance(data, tuple):
                _, titles, name = data
            else:
                titles, name = [], text[lo:hi]
            gender = next((V.titles()[t].gender for t in titles if t in V.titles() and V.titles()[t].gender), "")
            entity = self._holder_of(name, lo, titles) or self._by_surname(name, lo, gender)
            if entity is None and V.key(name) in V.known():
                entity = self._known_entity(V.known()[V.key(name)])
            if entity is None and (spelled := family_spelled_otherwise(name)) is not None:
                entity = self._known_entity(spelled)  # "President Zelenski": a known person's name spelt otherwise
            if entity is None and not titles:
                return  # a capitalised word that names no one the article knows
        elif how == "pronoun":
            entity = self._pronoun(lo, data)
        elif how == "unnamed":
            entity = self._named_beside(lo, hi, before=True) or self._unnamed_entity(lo, *data)
        elif how == "org":
            name = text[lo:hi]
            entity = self.entities.get(V.name_key(name)) or self.entities.setdefault(V.name_key(name), Entity(name, "body", data))
        elif how == "home":
            entity = self._home_body(lo, hi, data)
            if entity is None:
                return  # no state to read it by: its words are read as written
        elif how == "description":
            if data.refers == "author":
                entity = self._author(lo, hi)
            elif data.refers == "entity":
                known = V.by_name().get(data.target)
                entity = self._known_entity(known) if known is not None else None
            else:
                state = data.state if isinstance(data, V.RoleOf) else ""
                entity = self._by_role(data.target, lo, state, text[lo:hi].rsplit(None, 1)[-1])
        elif how == "medium":
            if data.refers == "dprk_media":
                entity = self._known_entity(V.by_name()[DPRK_STATE_MEDIA])
            elif data.refers == "report":
                # "the broadcast", none named near it: a broadcaster's, the last the article named.
                entity = self._recent_medium(lo) or (self.last(lo, medium_kind=data.target) if data.target else None)
            elif data.target == "any":
                entity = self.last(lo, kind="medium")
            else:  # "state TV showed ... the broadcaster said": unnamed state media (kind "other") are of every kind
                entity = self.last(lo, medium_kind=data.target)
                entity = entity or (m if data.target not in V.body_kinds() and (m := self.last(lo, kind="medium")) and (
                    m.medium_kind == "other") else None)  # (of every medium's kind, no body's: "the spy agency")
                if entity is None and (home := self._home_noun_body(lo, hi, data.target)) is not None:
                    entity = self._known_entity(home)
                elif entity is None and data.refers == "noun" and (home := _home_descriptions().get(
                        (V.key(text[lo:hi]).removeprefix("the "), self.home_state))) and home in V.by_name():
                    entity = self._known_entity(V.by_name()[home])  # "the spy agency" in Seoul's copy naming none: the NIS
        if entity is not None and entity.kind == "body" and official_hint(text, lo) and (
            o := V.OFFICIAL_OF.search(text, max(0, lo - 60), lo)
        ):
            # The unnamed official speaks for the body, and "the official" (or "the spokesman") later stands for it.
            entity = self._with_official(entity, o.group("title"))
            official = make_mention((o.start(), lo, text[o.start():lo], "description", entity, False))
            # "A spokeswoman for South Korea's unification ministry": found for the owner, then for the body it owns,
            # which the official speaks for.
            same = next((k for k in range(len(self.mentions) - 1, max(-1, len(self.mentions) - 4), -1)
                         if self._starts[k] == o.start() and self.mentions[k].how == "description"), None)
            if same is not None:
                self.mentions[same] = official
            else:
                self.mentions.append(official)
                self._starts.append(o.start())
        elif entity is not None and entity.kind == "body" and (o := V.OFFICIAL_AFTER.match(text, hi)):
            entity = self._with_official(entity, o.group("title"))
        if how in ("full", "alias", "home") and entity is not None and entity.kind in ("person", "body"):
            self._named_beside(lo, hi, entity)
        elif how == "alias" and entity is not None and entity.kind == "medium" and self.mentions and (
                (last := self.mentions[-1]).how == "medium" and (text[last.end:lo] == " " or _apposed(text, last, lo, hi, entity))):
            # "The North's propaganda outlet Uriminzokkiri": the medium described is the one its name then gives.
            self.mentions[-1] = last._replace(entity=entity)
        mention = make_mention((lo, hi, text[lo:hi], how, entity, is_oblique))
        self.mentions.append(mention)
        self._starts.append(lo)
        if entity is not None and entity.kind == "person" and entity.surname and how != "unnamed":  # (an apposition)
            keys = [V.name_key(entity.surname)]
            if how == "full" and (written := _written_surname(data[2], entity)) not in (None, keys[0]):
                keys.append(written)  # "Volodymyr Zelenski … Zelenski said": the family name as this article spells it
            for key in keys:
                self._by_sur.setdefault(key, []).append(mention)
                tally = self._sur_tally.get(key)
                if tally is None:
                    tally = self._sur_tally[key] = SurnameTally()
                tally.add(mention)
        if is_oblique and entity is not None and entity.kind == "person" and " of " in text[max(0, lo - 40):lo]:
            self._kin_before(lo, hi, entity)

    def _named_beside(self, lo: int, hi: int, named: Entity | None = None, before: bool = False) -> Entity | None:
        """Someone unnamed and a name in apposition are one person: "Another analyst, Peter Ward of NK News, said" (the
        mention before ``named``); "Rachel Minyoung Lee, a senior analyst at …" (``before``: the person returned).
        A document by someone is theirs: "The statement by the North's foreign ministry" (the mention before)."""
        for k, last in enumerate(self.mentions[:-3:-1], 1):  # the document may stand before an owner: "North Korea's"
            if before:  # but "Kim, a source said, …": the unnamed one is the verb's subject
                apposed = last.entity is not None and last.entity.kind == "person" and self.text[last.end:lo] == ", "
                return last.entity if apposed and not any_cue().match(self.text, hi + 1) else None
            if (last.how == "unnamed" and k == 1 and named.kind == "person" and self.text[last.end:lo] == ", ") or (
                    last.how == "description" and document_issuer().fullmatch(self.text, last.end, lo) and document_nouns().search(last.surface)):
                self.mentions[-k] = last._replace(entity=named)
        return None

    def _kin_before(self, lo: int, hi: int, entity: Entity) -> None:
        """"The powerful sister of North Korean leader Kim Jong Un": a mention of the relative over the whole phrase.

        Found again at each mention the phrase ends with (the description, then the name), each time longer.
        """
        kin = V.kin()
        m = kin.before_of.search(self.text, max(0, lo - 80), lo)
        if m is None or (relative := kin.person.get((entity.name, m.group("relation")))) is None:
            return
        e = self._known_entity(relative)
        mention = make_mention((m.start(), hi, self.text[m.start():hi], "description", e, False))
        i = bisect.bisect_left(self._starts, m.start())
        if i < len(self._starts) and self._starts[i] == m.start() and self.mentions[i].entity.name == e.name:
            self.mentions[i] = mention
        else:
            self.mentions.insert(i, mention)
            self._starts.insert(i, m.start())

    def _with_official(self, entity: Entity, title: str) -> Entity:
        """``entity``, a body, as one an unnamed official or spokesperson (``title``) of the article speaks for."""
        info = V.titles().get(title)
        roles = {"official"} | (info.roles if info is not None else frozenset())
        entity = Entity(entity.name, entity.kind, entity.group, entity.gender, entity.surname,
                        entity.roles | roles, entity.medium_kind, entity.state)
        self.entities[V.name_key(entity.name)] = entity
        return entity

    def _home_noun_body(self, lo: int, hi: int, noun: str) -> V.Known | None:
        """ "A military official said" in Seoul's copy, no military named before: the one body of that noun at home
        (``noun_bodies``).  Only an official, of no state named after ("a military spokesman of the North"), in a
        sentence that names no medium before ("KCNA quoted an unnamed military official": the North's)."""
        words = V.key(self.text[lo:hi]).split()
        if words[0] not in ("a", "an", "one") or words[-1].removesuffix("s") != "official" or self.text.startswith(" of ", hi):
            return None
        here, _ = self._sentence_and_before(lo)
        if any(m.entity is not None and m.entity.kind == "medium" for m in self.between(here, lo)):
            return None
        return V.noun_bodies().get((noun, self.home_state))

    def _known_entity(self, k: V.Known) -> Entity:
        key = V.name_key(k.name)
        e = self.entities.get(key)
        if e is None:
            e = self.entities[key] = vocabulary_entity(k)
        return e

    def _register(self, name: str, titles: list[str], known: V.Known | None, hi: int) -> Entity:
        if known is not None:
            base = self._known_entity(known)
        else:
            key = V.name_key(name)
            base = self.entities.get(key)
            if base is None and (known := V.known().get(key) or spelled_otherwise(name) or _other_order(key)) is not None:
                base = self._known_entity(known)
        info = [V.titles()[t] for t in titles if t in V.titles()]
        states = [V.nationalities()[t] for t in titles if t in V.nationalities()]
        if (app := apposition_after(self.text, hi)) is not None:
            info += [V.titles()[t] for t in app.titles]
            if app.state:
                states.append(app.state)
        roles = info[0].roles if len(info) == 1 else frozenset().union(*(i.roles for i in info))
        if (former := next((n for n, t in enumerate(titles) if t in V.former_words()), None)) is not None:
            # "Former Unification Minister Kim Yeon-chul": out of office, never "the minister" the article names later.
            roles = frozenset().union(*(V.titles()[t].roles for t in titles[:former] if t in V.titles()))
        gender = next((i.gender for i in info if i.gender), "")
        if base is not None:
            if roles - base.roles or (gender and not base.gender):
                base = Entity(base.name, base.kind, base.group, base.gender or gender, base.surname, base.roles | roles,
                              base.medium_kind, base.state)
                self.entities[V.name_key(base.name)] = base
            return base
        words = name.split()
        surname = words[0] if words[0].lower() in V.family_first() else words[-1]
        cls = next((i.cls for i in info if i.cls != "courtesy"), "")
        group = "analyst" if cls == "analyst" else f"{states[0]}_official" if states and cls == "official" else (
            "other_official" if cls == "official" else "other")
        gender = gender or name_gender(name)  # "Irina Petrovna": the name's own form, when no title tells
        e = self.entities[V.name_key(name)] = Entity(name, "person", group, gender, surname, roles, "", states[0] if states else "")
        return e

    def _author(self, pos: int, end: int) -> Entity | None:
        """The author a document (``text[pos:end]``, "the statement") stands for.

        The possessor of the last document of that noun ("Kim Yo Jong's statement"), else the subject of its sentence
        ("Kim Yo Jong issued a press statement …": hers), the last person or body it names before the noun as more
        than a possessor or object; else the body the last sentence naming one gives as the source of its words
        ("…, the Kremlin press service reported"), else that sentence's first subject ("the defense ministry
        denounced the drills, as Pyongyang deepens its ties …": the ministry). What a medium writes in its own name
        ("the editorial": ``medium_genres``) may be a medium's too: the one that ran it, else the medium named last.
        """
        noun = self.text[pos:end].split()[-1].lower()
        kinds = ("person", "body", "medium") if (genre := noun in medium_genres()) else ("person", "body")
        earlier = [m.span() for m in document_noun(noun).finditer(self.text, 0, pos)]
        if earlier:
            at, after = earlier[-1]
            lo = self._sentence_and_before(at)[0]
            o = next((m for m in reversed(self.between(lo, at)) if m.entity is not None), None)  # a possessor?
            if o is not None and o.entity.kind in kinds and _OWNS.fullmatch(self.text, o.end, at):
                return o.entity
            # "a commentary by Kim Chol Myong said …. The commentary added": his, not the subject's; but "a message of
            # greetings to Putin" is of what it says, not of whom.
            if (by := document_issuer().match(self.text, after)) is not None and not _OF.search(by.group(0)) and (
                    issuer := next((m.entity for m in self.between(by.start(), by.end() + 1)
                                    if m.entity is not None and m.entity.kind in kinds), None)):
                return issuer
            subject = next((m.entity for m in reversed(self.between(lo, at)) if m.entity is not None and not m.oblique
                            and m.entity.kind in kinds), None)
            if subject is not None:
                return subject
        if genre and (medium := self.last(pos, kind="medium")):
            return medium
        named = [m for m in self.between(0, pos) if m.entity is not None and not m.oblique and m.entity.kind in ("person", "body")]
        if not named:
            return None
        last = [m for m in named if m.start >= self._sentence_and_before(named[-1].start)[0]]
        # "Putin and Kim spoke by phone, the Kremlin press service reported. … the readout said": the one the
        # sentence gives as the source of its words issued the document, not those it tells of.
        return next((m.entity for m in last if m.entity.kind == "body" and says_after(self.text, m.end, part_words=2)), last[0].entity)


def _written_surname(name: str, entity: Entity) -> str | None:
    """The family name of a person's full name as written (name key), when it names a person the vocabularies spell
    otherwise ("Volodymyr Zelenski" for Volodymyr Zelensky: "zelenski"); None for a name written as theirs."""
    words = V.name_key(name).split()
    if len(words) < 2 or V.name_key(entity.name) == " ".join(words) or words[0] in V.family_first():
        return None
    return words[-1]


def _last_place(text: str, pos: int, noun: str) -> str | None:
    """The last place of that noun named before ``pos``, as written ("North Hamgyong province")."""
    found = None
    for found in re.compile(rf"\b{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,2}}\s+(?i:{noun})\b").finditer(text, 0, pos):
        pass
    return found.group(0) if found is not None else None


@functools.cache
def _home_descriptions() -> dict[tuple[str, str], str]:
    """(description, state) -> whom a description stands for in an article written from that state when it names no
    one it could stand for ("the spy agency" in Seoul's copy: the NIS), from ``data/claimant_descriptions.csv``."""
    t = load_table("claimant_descriptions.csv")
    return {(d, state): who for d, home in zip(t.description, t.home) if home
            for state, who in (pair.split("=", 1) for pair in home.split(";"))}


def account(text: str, sentence_starts: list[int] | None = None, scan=None, home_state: str = "") -> Account:
    """The account of ``text``: build it once per article (or per masked article) and ask it.

    Parameters
    ----------
    text : str
        An article's text; quotes pass it with the quoted words masked, so
        that nothing inside a quote becomes a mention.
    sentence_starts : list of int, optional
        Offsets where the article's sentences start (its ``sentences``
        frame); found by punctuation when not given.
    scan : dossier.speakers.MaskedText, optional
        The caller's word index of ``text``, when it has one: its words are
        then not listed again.
    home_state : str, optional
        The state the article is written from
        (:func:`dossier.extractors.mentions.mention_vocab.home_state`): a body it
        names without a state ("the defense ministry") is that state's.

    Returns
    -------
    Account
        ``resolve(start, end)`` gives the :class:`Entity` a stretch of the
        text stands for; ``last(pos, kind=…)`` the last entity of a kind
        named before a position; ``mentions`` every mention in order.
    """
    return Account(text, sentence_starts, scan, home_state)
