"""How a stretch of an article names someone, told by its form.

The pieces :mod:`dossier.extractors.mentions.discourse` reads an article's mentions
with: an :class:`Entity` and its :class:`Mention`; runs of capitalised words
and whether they are a person's name by their form (after a title, family
name first, a patronymic, before an apposition naming a role); what a phrase
of the vocabularies names; and whether a mention is a possessor or the object
of a preposition.  Each is a function of the text around one place, so the
account's cost grows with the article's length.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from . import mention_vocab as V
from .name_genders import is_given_name, is_patronymic
from .says_after import word_after
from .speaker_vocab import cue_words
from .title_search import title_length
from ...vocab import load_list, load_table
from ...text.words import LOWER, UPPER, UPPER_LETTERS

__all__ = [
    "Entity", "Mention", "make_mention", "NAME_RUN", "CapitalisedWords", "capitalised_words", "person_form", "Apposition",
    "appositive", "apposition_after", "RunParts", "run_parts", "name_without_final_dot", "phrase_kind",
    "official_hint", "oblique", "known_person", "org_span", "vocabulary_entity",
]

# A run of capitalised words (a word may hold hyphens, apostrophes, a final dot of an initial); "’s" ends it.
# A word's letters and hyphens are read as one repeat of a class: an alternation tried at each character costs more.
# (A short word's dot before a sentence's first word is a full stop: "Minister Yun Jong Ho. He said".)
_OPENERS = "He|She|It|They|We|The|His|Her|Its|Their|This|But|And|In|On|At|A|An"
_WORD = rf"(?:{UPPER}{LOWER}{{0,2}}\.(?=\s)(?!\s+(?:{_OPENERS})\s)|{UPPER}(?:[\w\-]++|[’'](?![sS]\b)\w)*+)"
NAME_RUN = re.compile(rf"\b{_WORD}(?:[ \t]+{_WORD}){{1,9}}")  # two words or more; one alone: see discourse.Account
# (A period after a capital letter is an abbreviation's: ", the U.S. Secretary of Defense".)
_APPOSITION = re.compile(rf",\s+(?:(?:a|an|the|who\s+is|its|his|her)\s+)?((?:[^,;:.#“”\"()]|(?<=\b{UPPER})\.){{1,80}})")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "ruling"})
_OBLIQUE_WORDS = frozenset(
    "of with to by for on and than against about in at from into toward towards over between among".split()
)
_INITIAL = re.compile(rf"\b{UPPER}\.\Z")


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

    def holds(self, role: str, state: str) -> bool:
        """Whether the entity holds ``role`` in ``state`` (any state when either is not told)."""
        return role in self.roles and (not state or not self.state or self.state == state)

    def fits(self, gender: str) -> bool:
        """Whether a pronoun of ``gender`` (``m``, ``f``; ``n`` for a body or medium) may stand for the entity."""
        if gender == "n":
            return self.kind != "person"
        return self.kind == "person" and self.gender in ("", gender)


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


# Mention's own constructor, given its fields in order, without the call through its keyword signature:
# an article makes dozens.
make_mention = functools.partial(tuple.__new__, Mention)


# --- names by their form ----------------------------------------------------------


class CapitalisedWords(NamedTuple):
    """An article's words with a capital (or beyond ASCII): the runs of two or more, and the words no run holds."""

    runs: list[re.Match]  # as ``list(NAME_RUN.finditer(text))`` finds them
    alone: list[tuple[int, int]]  # (offset, place in the word list) of each word no run holds, in order


# The capitals of UPPER beyond ASCII, looked up as a set: a word's first character is tested before a run is tried.
_CAPITALS_BEYOND_ASCII = frozenset(c for c in map(chr, range(0x80, 0x250)) if re.fullmatch(UPPER, c))


def capitalised_words(text: str, word_starts: np.ndarray, marks: np.ndarray) -> CapitalisedWords:
    """The runs of two capitalised words or more, and the marked words outside them, in one pass over the marked words.

    ``word_starts`` and ``marks`` as :func:`dossier.extractors.mentions.word_index.list_words` gives them.  A run
    is tried only at a word that opens with a capital (:data:`~dossier.text.words.UPPER`) and that no run found before
    holds.
    """
    runs, alone, end = [], [], 0
    marked = np.flatnonzero(marks)
    for i, lo in zip(marked.tolist(), word_starts[marked].tolist()):
        if lo < end:
            continue  # inside the last run
        if ("A" <= text[lo] <= "Z" or text[lo] in _CAPITALS_BEYOND_ASCII) and (m := NAME_RUN.match(text, lo)):
            runs.append(m)
            end = m.end()
        else:
            alone.append((lo, i))
    return CapitalisedWords(runs, alone)


