"""The vocabularies the account of an article reads (:mod:`dossier.discourse`), and the look-ups on them.

Titles and roles (``data/titles.csv``; where one stands in a text is :mod:`~dossier.extractors.mentions.title_search`), nationality words
(``data/nationalities.csv``), family names written first
(``data/family_name_first.csv``), words that are no part of a name
(``data/name_stops.csv``), pronouns (``data/pronouns.csv``), descriptions
(``data/descriptions.csv``), the offices of known persons
(``data/speaker_roles.csv``), the nouns bodies are later called by
(``data/body_nouns.csv``), the aliases of ``data/speakers.csv`` and
``data/channels.csv``, and the bodies named without their state
(``data/home_bodies.csv``) with the state an article is written from
(``data/home_states.csv``, :mod:`~dossier.extractors.mentions.outlet_homes`);
another spelling of a known person's name is :mod:`~dossier.extractors.mentions.spellings`.
Every table is read once per process.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.datelines import opening_city
from ...text.words import UPPER, alternation
from ...vocab import load_list, load_table
from .claimant_vocab import claimant_cues
from .outlet_homes import channel_owner_words, home_names, home_states_by_kind, state_by_form
from .patronymics import patronymic_aliases


def group_state(group: str) -> str:
    """The state a group speaks for: ``dprk``, ``russia`` … or ``""`` (analysts, other)."""
    for suffix in ("_official", "_state_media"):
        if group.endswith(suffix):
            return group[: -len(suffix)]
    return ""


@functools.lru_cache(maxsize=8192)
def key(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


@functools.lru_cache(maxsize=8192)
def name_key(s: str) -> str:
    # "Kim Jong-gyu" and "Kim Jong Gyu" are one person.
    return " ".join(s.replace("’", "'").replace("-", " ").lower().split())


class Title(NamedTuple):
    role: str
    gender: str
    cls: str
    roles: frozenset[str]  # every role its holder may later be called by: its own and broader ones ("the diplomat")


@functools.cache
def titles() -> dict[str, Title]:
    t = load_table("titles.csv")
    return {key(w): Title(r, g, c, frozenset([r, *b.split("|")]) - {""})
            for w, r, g, c, b in zip(t.title, t.role, t.gender, t["class"], t.broader)}


@functools.cache
def nationalities() -> dict[str, str]:
    t = load_table("nationalities.csv")
    return {key(w): s for w, s in zip(t.word, t.state)}


@functools.cache
def place_names() -> frozenset[str]:
    """The places below a capital of ``data/claimant_places.csv`` ("kursk"), lower case."""
    return frozenset(load_table("claimant_places.csv").place)


class StateNames(NamedTuple):
    """What stands for a state as a whole (``data/states.csv``)."""

    government: str  # a canonical speaker
    state_media: str  # a canonical channel, or ""


@functools.cache
def states() -> dict[str, StateNames]:
    """State (as in :func:`nationalities`) to the canonical names of its government and its unnamed media."""
    t = load_table("states.csv").fillna("")
    return {s: StateNames(g, m) for s, g, m in zip(t.state, t.government, t.state_media)}


def government_of_official(phrase: str) -> str | None:
    """The government an unnamed official of a state speaks for: "a senior South Korean official", "two Russian diplomats".

    The phrase's last word is an unnamed official's title (:data:`UNNAMED_TITLES`, or its plural) and a nationality
    word of ``data/nationalities.csv`` stands before it: the government of its state (``data/states.csv``), or the
    speaker "<nationality> government" names (``data/speakers.csv``).
    """
    words = key(phrase).split()
    if len(words) < 2 or words[-1].removesuffix("s") not in UNNAMED_TITLES:
        return None
    if any(w.split("-", 1)[0] in former_words() for w in words[:-1]):
        return None  # "a former North Korean diplomat" no longer speaks for Pyongyang
    # ("a Russian diplomat": the foreign ministry; "a U.S. defense official": the word before the title names the body.)
    body = "foreign ministry" if words[-1].removesuffix("s") == "diplomat" else official_bodies().get(words[-2], "government")
    state = state_named(words[:-1])
    if body != "government" and (ministry := home_bodies()[body].get(state) or next((
            g for w in words[:-1] if w in nationalities() and (g := known().get(f"{w} {body}")) is not None), None)):
        return ministry.name  # "a Russian diplomat", "a French diplomat": the state's foreign ministry speaks
    if state in states():
        return states()[state].government
    # A state the vocabularies know by its government alone ("a Japanese official": "the Japanese government").
    return next((g.name for w in words[:-1] if w in nationalities() and (g := known().get(f"{w} government")) is not None
                 and g.kind == "body"), None)


@functools.cache
def official_bodies() -> dict[str, str]:
    """Word before an unnamed official's title -> the body of their state they speak for (``data/official_bodies.csv``)."""
    t = load_table("official_bodies.csv")
    return dict(zip(t.word, t.body))


