"""One account of who is who in an article: its mentions of people, bodies and media, each resolved.

An article names a person in full once ("Vice Foreign Minister Kim
Jong-gyu", "Lim Soo-ho, a senior research fellow at …") and then by family
name ("Kim", "Mr Kim", "Rep. Park"), by role ("the minister"), by
description ("the North Korean leader") or by pronoun ("she").  It names a
medium ("the Korean Central News Agency") and then "the agency", or names
none ("state media").  :func:`account` reads an article once, in order, and
resolves every such mention to one :class:`Entity`; quotes (speaker,
channel) and claimants read the same account.

Rules, in the order of the text:

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
from dataclasses import dataclass
from typing import NamedTuple

from .speakers import _alternation
from .vocab import load_table

__all__ = ["Entity", "Mention", "Account", "account", "group_state", "DPRK_STATE_MEDIA"]

DPRK_STATE_MEDIA = "DPRK state media"

# A run of capitalised words (a word may hold hyphens, apostrophes, a final dot of an initial); "’s" ends it.
_WORD = r"(?:[A-Z][a-z]{0,2}\.(?=\s)|[A-Z](?:[\w\-]|[’'](?![sS]\b)\w)*+)"
_RUN = re.compile(rf"\b{_WORD}(?:[ \t]+{_WORD}){{0,9}}")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)\Z")
_APPOSITION = re.compile(r",\s+(?:(?:a|an|the|who\s+is|its|his|her)\s+)?([^,;:.#“”\"()]{1,80})")
_OBLIQUE_BEFORE = re.compile(r"\b(?:of|with|to|by|for|on|and|than|against|about|in|at|from|into|toward|towards|over|between|among)\s+\Z", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
_WS = re.compile(r"\s+")
_WORD_SPACE = re.compile(r"(\S+)\s+")
_INITIAL = re.compile(r"\b[A-Z]\.\Z")


@dataclass(frozen=True)
class Entity:
    """A person, body or medium of an article.

    Attributes
    ----------
    name : str
        Canonical name: the vocabulary's, else the full name as first written.
    kind : str
        ``person``, ``body`` or ``medium``.
    group : str
        ``dprk_official``, ``dprk_state_media``, ``russia_official``,
        ``russia_state_media``, ``ukraine_official``, ``south_korea_official``,
        ``us_official``, ``other_official``, ``analyst``, ``media`` or ``other``.
    gender : str
        ``m``, ``f`` or ``""`` when the article does not tell.
    surname : str
        The family name that later stands for a person ("" for bodies).
    roles : frozenset of str
        Roles of ``data/titles.csv`` the article gives the person.
    medium_kind : str
        The common noun that later stands for a medium or body: ``agency``,
        ``newspaper``, ``broadcaster`` … (``data/channels.csv``), ``ministry``,
        ``military`` … (``data/body_nouns.csv``).
    state : str
        The state the entity speaks for (``dprk``, ``russia`` …), or ``""``.
    """

    name: str
    kind: str
    group: str = "other"
    gender: str = ""
    surname: str = ""
    roles: frozenset = frozenset()
    medium_kind: str = ""
    state: str = ""


class Mention(NamedTuple):
    """A stretch of the text naming an entity.

    ``how``: ``full`` (a name, with its title), ``alias`` (a vocabulary
    alias), ``surname``, ``role``, ``description``, ``pronoun`` or
    ``medium`` (a description of a medium).  ``entity`` is None when nothing
    it could stand for was named before it.
    """

    start: int
    end: int
    surface: str
    how: str
    entity: Entity | None
    oblique: bool


def group_state(group: str) -> str:
    """The state a group speaks for: ``dprk``, ``russia`` … or ``""`` (analysts, other)."""
    for suffix in ("_official", "_state_media"):
        if group.endswith(suffix):
            return group[: -len(suffix)]
    return ""


# --- vocabularies --------------------------------------------------------------


def _key(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


def _name_key(s: str) -> str:
    # "Kim Jong-gyu" and "Kim Jong Gyu" are one person.
    return " ".join(s.replace("’", "'").replace("-", " ").lower().split())


class _Title(NamedTuple):
    role: str
    gender: str
    cls: str


@functools.cache
def _titles() -> dict[str, _Title]:
    t = load_table("titles.csv")
    return {_key(w): _Title(r, g, c) for w, r, g, c in zip(t.title, t.role, t.gender, t["class"])}


@functools.cache
def _title_re() -> tuple[re.Pattern, re.Pattern]:
    """Titles and nationality words opening a run, and the same closing the text before a name."""
    words = [*_titles(), *_nationalities()]
    alt = _alternation(sorted(words))
    lead = re.compile(rf"(?i:(?:{alt}))(?:\s+|\Z)")
    trail = re.compile(rf"\b(?i:(?:{alt}))\s+\Z")
    return lead, trail


@functools.cache
def _title_comma() -> re.Pattern:
    alt = _alternation(sorted(t for t, i in _titles().items() if i.cls != "courtesy"))
    return re.compile(rf"\b(?P<title>(?i:{alt}))(?:\s+(?:in|to|at|of|for)\s+[\w’'\- ]{{1,30}}?)?,\s+\Z")


@functools.cache
def _nationalities() -> dict[str, str]:
    t = load_table("nationalities.csv")
    return {_key(w): s for w, s in zip(t.word, t.state)}


@functools.cache
def _family_first() -> frozenset[str]:
    return frozenset(load_table("family_name_first.csv").surname)


@functools.cache
def _stops() -> frozenset[str]:
    return frozenset(_key(w) for w in load_table("name_stops.csv").word) | frozenset(
        load_table("stopwords.csv").word
    )


@functools.cache
def _pronouns() -> dict[str, str]:
    t = load_table("pronouns.csv")
    return dict(zip(t.pronoun, t.gender))


class _Known(NamedTuple):
    name: str
    kind: str
    group: str
    gender: str
    medium_kind: str


@functools.cache
def _known() -> dict[str, _Known]:
    """Every alias of the vocabularies, lower case, to its entity."""
    out: dict[str, _Known] = {}
    media: dict[str, _Known] = {}
    ch = load_table("channels.csv")
    state_group = {"dprk_state": "dprk_state_media", "russia_state": "russia_state_media", "ukraine_state": "ukraine_state_media"}
    for a, c, s, k in zip(ch.alias, ch.channel, ch.state, ch.kind):
        out[_key(a)] = media.setdefault(c, _Known(c, "medium", state_group.get(s, "media"), "", k))
    sp = load_table("speakers.csv")
    nouns = load_table("body_nouns.csv")
    noun = dict(zip(nouns.speaker, nouns.noun))
    for a, s, k, g, grp in zip(sp.alias, sp.speaker, sp.kind, sp.gender, sp.group):
        if _key(a) not in out:  # a medium's other names are the medium's ("the Korean Central News Agency")
            out[_key(a)] = media.get(s) or _Known(s, k, grp, g, noun.get(s, ""))
    return out


@functools.cache
def _speaker_roles() -> dict[str, tuple[frozenset, str]]:
    """Roles and state of the vocabularies' persons (``data/speaker_roles.csv``)."""
    t = load_table("speaker_roles.csv")
    out: dict[str, tuple[frozenset, str]] = {}
    for name, role, state in zip(t.speaker, t.role, t.state):
        roles, _ = out.get(name, (frozenset(), ""))
        out[name] = (roles | {role}, state)
    return out