# The capitalised words of an organisation's name before and after its head noun, joined by "of", "for", "and",
# "on" ("the Center for Strategic and International Studies", "Korea Institute for National Unification").
_ORG_NAME_WORD = rf"{UPPER}[\w’']*(?:-[{UPPER_LETTERS}0-9][\w’']*)*"  # not "Washington-based", an adjective before the name
_ORG_JOINS = frozenset({"of", "for", "and", "on"})
_ORG_WORD = re.compile(rf"{_ORG_NAME_WORD}\Z")
_ORG_RIGHT = re.compile(rf"(?:\s+(?:(?:{'|'.join(sorted(_ORG_JOINS))})\s+(?:the\s+)?)?{_ORG_NAME_WORD})*")
_TOKEN = re.compile(r"\S+")


def org_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the organisation's name around the head noun ``text[start:end]``, if it has two capitalised words."""
    tokens = list(_TOKEN.finditer(text, max(0, start - 100), start))
    lo, i = start, len(tokens)
    joined = None  # where the words after the last "of", "for the" … crossed start
    # Back over capitalised words, and over "of", "for the" … that have one on each side.
    while i > 0:
        word = tokens[i - 1].group(0)
        if _ORG_WORD.match(word):
            lo, i = tokens[i - 1].start(), i - 1
        elif word == "the" and i > 1 and tokens[i - 2].group(0) in _ORG_JOINS and i > 2 and _ORG_WORD.match(tokens[i - 3].group(0)):
            joined, i = tokens[i - 1].start(), i - 2
        elif word in _ORG_JOINS and i > 1 and _ORG_WORD.match(tokens[i - 2].group(0)):
            joined, i = (tokens[i].start() if i < len(tokens) else start), i - 1
        else:
            break
    if joined is not None and lo < joined and not any(w.strip("’'s,") in V.org_head_words() for w in text[lo:joined].split()):
        # "Yun Sun of the Stimson Center": before "of" is a person, not the name's first part ("Institute of …").
        lo = joined + 4 if text.startswith("the ", joined) else joined
    if text.startswith("The ", lo):
        lo += 4
    hi = _ORG_RIGHT.match(text, end).end()
    capitals = sum(1 for w in text[lo:hi].split() if w[0].isupper())
    return (lo, hi) if capitals >= 2 else None


def person_form(words: list[str], titled: bool, text: str, hi: int) -> bool:
    """Whether capitalised ``words`` ending at ``hi`` of ``text`` are a person's name by their form.

    After a title (``titled``), a family name first in Korean or Chinese
    order, a Russian name with a patronymic or a given name of
    ``data/name_genders.csv`` first ("Irina Petrovna", "Yulia Kovalenko"),
    or a name before an apposition naming a role ("Lim Soo-ho, a senior
    research fellow at …").
    """
    stops = V.stops()
    if any(V.key(w) in stops for w in words) or len(words) > 4:
        return False
    if len(words) == 1:
        return False
    if titled:
        return True
    if words[0].lower() in V.family_first() and len(words) <= 3 and all(len(w) <= 12 for w in words[1:]):
        return True
    if len(words) == 2 and words[1].lower() in V.family_first() and words[0].lower() not in V.family_first():
        # "Sarah Park, who teaches in …, said", "said Sarah Park": a given name before a Korean family name, in
        # Western order, wherever it is written.
        return True
    if len(words) in (2, 3) and (is_patronymic(words[1]) or is_given_name(words[0])):
        # "Olga Sergeyevna Ivanova"; "Irina Petrovna", as Russians name someone they respect; "Yulia Kovalenko": a
        # given name the vocabulary knows opens it.
        return True
    # "Lim Soo-ho, a senior research fellow at …": an apposition naming a role; "Andrei Lankov of Kookmin University",
    # "the Lowy Institute's Jane Roe": a member of an institution named by its form.
    lo = hi - len(" ".join(words))
    return (apposition_after(text, hi) is not None or _of_institution().match(text, hi) is not None
            or (lo > 0 and text[lo - 1] == " " and _institutions_own().search(text, max(0, lo - 80), lo) is not None))


@functools.cache
def _of_institution() -> re.Pattern:
    """ " of Kookmin University", " at the Center for Strategic …": an institution whose name ends or opens with a
    head noun of ``data/org_heads.csv``, right after a name."""
    heads = "|".join(V.org_head_words())
    name = rf"(?:{UPPER}[\w\-’']*\s+){{0,4}}?"
    return re.compile(rf"\s+(?:of|at|from)\s+(?:the\s+)?{name}(?:{heads})\b")