@functools.cache
def former_words() -> frozenset[str]:
    return frozenset(load_list("former_words.csv"))


@functools.cache
def deputy_words() -> frozenset[str]:
    """Words that make a head's title a deputy's ("deputy", "vice"; ``data/deputy_words.csv``)."""
    return frozenset(load_table("deputy_words.csv").word)


@functools.cache
def head_titles() -> frozenset[str]:
    """Titles of a body's head ("secretary general", "director"; ``data/head_titles.csv``)."""
    return frozenset(load_list("head_titles.csv"))


@functools.cache
def origin_words() -> frozenset[str]:
    """Words before a role that say where someone unnamed is from, short of a state ("a western diplomat", "a foreign
    analyst": ``data/origin_words.csv``)."""
    return frozenset(load_table("origin_words.csv").word)


def state_named(words: list[str]) -> str | None:
    """The state of the first nationality word (``data/nationalities.csv``) among ``words`` (lower case), if any."""
    owners = nationalities()
    widest = max(w.count(" ") for w in owners) + 1
    for n in range(len(words)):
        for width in range(widest, 0, -1):  # the longest first: "south korean" before "korean"
            if (state := owners.get(" ".join(words[n:n + width]))) is not None:
                return state
    return None


@functools.cache
def family_first() -> frozenset[str]:
    return frozenset(load_table("family_name_first.csv").surname)


@functools.cache
def stops() -> frozenset[str]:
    # Pieces of contractions ("ma" of "mightn't") open no sentence, but are syllables of names ("Ma Wen-chun").
    return frozenset(key(w) for w in load_table("name_stops.csv").word) | (
        frozenset(load_table("stopwords.csv").word) - frozenset(load_table("contraction_pieces.csv").word)
    )


@functools.cache
def pronouns() -> dict[str, str]:
    t = load_table("pronouns.csv")
    return dict(zip(t.pronoun, t.gender))


@functools.cache
def person_pronouns() -> dict[str, str]:
    """The pronouns of ``data/pronouns.csv`` that stand for a person ("he", "her"), and their gender (``m``, ``f``)."""
    return {p: g for p, g in pronouns().items() if g in ("m", "f")}


class Known(NamedTuple):
    name: str
    kind: str
    group: str
    gender: str
    medium_kind: str


@functools.cache
def known() -> dict[str, Known]:
    """Every alias of the vocabularies, lower case, to its entity."""
    out: dict[str, Known] = {}
    media: dict[str, Known] = {}
    ch = load_table("channels.csv")
    state_group = {"dprk_state": "dprk_state_media", "russia_state": "russia_state_media", "ukraine_state": "ukraine_state_media"}
    for a, c, s, k in zip(ch.alias, ch.channel, ch.state, ch.kind):
        out[key(a)] = media.setdefault(c, Known(c, "medium", state_group.get(s, "media"), "", k))
    sp = load_table("speakers.csv")
    nouns = load_table("body_nouns.csv")
    noun = dict(zip(nouns.speaker, nouns.noun))
    for a, s, k, g, grp in zip(sp.alias, sp.speaker, sp.kind, sp.gender, sp.group):
        if key(a) not in out:  # a medium's other names are the medium's ("the Korean Central News Agency")
            out[key(a)] = media.get(s) or Known(s, k, grp, g, noun.get(s, ""))
    # "Sergei Kuzhugetovich": a first name and patronymic (data/patronymics.csv) is the person's too.
    for a, s in patronymic_aliases(dict(zip(sp.alias, sp.speaker))).items():
        if key(s) in out:  # (the canonical name is one of the person's aliases)
            out.setdefault(key(a), out[key(s)])
    return out