@functools.cache
def _by_name() -> dict[str, _Known]:
    """The vocabularies' entities by canonical name."""
    out: dict[str, _Known] = {}
    for k in _known().values():
        out.setdefault(k.name, k)
    return out


@functools.cache
def _surnames() -> dict[str, str]:
    """Family names the vocabularies give their persons ("putin": Vladimir Putin), for an article that names them so."""
    t = load_table("actors.csv")
    out = {}
    for entity, kind, short in zip(t.entity, t.kind, t.short):
        if kind == "person":
            for s in filter(None, short.split("|")):
                out.setdefault(_key(s), entity)
    return out


class _Description(NamedTuple):
    refers: str
    target: str


class _RoleOf(NamedTuple):
    """A role held in a state: "the Russian minister"."""

    refers: str
    target: str
    state: str


@functools.cache
def _descriptions() -> dict[str, _Description]:
    t = load_table("descriptions.csv")
    out = {_key(p): _Description(r, g) for p, r, g in zip(t.phrase, t.refers, t.target)}
    for title, info in _titles().items():
        if info.role and info.cls != "courtesy":
            out.setdefault(f"the {title}", _Description("role", info.role))
    # "a ministry official", "an agency spokesman": someone unnamed speaking for the body.
    for noun in {*load_table("body_nouns.csv").noun, *load_table("channels.csv").kind}:
        for det in ("a", "an", "one", "the"):
            for who in ("official", "spokesman", "spokeswoman", "spokesperson"):
                out.setdefault(f"{det} {noun} {who}", _Description("noun", noun))
    return out