@functools.cache
def _institutions_own() -> re.Pattern:
    """ "the Lowy Institute's ", "Kookmin University’s ": an institution named by its form (``data/org_heads.csv``)
    owning the name right after it."""
    heads = "|".join(w.capitalize() for w in V.org_head_words())
    return re.compile(rf"\b(?:{heads})['’]s\s+\Z")


def without_patronymic(name: str) -> str:
    """``name`` without a Russian patronymic: "Sergei Viktorovich Lavrov" is "Sergei Lavrov" as the vocabularies know him."""
    words = name.split()
    if len(words) == 3 and is_patronymic(words[1]):
        return f"{words[0]} {words[2]}"
    return name


class Apposition(NamedTuple):
    """What an apposition says of the name before it: titles of ``data/titles.csv``, and the state (or "")."""

    titles: list[str]
    state: str


def apposition_after(text: str, hi: int) -> Apposition | None:
    """Titles and state of an apposition right after ``text[:hi]`` (", a senior research fellow at …"), if any."""
    app = _APPOSITION.match(text, hi)
    return appositive(app.group(1)) if app is not None else None


def appositive(phrase: str) -> Apposition | None:
    """Titles and state named in an apposition ("a senior research fellow at …", "the Kremlin spokesman")."""
    words = V.key(phrase).split()
    titles, state = [], ""
    firsts = _title_firsts()
    for n in range(len(words)):
        if words[n] not in firsts:
            continue  # most words of an apposition start no title nor state
        for size in _title_sizes():
            w = " ".join(words[n:n + size])
            if w in V.titles():
                if not (n and words[n - 1] in V.deputy_words() and w in V.head_titles()):
                    titles.append(w)  # (but "NATO's deputy chief" is no chief: a deputy is not the head)
                break
            # A state before the title ("a North Korean diplomat"), or a possessive one anywhere ("head of
            # Ukraine's military intelligence"); not one inside a name ("the University of North Korean Studies").
            if w in V.nationalities() and not state and (not titles or w.endswith("'s")):
                state = V.nationalities()[w]
    return Apposition(titles, state) if titles else None


@functools.cache
def _title_sizes() -> tuple[int, ...]:
    """The numbers of words of titles and nationality words, longest first ("deputy chairman of the federation
    council" before "deputy chairman")."""
    return tuple(sorted({len(w.split()) for w in (*V.titles(), *V.nationalities())}, reverse=True))


@functools.cache
def _title_firsts() -> frozenset[str]:
    """First words of the titles and nationality words."""
    return frozenset(w.split()[0] for w in (*V.titles(), *V.nationalities()))


def name_without_final_dot(name: str) -> str:
    """``name`` without a sentence's full stop after it; an initial's dot ("Kim Jong U.") stays."""
    return name[:-1] if name.endswith(".") and not _INITIAL.search(name) else name


class RunParts(NamedTuple):
    """Where the name starts in a run of capitalised words, and the titles before it."""

    titles: tuple[str, ...]
    name_at: int  # offset of the name in the run
    mention_at: int  # offset of the mention: its titles, without an opener ("But")


@functools.lru_cache(maxsize=8192)
def run_parts(run: str) -> RunParts | None:
    """The parts of a run of capitalised words; None for an alias or for no name at all.

    A pure function of the run's words, cached because the same names come back in every article about them.
    """
    known, stops = V.known(), V.stops()
    words = run.split()
    ks = [w.replace("’", "'").lower() for w in words]
    if " ".join(ks) in known or all(k in stops for k in ks):
        return None  # an alias, found by the phrase search; or no name at all ("North Korean", "The United")
    # Titles and nationality words ("North Korean Vice Foreign Minister"), openers ("But") and institution
    # words ("Nato Secretary General Jens Stoltenberg"): the name is what follows the last of them.
    titles, cut, i, first = [], 0, 0, 0
    while i < len(ks) - 1:
        n = title_length(ks, i)
        if n and i + n < len(ks):
            titles.append(" ".join(ks[i:i + n]))
            i = cut = i + n
        elif ks[i] in stops and " ".join(ks[i:]) not in known:  # "Minister No Kwang Chol": "No" opens his name
            i = cut = i + 1
            if not titles:
                first = i  # an opener: not part of the mention
        else:
            i += 1
    at, offsets = 0, []
    for w in words:
        at = run.find(w, at)
        offsets.append(at)
        at += len(w)
    return RunParts(tuple(titles), offsets[cut], offsets[min(first, cut)] if titles else offsets[cut])