@functools.cache
def body_kinds() -> frozenset[str]:
    """The nouns of ``data/body_nouns.csv`` only bodies are called by ("intelligence agency", "ministry"): no medium,
    named or not, is "the spy agency"."""
    nouns = load_table("body_nouns.csv")
    return frozenset(n for sp, n in zip(nouns.speaker, nouns.noun) if (k := known().get(key(sp))) is None or k.kind != "medium")


@functools.cache
def speaker_roles() -> dict[str, tuple[frozenset, str]]:
    """Roles and state of the vocabularies' persons (``data/speaker_roles.csv``)."""
    t = load_table("speaker_roles.csv")
    out: dict[str, tuple[frozenset, str]] = {}
    for name, role, state in zip(t.speaker, t.role, t.state):
        roles, _ = out.get(name, (frozenset(), ""))
        # An ambassador of the vocabularies is "the diplomat" too, as one the article titles so is.
        title = titles().get(role)
        out[name] = (roles | {role} | (title.roles if title is not None else frozenset()), state)
    return out


@functools.cache
def by_name() -> dict[str, Known]:
    """The vocabularies' entities by canonical name."""
    out: dict[str, Known] = {}
    for k in known().values():
        out.setdefault(k.name, k)
    return out


@functools.cache
def noun_bodies() -> dict[tuple[str, str], Known]:
    """(noun, state) -> the body of ``data/body_nouns.csv`` a state has by that noun, when it has only one ("military",
    south_korea: the Joint Chiefs of Staff; not "ministry", of which it has several)."""
    out: dict[tuple[str, str], Known] = {}
    several = set()
    t = load_table("body_nouns.csv")
    for speaker, noun in zip(t.speaker, t.noun):
        if (k := by_name().get(speaker)) is None or k.kind != "body" or not (state := group_state(k.group)):
            continue
        several.update({(noun, state)} & out.keys())
        out[(noun, state)] = k
    return {nk: k for nk, k in out.items() if nk not in several}


@functools.cache
def surnames() -> dict[str, str]:
    """Family names the vocabularies give their persons ("putin": Vladimir Putin), for an article that names them so."""
    t = load_table("actors.csv")
    out = {}
    for entity, kind, short in zip(t.entity, t.kind, t.short):
        if kind == "person":
            for s in filter(None, short.split("|")):
                out.setdefault(key(s), entity)
    return out


class Description(NamedTuple):
    refers: str
    target: str


class RoleOf(NamedTuple):
    """A role held in a state: "the Russian minister"."""

    refers: str
    target: str
    state: str


# Titles of someone unnamed who speaks for a body ("a ministry official", "a spokeswoman for the ministry").
UNNAMED_TITLES = ("official", "spokesman", "spokeswoman", "spokesperson", "diplomat")
# "a Seoul-based researcher": where someone works, written before the noun, says no more of who they are than "a".
_PLACE_BASED = rf"{UPPER}[\w’'\-]*-based"
_UNNAMED_TITLE = rf"(?P<title>(?:{alternation(UNNAMED_TITLES)})s?)"