@functools.cache
def _role_phrase_re() -> re.Pattern:
    """"the Security Council secretary", "The Russian minister": a role after capitalised words."""
    roles = _alternation(sorted(t for t, i in _titles().items() if i.role and i.cls != "courtesy"))
    return re.compile(rf"\b[Tt]he\s+(?P<mod>(?:[A-Z][\w’'\-.]*\s+){{1,3}})(?P<role>(?i:{roles}))\b")


# "a senior official at the presidential office": someone unnamed speaking for the body named next.
_OFFICIAL_OF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z][\w\-]*\s+){0,2}(?:officials?|spokes(?:man|woman|person))\s+(?:at|of|from|in|with)\s+(?:the\s+)?\Z"
)


@functools.cache
def _phrase_re() -> re.Pattern:
    """Aliases, descriptions and pronouns, whichever is longest at a position."""
    words = {*_known(), *_descriptions(), *_pronouns()}
    return re.compile(rf"\b(?i:{_alternation(sorted(words))})\b")


# --- the account -----------------------------------------------------------------


class Account:
    """Who is who in one article: its mentions, in order, each resolved to an entity.

    Build it with :func:`account`.  Offsets are those of the text given.
    """

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[Mention] = []
        self.entities: dict[str, Entity] = {}  # by name key
        self._starts: list[int] = []
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
        return self.entities.get(_name_key(name))

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
            if medium_kind and e.medium_kind != medium_kind:
                continue
            return e
        return None

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``text[lo:hi]``, in order."""
        return self.mentions[bisect.bisect_left(self._starts, lo):bisect.bisect_left(self._starts, hi)]

    # -- reading

    def _read(self) -> None:
        # Longest first at each position (a phrase of the vocabularies before a run of the same length), then
        # the first that does not overlap a kept one.
        found = [(*f, 0) for f in self._phrases()] + [(*f, 1) for f in self._roles()] + [(*f, 1) for f in self._runs()]
        found.sort(key=lambda f: (f[0], f[0] - f[1], f[4]))
        kept, end = [], -1
        for f in found:
            if f[0] >= end:
                kept.append(f)
                end = f[1]
        for lo, hi, how, data, _ in kept:
            self._add(lo, hi, how, data)

    def _runs(self) -> list[tuple]:
        """Capitalised runs that are names of persons by their form, or a title and a family name."""
        text, out = self.text, []
        lead, trail = _title_re()
        known, stops = _known(), _stops()
        for m in _RUN.finditer(text):
            lo, hi = m.span()
            titles, name_lo = [], lo
            while True:  # titles and nationality words ("North Korean Vice Foreign Minister"), or an opener ("But")
                t = lead.match(text, name_lo, hi)
                if t is not None and t.end() < hi:
                    titles.append(_key(t.group(0)))
                    name_lo = t.end()
                    continue
                w = _WORD_SPACE.match(text, name_lo, hi)
                if w is not None and _key(w.group(1)) in stops and w.end() < hi:
                    name_lo = w.end()
                    if not titles:
                        lo = name_lo
                    continue
                break
            # "Nato Secretary General Jens Stoltenberg": the name follows the last title or institution word.
            for w in reversed(list(_WORD_SPACE.finditer(text, name_lo, hi))):
                if _key(w.group(1)) in stops or lead.match(text, w.start(), hi):
                    titles += [_key(t.group(0)) for t in (lead.match(text, v.start(), hi) for v in _WORD_SPACE.finditer(text, name_lo, w.end())) if t]
                    name_lo = w.end()
                    break
            name = text[name_lo:hi]
            if name.endswith(".") and not _INITIAL.search(name):
                name = name[:-1]
            words = name.split()
            if not words:
                continue
            k = _key(name)
            if not titles:
                before = trail.search(text, max(0, lo - 40), lo)
                if before is not None:
                    titles.append(_key(before.group(0)))
                    lo = before.start()
                elif (before := _title_comma().search(text, max(0, lo - 60), lo)) is not None:
                    # "Russia's top general, Valery Gerasimov,": the title in an apposition before the name.
                    titles.append(_key(before.group("title")))
            if len(words) == 1:
                if titles or k not in known:  # a known alias alone is found by the phrase search
                    out.append((lo, name_lo + len(name), "surname", (None, titles, name)))
            elif k in known:
                if titles:
                    out.append((lo, name_lo + len(name), "full", (known[k], titles, name)))
            elif self._person_form(words, bool(titles), text, hi):
                out.append((lo, name_lo + len(name), "full", (None, titles, name)))
        return out

    def _person_form(self, words: list[str], titled: bool, text: str, hi: int) -> bool:
        stops = _stops()
        if any(_key(w) in stops for w in words) or len(words) > 4:
            return False
        if len(words) == 1:
            return False
        if titled:
            return True
        if words[0].lower() in _family_first() and len(words) <= 3 and all(len(w) <= 12 for w in words[1:]):
            return True
        if len(words) == 3 and _PATRONYMIC.search(words[1].lower()):
            return True
        # "Lim Soo-ho, a senior research fellow at …": an apposition naming a role.
        app = _APPOSITION.match(text, hi)
        if app is not None and self._appositive(app.group(1)) is not None:
            return True
        return False

    @staticmethod
    def _appositive(phrase: str) -> tuple[list[str], str] | None:
        """Titles and state named in an apposition ("a senior research fellow at …", "the Kremlin spokesman")."""
        words = _key(phrase).split()
        titles, state = [], ""
        for n in range(len(words)):
            for size in (3, 2, 1):
                w = " ".join(words[n:n + size])
                if w in _titles():
                    titles.append(w)
                    break
                if w in _nationalities() and not state:
                    state = _nationalities()[w]
        return (titles, state) if titles else None

    def _roles(self) -> list[tuple]:
        out = []
        for m in _role_phrase_re().finditer(self.text):
            mod = _key(m.group("mod"))
            state = next((st for w, st in _nationalities().items() if w in mod), "")
            out.append((m.start(), m.end(), "description", _RoleOf("role", _titles()[_key(m.group("role"))].role, state)))
        return out

    def _phrases(self) -> list[tuple]:
        out = []
        for m in _phrase_re().finditer(self.text):
            k = _key(m.group(0))
            if k in _pronouns():
                out.append((m.start(), m.end(), "pronoun", _pronouns()[k]))
            elif k in _descriptions():
                d = _descriptions()[k]
                out.append((m.start(), m.end(), "description" if d.refers in ("entity", "role") else "medium", d))
            else:
                w = m.group(0)
                # A bare family name of the vocabulary ("Kim") is resolved by who the article names.
                how = "surname" if " " not in w and known_person(k) and k in _surnames() else "alias"
                out.append((m.start(), m.end(), how, k))
        return out

    def _add(self, lo: int, hi: int, how: str, data) -> None:
        text = self.text
        oblique = bool(_OBLIQUE_BEFORE.search(text, max(0, lo - 10), lo) or _POSSESSIVE_AFTER.match(text, hi))
        entity = None
        if how == "full":
            known, titles, name = data
            entity = self._register(name, titles, known, hi)
        elif how == "alias":
            k = _known()[data]
            entity = self._known_entity(k)
        elif how == "surname":
            if isinstance(data, tuple):
                _, titles, name = data
            else:
                titles, name = [], text[lo:hi]
            gender = next((_titles()[t].gender for t in titles if t in _titles() and _titles()[t].gender), "")
            entity = self._by_surname(name, lo, gender)
            if entity is None and _key(name) in _known():
                entity = self._known_entity(_known()[_key(name)])
            if entity is None and not titles:
                return  # a capitalised word that names no one the article knows
        elif how == "pronoun":
            entity = self.last(lo, kind=None if data == "n" else "person", gender=data)
        elif how == "description":
            if data.refers == "entity":
                known = _by_name().get(data.target)
                entity = self._known_entity(known) if known is not None else None
            else:
                entity = self._by_role(data.target, lo, data.state if isinstance(data, _RoleOf) else "")
        elif how == "medium":
            if data.refers == "dprk_media":
                entity = self._known_entity(_by_name()[DPRK_STATE_MEDIA])
            else:
                if data.target == "any":
                    entity = self.last(lo, kind="medium")
                else:
                    entity = self.last(lo, medium_kind=data.target)
        if entity is not None and entity.kind == "body" and (o := _OFFICIAL_OF.search(text, max(0, lo - 60), lo)):
            # The unnamed official speaks for the body, and "the official" later stands for it.
            entity = Entity(entity.name, entity.kind, entity.group, entity.gender, entity.surname,
                            entity.roles | {"official"}, entity.medium_kind, entity.state)
            self.entities[_name_key(entity.name)] = entity
            self.mentions.append(Mention(o.start(), lo, text[o.start():lo], "description", entity, False))
            self._starts.append(o.start())
        self.mentions.append(Mention(lo, hi, text[lo:hi], how, entity, oblique))
        self._starts.append(lo)

    def _known_entity(self, k: _Known) -> Entity:
        key = _name_key(k.name)
        e = self.entities.get(key)
        if e is None:
            words = k.name.split()
            surname = ""
            if k.kind == "person" and words:
                surname = words[0] if words[0].lower() in _family_first() else words[-1]
            roles, state = _speaker_roles().get(k.name, (frozenset(), group_state(k.group)))
            e = self.entities[key] = Entity(k.name, k.kind, k.group, k.gender, surname, roles, k.medium_kind, state)
        return e

    def _register(self, name: str, titles: list[str], known: _Known | None, hi: int) -> Entity:
        if known is not None:
            base = self._known_entity(known)
        else:
            key = _name_key(name)
            base = self.entities.get(key)
            if base is None and key in _known():
                base = self._known_entity(_known()[key])
        info = [_titles()[t] for t in titles if t in _titles()]
        states = [_nationalities()[t] for t in titles if t in _nationalities()]
        app = _APPOSITION.match(self.text, hi)
        if app is not None and (found := self._appositive(app.group(1))) is not None:
            info += [_titles()[t] for t in found[0]]
            if found[1]:
                states.append(found[1])
        roles = frozenset(i.role for i in info if i.role)
        gender = next((i.gender for i in info if i.gender), "")
        if base is not None:
            if roles - base.roles or (gender and not base.gender):
                base = Entity(base.name, base.kind, base.group, base.gender or gender, base.surname, base.roles | roles,
                              base.medium_kind, base.state)
                self.entities[_name_key(base.name)] = base
            return base
        words = name.split()
        surname = words[0] if words[0].lower() in _family_first() else words[-1]
        cls = next((i.cls for i in info if i.cls != "courtesy"), "")
        group = "analyst" if cls == "analyst" else f"{states[0]}_official" if states and cls == "official" else (
            "other_official" if cls == "official" else "other")
        e = self.entities[_name_key(name)] = Entity(name, "person", group, gender, surname, roles, "", states[0] if states else "")
        return e

    def _by_surname(self, name: str, pos: int, gender: str) -> Entity | None:
        """The person of family name ``name`` mentioned last before ``pos`` (a possessor or object only if no other)."""
        k = _name_key(name)
        fallback = None
        i = bisect.bisect_left(self._starts, pos)
        for m in reversed(self.mentions[:i]):
            e = m.entity
            if e is None or e.kind != "person" or _name_key(e.surname) != k:
                continue
            if gender and e.gender and e.gender != gender:
                continue
            if not m.oblique:
                return e
            fallback = fallback or e
        return fallback

    def _by_role(self, role: str, pos: int, state: str = "") -> Entity | None:
        i = bisect.bisect_left(self._starts, pos)
        for m in reversed(self.mentions[:i]):
            e = m.entity
            if e is None:
                continue
            e = self.entities.get(_name_key(e.name), e)
            if role in e.roles and (not state or not e.state or e.state == state):
                return e
        return None


def known_person(alias: str) -> bool:
    """Whether a lower-case alias names a person of the vocabularies."""
    k = _known().get(alias)
    return k is not None and k.kind == "person"


def account(text: str) -> Account:
    """The account of ``text``: build it once per article (or per masked article) and ask it.

    Parameters
    ----------
    text : str
        An article's text; quotes pass it with the quoted words masked, so
        that nothing inside a quote becomes a mention.

    Returns
    -------
    Account
        ``resolve(start, end)`` gives the :class:`Entity` a stretch of the
        text stands for; ``last(pos, kind=…)`` the last entity of a kind
        named before a position; ``mentions`` every mention in order.
    """
    return Account(text)