@functools.lru_cache(maxsize=8192)
def phrase_kind(phrase: str) -> tuple[str, object]:
    """How a phrase of :func:`mention_phrases.phrase_re` names, and what: a pure function of its words, which recur in every article."""
    k = V.key(phrase)
    if k in V.pronouns():
        return "pronoun", V.pronouns()[k]
    if k in V.descriptions():
        d = V.descriptions()[k]
        return ("description" if d.refers in ("entity", "role", "author") else "medium"), d
    if k in V.home_bodies() and k not in V.known():
        return "home", k  # "the defense ministry": of the state the article is written from
    # A bare family name of the vocabulary ("Kim") is resolved by who the article names.
    return ("surname" if " " not in phrase and known_person(k) else "alias"), k


def official_hint(text: str, lo: int) -> bool:
    """Whether "official" or "spokes…" is written in the 60 characters before ``lo``: most mentions have neither."""
    before = lo - 60 if lo > 60 else 0
    return text.find("official", before, lo) >= 0 or text.find("spokes", before, lo) >= 0


def oblique(text: str, lo: int, hi: int) -> bool:
    """Whether the mention ``text[lo:hi]`` is a possessor ("Kim's sister"), the object of a preposition ("of Kim") or
    of a participle that opens its clause ("After meeting Kim, Shoigu said")."""
    if hi < len(text) and text[hi] in "’'":
        return True
    if lo < 2 or text[lo - 1] not in " \t\n":
        return False
    prev = text[lo - 40 if lo > 40 else 0:lo - 1].lower().rsplit(None, 5)
    between = _between_words()
    # "of the Workers' Party", "with his North Korean counterpart Choe": the preposition before the
    # determiners, the words of a state and a title.
    while len(prev) > 1 and prev[-1] in between:
        prev.pop()
    if len(prev) > 1 and f"{prev[-2]} {prev[-1]}" in _office_of():
        return False  # "Minister of Transport Oleg Dyachenko": the "of" of the title, not a preposition of the name
    if len(prev) > 1 and prev[-1] == "and" and prev[-2].endswith(",") and _verb_after(text, hi):
        return False  # "…, and Putin thanked Kim": the subject of a clause of its own, not one of a list
    return bool(prev) and (prev[-1] in _OBLIQUE_WORDS or _participle_object(prev))


def _verb_after(text: str, hi: int) -> bool:
    """Whether a verb follows the mention ending at ``hi``: a past tense in "-ed" or a verb of saying
    (``data/cue_verbs.csv``)."""
    verb = word_after(text, hi)
    return verb is not None and (verb.endswith("ed") or verb in cue_words().verbs)


_CLAUSE_OPENERS = frozenset("after before while when since upon on by".split())


def _participle_object(prev: list[str]) -> bool:
    """Whether the words before a name end with a participle opening its clause, whose object the name is ("After
    meeting Kim Jong Un, Shoigu told", "Receiving Shoigu, Kim said"; not "On Tuesday morning Kim said")."""
    word = prev[-1]
    if len(word) < 5 or not word.endswith("ing") or not word.isalpha():
        return False
    return len(prev) == 1 or prev[-2] in _CLAUSE_OPENERS or prev[-2][-1:] in (",", ".", ";", ":", "—")


@functools.cache
def _office_of() -> frozenset[str]:
    """ "minister of", "secretary of": titles that name their office's body after "of" (``data/office_titles.csv``)."""
    return frozenset(load_table("office_titles.csv").title)


@functools.cache
def _between_words() -> frozenset[str]:
    """Words that may stand between a preposition and a name: determiners, and words of states and titles."""
    words = {w for phrase in (*V.nationalities(), *V.titles()) for w in phrase.split()}
    # ("by the state-run Korean Central News Agency": who runs a medium, data/medium_modifiers.csv.)
    words |= set(load_list("medium_modifiers.csv"))
    return (_DETERMINERS | words) - _OBLIQUE_WORDS  # "of" of "head of state" is still a preposition


def known_person(alias: str) -> bool:
    """Whether a lower-case alias names a person of the vocabularies."""
    k = V.known().get(alias)
    return k is not None and k.kind == "person"


@functools.lru_cache(maxsize=4096)
def vocabulary_entity(k: V.Known) -> Entity:
    """The entity of a vocabulary's alias as an article first names it.

    The same in every article (an entity is never changed, only replaced), so made once.
    """
    words = k.name.split()
    surname = ""
    if k.kind == "person" and words:
        surname = words[0] if words[0].lower() in V.family_first() else words[-1]
    roles, state = V.speaker_roles().get(k.name, (frozenset(), V.group_state(k.group)))
    return Entity(k.name, k.kind, k.group, k.gender, surname, roles, k.medium_kind, state)