@functools.cache
def descriptions() -> dict[str, Description]:
    t = load_table("descriptions.csv")
    out = {key(p): Description(r, g) for p, r, g in zip(t.phrase, t.refers, t.target)}
    for title, info in titles().items():
        if info.role and info.cls != "courtesy":
            out.setdefault(f"the {title}", Description("role", info.role))
    # "Pyongyang's state-run news agency", "Russian state television": a state's medium, by owner, modifier and noun.
    owners: dict[str, list[str]] = {}
    for word, state in nationalities().items():
        owners.setdefault(state, []).append(word)
    for state, modifiers, noun, refers, target in load_table("state_media.csv").itertuples(index=False):
        for owner in owners.get(state, ()):
            for modifier in modifiers.split("|"):
                out.setdefault(key(f"{owner} {modifier} {noun}"), Description(refers, target))
    # "a ministry official", "an unnamed agency spokesman": someone unnamed speaking for the body.
    dets = [f"{det} {mod}" for det in ("a", "an", "one", "the") for mod in ("", *load_list("official_modifiers.csv"))]
    for noun in {*load_table("body_nouns.csv").noun, *load_table("channels.csv").kind}:
        for det in dets:
            for who in UNNAMED_TITLES:
                out.setdefault(key(f"{det} {noun} {who}"), Description("noun", noun))
    return out


@functools.cache
def role_phrase_re() -> re.Pattern:
    """"the Security Council secretary", "The Russian minister": a role after capitalised words."""
    roles = alternation(sorted(t for t, i in titles().items() if i.role and i.cls != "courtesy"))
    # ("the 41-year-old leader": an age may stand among the words; never a line break or another "The": "to the
    # DPRK.\n\nThe ambassador said" is two phrases.)
    # ("the respected General Secretary": lower-case words, an honorific, before a role written as a name, and no
    # name after it: "the new Defense Minister Andrei Belousov" is the minister named.)
    # (A word may hold dots, "U.S.", and end with one when short, "Lt.", or when it is an abbreviation, "Capt.", but
    # any other long word's dot ends a sentence: "on the Korean Peninsula. Chief Cabinet Secretary ..." is no
    # modifier of "secretary".)
    abbreviated = "|".join(rf"(?<=\b{re.escape(a)}\.)" for a in load_list("abbreviations.csv") if "." not in a and len(a) > 3)
    return re.compile(rf"\b[Tt]he\s+(?P<mod>(?:(?!The\s){UPPER}[\w’'\-]*(?:\.[\w’'\-]+)*(?:\.(?:(?<![\w’'\-]{{4}}\.)|(?i:{abbreviated})))?[^\S\n]+|\d+-year-old[^\S\n]+){{1,3}}"
                      rf"|(?P<honour>(?:[a-z][\w\-]*[^\S\n]+){{1,2}}(?={UPPER})))"
                      rf"(?P<role>(?i:{roles}))\b(?(honour)(?![^\S\n]+{UPPER}))")


@functools.cache
def org_heads() -> dict[str, str]:
    """Nouns that make capitalised words an organisation's name, to the group of its speakers (``data/org_heads.csv``)."""
    t = load_table("org_heads.csv")
    return dict(zip(t.noun, t.group))


@functools.cache
def org_head_words() -> tuple[str, ...]:
    """The head nouns of :func:`org_heads` as a name writes them ("Institute", "Center")."""
    return tuple(sorted(w.capitalize() for w in org_heads()))


class UnnamedSources(NamedTuple):
    """The searches for people a report quotes without naming them (``data/unnamed_sources.csv``)."""

    labels: dict[str, str]  # noun -> label
    placed: frozenset[str]  # nouns that name someone unnamed only with a place ("a woman from Hyesan")
    first: re.Pattern  # "a source in North Hamgyong province", "a second source, in Ryanggang province"
    back: re.Pattern  # "the source", "the North Hamgyong source"
    clauses: dict[str, str]  # what a relative clause says they did -> label ("who fled North Korea": a defector)


# "a woman in her 70s who escaped from the North": an age in decades between the noun and what tells who they are.
_AGE = r"(?:\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-|late\s+)?\d0s)?"


@functools.cache
def unnamed_sources() -> UnnamedSources:
    t = load_table("unnamed_sources.csv")
    labels = dict(zip(t.noun, t.label))
    placed = frozenset(t.noun[t.alone == "no"])
    nouns = alternation(sorted(labels))
    c = load_table("unnamed_clauses.csv")
    clauses = dict(zip(c.clause, c.label))
    # "North Hamgyong province", "Sudzha district": the units of data/claimant_cues.csv and the others.
    units = alternation({*load_list("place_units.csv"), *claimant_cues("place_adjective").values()})
    # A state's adjective is no place: "a source in Ukrainian military intelligence" is inside a body, and still a
    # source, as "a source in the Ukrainian military" is ("Ukrainian-held" towns and "Pyongyang" still are places).
    states = load_table("states.csv").fillna("")
    state_adjectives = alternation(a for a in states.adjective if a)
    adjectives = alternation(w for w in nationalities() if not w.endswith(("'s", "’s")))
    place = rf"(?!(?:{state_adjectives})(?![\w’'\-.])){UPPER}[\w’'\-]*(?:\s+{UPPER}[\w’'\-]*){{0,3}}(?:\s+(?:{units}))?"
    # A new one: an indefinite determiner, at most one word ("a second", "a military"), the noun, and where they
    # are or, with no place, what tells a person from a thing ("a source familiar with", "a source, who").
    # The place may be given in an apposition ("another source, a resident of Hyesan"), and narrowed down by a
    # wider one, which the mention takes in ("a resident of Hoeryong in North Hamgyong province told").
    # ("a Daily NK source", "an RFA source": the medium it spoke to may name it, as written in channels.csv.)
    # ("a source in the province": the province named before, see discourse.)
    media = alternation(load_table("channels.csv").alias)
    cues = load_table("cue_verbs.csv")
    verbs = alternation(cues.word[cues.kind == "verb"])  # "a source said", "a Daily NK source reported"
    first = re.compile(
        rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[a-z]+\s+|{_PLACE_BASED}\s+|North\s+Korean\s+|(?={UPPER})(?i:{media})\s+)?(?P<noun>{nouns})\b"
        rf"(?:,?\s+(?:an?\s+(?:{nouns})\s+)?(?:in|inside|from|of|based\s+in)\s+(?P<place>{place})\b(?:\s+in\s+{place}\b)?"
        rf"|\s+(?:in|from)\s+the\s+(?P<same>province|region)\b"
        rf"|(?=\s*[,.;]|{_AGE}\s+(?:familiar|close|with|who|at|{verbs})\b|\s+in\s+(?i:{adjectives})\s+[a-z])"
        rf"(?:(?={_AGE}\s+who\s+(?:ha[sd]\s+)?(?P<clause>(?i:{alternation(clauses)}))\b))?)"
    )
    # "the source", "the Hyesan source", "the second source", "the same resident".
    back = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?:(?P<place>{UPPER}[\w’'\-]*(?:\s+{UPPER}[\w’'\-]*)?)\s+)?(?P<noun>{nouns})\b")
    return UnnamedSources(labels, placed, first, back, clauses)


# "a senior official at the presidential office", "a spokesperson for South Korea's unification ministry": someone
# unnamed speaking for the body named next.
# "a unification ministry spokeswoman": the same, the body first.
OFFICIAL_AFTER = re.compile(rf"\s+{_UNNAMED_TITLE}\b")
OFFICIAL_OF = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z][\w\-]*\s+){{0,2}}{_UNNAMED_TITLE}\s+(?:at|of|from|in|with|for)\s+"
    rf"(?:the\s+)?(?:{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,2}}['’]s\s+)?\Z"
)


@functools.cache
def home_bodies() -> dict[str, dict[str, Known]]:
    """Bodies named without their state ("defense ministry"), lower case: the body of each state (``data/home_bodies.csv``).

    Each phrase also with "the" before it: "the Ministry of National Defense" is then one mention, longer than
    "the Ministry" (a description of the last body of that noun) that starts where it does.
    """
    out: dict[str, dict[str, Known]] = {}
    for phrase, state, body in load_table("home_bodies.csv").itertuples(index=False):
        for form in (key(phrase), f"the {key(phrase)}"):
            out.setdefault(form, {})[state] = by_name()[body]
    return out


class Kin(NamedTuple):
    """Who is whose kin (``data/kin.csv``), and the phrase that names a relation before "of"."""

    person: dict[tuple[str, str], Known]  # (canonical name, relation) -> the relative
    before_of: re.Pattern  # "the powerful sister of (North Korean leader) ", searched back from a mention


@functools.cache
def kin() -> Kin:
    t = load_table("kin.csv")
    person = {(of, relation): by_name()[who] for who, relation, of in zip(t.person, t.relation, t.of)}
    relations = alternation(sorted(set(t.relation)))
    # A determiner, up to two words of description, the relation and "of"; then up to three words of a title or
    # description before the mention ("of North Korean leader Kim Jong Un").
    before_of = re.compile(
        rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w\-]*\s+){{0,2}}(?P<relation>{relations})\s+of\s+(?:[\w\-’']+\s+){{0,3}}\Z"
    )
    return Kin(person, before_of)


@functools.cache
def outlet_styles() -> dict[str, str]:
    """Outlets as written in an article's source (lower case, no leading "the") -> style (``data/outlet_styles.csv``)."""
    t = load_table("outlet_styles.csv")
    return dict(zip(t["source"], t["style"]))


@functools.cache
def style_states() -> dict[str, str]:
    """Outlet styles -> the state their outlets write from (``data/home_states.csv``, kind ``outlet_style``: ``korean``
    -> ``south_korea``, ``dprk_state`` -> ``dprk``)."""
    return home_states_by_kind().get("outlet_style", {})


@functools.cache
def _home_states() -> tuple[dict[str, str], dict[str, str]]:
    by_kind = home_states_by_kind()
    by_style = style_states()
    by_outlet = {src: by_style[style] for src, style in outlet_styles().items() if style in by_style}
    by_outlet.update(by_kind.get("outlet", {}))
    return by_kind.get("dateline", {}), by_outlet


def home_state(text: str, source: str | None) -> str:
    """The state an article is written from (``dprk``, ``russia``, ``south_korea``, ``ukraine``, ``uk``, ``germany``,
    ``japan`` …), or "" when it does not tell.

    The city of its dateline ("SEOUL, Sept. 4 (UPI) --"), else its outlet's, by name or by
    style (``data/home_states.csv``, ``data/outlet_styles.csv``), else by the form of its name
    (:mod:`~dossier.extractors.mentions.outlet_homes`).
    """
    datelines, _ = _home_states()
    city = opening_city(text)
    if city is not None and (state := datelines.get(city.lower())):
        return state
    return _outlet_home(source) if isinstance(source, str) else ""


@functools.lru_cache(maxsize=4096)  # asked of every article several times, of the few outlets a corpus holds
def _outlet_home(source: str) -> str:
    """The state an outlet writes from: by any of its names that ``data/home_states.csv`` or its style lists, else by
    the form of its name; the owner of a person's own channel ("Apti Alaudinov's Telegram") is of the state the
    vocabularies give that person's office (``data/speaker_roles.csv``)."""
    _, outlets = _home_states()
    names = home_names(source)
    if (found := next((outlets[name] for name in names if name in outlets), None)) is not None:
        return found
    if state := state_by_form(names):
        return state
    person = known().get(key(channel_owner_words(source) or ""))
    if person is not None and person.kind == "person":
        return speaker_roles().get(person.name, (None, ""))[1] or group_state(person.group)
    return ""


@functools.cache
def aired_nouns() -> frozenset[str]:
    """The nouns that describe a DPRK broadcaster ("state television", "official TV", "the North's broadcaster"):
    ``data/state_media.csv``, nouns of the rows whose target is a broadcaster (``data/channels.csv``)."""
    sm = load_table("state_media.csv")
    ch = load_table("channels.csv")
    broadcasters = set(ch.channel[ch.kind == "broadcaster"])
    return frozenset(n for st, n, t in zip(sm.state, sm.noun, sm.target) if st == "dprk" and t in broadcasters)
