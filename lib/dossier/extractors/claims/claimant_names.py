"""Claimants by name: the aliases of ``data/claimants.csv``, and the claimant the words of an attribution name.

:func:`normalise` gives the canonical claimant of words such as "South
Korea's spy agency" (the head alias wins, several claimants joined by
"and" give each); :func:`as_claimant` keeps an unknown claimant as written
(:func:`~dossier.extractors.claims.claimant_written.as_named`).
"""

from __future__ import annotations

import functools
import re

from ...text.words import alternation, singular
from ...vocab import load_table
from .claimant_groups import adjective_form, joint_name, possessive_form, short_of_a_state, state_group
from .claimant_overlaps import attributive_owner, with_overlaps
from .claimant_role_names import owned_name
from .claimant_times import without_times
from .claimant_written import as_named, person_of, untitled, written_words
from ..mentions.claimant_vocab import claimant_cues, description_homes, ministry_official, state_adjectives
from ..mentions.claimant_words import without_postnominal
from ..mentions.home_ministries import state_ministry
from ..mentions.mention_vocab import origin_words, states
from ..mentions.signed_posts import FULL_NAME  # noqa: F401  (where the claims have always found it)
from ...text.numbers import cues


@functools.cache
def claimant_aliases() -> dict[str, str]:
    t = load_table("claimants.csv")
    return dict(zip(t["alias"], t["claimant"]))


@functools.cache
def _kinds() -> dict[str, str]:
    # Canonical claimant -> its kind (the first row's, when its aliases disagree).
    t = load_table("claimants.csv")
    return dict(zip(t["claimant"][::-1], t["kind"][::-1]))


@functools.cache
def _whole_state_names() -> dict[str, str]:
    t = load_table("whole_state_names.csv")
    return dict(zip(t["name"], t["claimant"]))


@functools.cache
def _contexts() -> dict[str, frozenset[str]]:
    # Alias -> the words one of which its article must hold, for the aliases that need context.
    t = load_table("claimants.csv")
    return {a: frozenset(c.split()) for a, c in zip(t["alias"], t["context"]) if c}


def kind(claimant: str | None) -> str | None:
    """The kind of a canonical claimant (``claimants.csv``), or None for one the vocabulary lacks."""
    return _kinds().get(claimant) if claimant else None


@functools.lru_cache(maxsize=1 << 12)
def context_words(text: str) -> frozenset[str]:
    """Words one of which an article must hold for ``text`` to name its claimant; empty when any article will do."""
    alias = _lookup_alias(cleaned(text))
    return _contexts().get(alias, frozenset()) if alias else frozenset()


@functools.cache
def alias_words() -> frozenset[str]:
    return frozenset(w for a in claimant_aliases() for w in a.split()) | {"the", "of", "and", "for"} | set(cues("claim_noun"))


_BRACKETED = re.compile(r"\([^)]*\)")
# A person's name in full, in title case, of two or three words: "Oleh Syniehubov", a transcript's "Alexander Matsegora:".


def cleaned(text: str) -> str:
    t = text.replace("’", "'").lower()
    if "(" in t:
        t = _BRACKETED.sub(" ", t)
    if "-" in t and any(w in t for w in _located_needles()):
        t = _located().sub("", t)  # "the seoul-based institute": where it is, not who
    t = " ".join(t.split()).strip(" ,.;:")
    t = without_times(t)  # "the spy agency on Wednesday", "tuesday's briefing": when it spoke, not who
    return t[4:] if t.startswith("the ") else t  # the words are one space apart now


@functools.cache
def _located_needles() -> tuple[str, ...]:
    return tuple(f"-{w}" for w in claimant_cues("located"))


@functools.cache
def _located() -> re.Pattern:
    # A place joined to a participle of where a body is ("london-based "), in lower-cased text.
    return re.compile(rf"(?<![\w'-])[\w.']+-(?:{alternation(claimant_cues('located'))})\b")


@functools.cache
def alias_pattern() -> re.Pattern:
    # At any position the longest alias wins ("ukraine's military intelligence" over "ukraine").
    return re.compile(rf"(?<![\w'])(?:{alternation(claimant_aliases())})(?!\w)")


def _lookup_alias(clean: str) -> str | None:
    """The alias that names the claimant of ``clean``: the whole text, else the head among those it holds.

    The head of an English noun phrase is its last word, so the alias that ends last wins ("Ukraine's intelligence
    chief Kyrylo Budanov"), then the longest; a bare claim noun ("HUR estimates") is never the head when a claimant
    precedes it.
    """
    aliases = claimant_aliases()
    for key in (clean, f"the {clean}", attributive_owner(clean)):  # ("the Budanov office": his office)
        if key in aliases:
            return key
    hits = [m for m in with_overlaps(clean, list(alias_pattern().finditer(clean)), alias_pattern())
            if not _given_name_follows(clean, m) and not _school_follows(clean, m)]
    if not hits:
        return None
    if len(hits) > 1:
        # "a source in South Pyongan province", "officials from the NIS in Seoul": a name after a place's
        # preposition modifies the head before it; it is not the head.
        heads = [m for m in hits if not _after_place_word(clean, m.start())]
        hits = heads or hits
        # "the Main Intelligence Directorate of the Ukrainian Defense Ministry", "the NIS of South Korea": a body
        # named before "of" is the head, what follows it the state or body it belongs to.
        hits = [m for k, m in enumerate(hits) if not (k and _part_of(clean, hits[k - 1], m))]
    named = [m for m in hits if _kinds().get(aliases[m.group(0)]) != "unattributed"]
    speaks = _spokesperson_pattern().search(clean)
    if speaks:
        # One who speaks for a body speaks as the body: "Pentagon press secretary Sabrina Singh".
        named = [m for m in named if m.end() <= speaks.start()] or named
    best = max(named or hits, key=lambda m: (m.end(), len(m.group(0))))
    # "Independent Western estimates", "a few Western estimates": a word before an origin's estimates picks some of
    # them, no one's in particular; only the bare words are the origin's.
    origin, _, noun = best.group(0).rpartition(" ")
    return noun if best.start() and origin and noun in cues("claim_noun") and noun in aliases else best.group(0)


_OF = re.compile(r" of (?:the )?")
_PART_KINDS = frozenset({"intelligence", "military", "ministry"})  # bodies that are a part of a state


def _part_of(clean: str, body: re.Match, after: re.Match) -> bool:
    """Whether the alias ``after`` only says whose the body ``body`` before it is: "X of (the) Y"."""
    if _kinds().get(claimant_aliases()[body.group(0)]) not in _PART_KINDS:
        return False
    link = _OF.match(clean, body.end())
    return link is not None and link.end() == after.start()


def _after_place_word(clean: str, at: int) -> bool:
    before = clean[max(0, at - 8) : at].split()
    return bool(before) and clean[at - 1 : at] == " " and before[-1] in claimant_cues("place")


def _given_name_follows(clean: str, m: re.Match) -> bool:
    """Whether a person's one-word alias is followed by more of a name: another person's ("Kim Yong-hyun", "Kim Yo Jong")."""
    end = m.end()
    if clean[end : end + 1] != " " or not clean[end + 1 : end + 2].isalpha():
        return False
    alias = m.group(0)
    return " " not in alias and _kinds().get(claimant_aliases()[alias]) == "person"


def _school_follows(clean: str, m: re.Match) -> bool:
    """Whether a government's alias opens a school's name: "seoul national university", "kyiv school of economics"."""
    if _kinds().get(claimant_aliases()[m.group(0)]) != "government":
        return False
    return _school_after().match(clean, m.end()) is not None


@functools.cache
def _school_after() -> re.Pattern:
    return re.compile(rf"(?: [a-z\-]+){{0,2}} (?:{alternation(claimant_cues('school'))})\b")


def speaks_for(text: str) -> bool:
    """Whether ``text`` holds the title of one who speaks for a body ("the Pentagon's deputy press secretary")."""
    return _spokesperson_pattern().search(cleaned(text)) is not None


@functools.cache
def _spokesperson_pattern() -> re.Pattern:
    # Searched in cleaned() text only, whose words are one space apart.
    return re.compile(rf"\b(?:{alternation(claimant_cues('spokesperson'))})\b")


def _lookup(clean: str) -> str | None:
    alias = _lookup_alias(clean)
    owner, possessive, rest = clean.partition("'s ")
    if possessive and (alias is None or len(alias) <= len(owner) + 2) and (home := _home_of_description(owner, rest)):
        return home  # "Seoul's spy service": the body a description stands for in its owner state (NIS)
    if possessive and (alias is None or len(alias) <= len(owner) + 2) and (state := _state_possessive(owner)):
        # "kyiv's intelligence agency": what follows the owner names no claimant with this name of its state;
        # it may with the state's own ("ukraine's intelligence agency").
        alias = _lookup_alias(f"{state} {rest}") or alias
    body, of, owner = clean.rpartition(" of ")
    if of and (alias is None or alias.endswith(owner)) and (part := _lookup_alias(f"{owner.removeprefix('the ')}'s {body}")):
        # "the Ministry of Defense of Ukraine" is "Ukraine's Ministry of Defense", when that names a part of the state.
        alias = part if _kinds().get(claimant_aliases()[part]) in _PART_KINDS else alias
    return claimant_aliases()[alias] if alias else None


def _home_of_description(owner: str, rest: str) -> str | None:
    """The claimant a description of ``data/claimant_descriptions.csv`` stands for in the state whose possessive is
    ``owner``'s ("seoul's" and "spy service": the National Intelligence Service), else None."""
    homes = description_homes().get(rest)
    return homes.get(_possessive_states().get(f"{owner}'s", "")) if homes else None


@functools.cache
def _possessive_states() -> dict[str, str]:
    t = load_table("nationalities.csv")
    return {w.removeprefix("the "): st for w, st in zip(t["word"], t["state"]) if w.endswith("'s")}


def _state_possessive(owner: str) -> str | None:
    """The possessive a state's own name makes ("ukraine's" for "kyiv"), when ``owner`` is another of the state's names."""
    own = _own_possessives().get(f"{owner}'s")
    return own if own != f"{owner}'s" else None


@functools.cache
def _own_possessives() -> dict[str, str]:
    """Each state's possessive (``data/nationalities.csv``) to the first of its state's, its own name's."""
    t = load_table("nationalities.csv")
    pairs = [(w, st) for w, st in zip(t["word"], t["state"]) if w.endswith("'s") and st != "other_state"]
    first = {}
    for w, st in pairs:
        first.setdefault(st, w)
    # cleaned() drops a leading "the": "the south's" is looked up as "south's".
    return {w.removeprefix("the "): first[st] for w, st in pairs}


_JOINED = re.compile(r",\s*|\s+and\s+")


def _joined(clean: str) -> list[str] | None:
    """The claimants that the parts of ``clean`` joined by "and" or commas name, each once, when every part names
    one, alone or with the words it shares with the last part ("South Korean and Western intelligence agencies"); else None."""
    if "," not in clean and " and " not in clean:  # what _JOINED splits at, in words one space apart
        return None
    parts = [p for p in _JOINED.split(clean) if p]
    if len(parts) < 2:
        return None
    shared = parts[-1].split()[1:]
    # With the words shared, a state's adjective before a claim noun is its government's ("Western and Ukrainian estimates").
    # Else a plural noun shared by the parts names one of its kind for each ("the South Korean and Ukrainian governments").
    found = [_national_claim(p) or _lookup(p) or next((c for n in range(1, len(shared) + 1) if (c := _national_claim(w := f"{p} {' '.join(shared[-n:])}")
             or _lookup(w))), None) or _government(_adjective_states().get(p, "")) or _in_singular(p, shared) for p in parts]  # "the U.S., South Korea and"
    return list(dict.fromkeys(found)) if all(found) else None


def _in_singular(part: str, shared: list[str]) -> str | None:
    """The claimant ``part`` names with its plural noun, or the plural noun it shares, in the singular: "ukrainian
    governments" the Ukrainian government, "japanese" (before "governments") the Japanese government."""
    words = part.split()
    if len(words) > 1 and words[-1] == (shared[-1] if shared else None):
        words = words[:-1]
    return _lookup(" ".join([*words, singular(shared[-1])])) if shared and words else None


def joins_claimants(text: str) -> bool:
    """Whether ``text`` names several claimants joined by "and" or commas ("U.S., South Korean and Ukrainian intelligence")."""
    found = _joined(cleaned(text))
    return found is not None and len(found) > 1


@functools.lru_cache(maxsize=1 << 14)  # the same few names recur across articles
def normalise(text: str) -> str | None:
    """Canonical claimant of the words ``text``, or None when no alias matches.

    Claimants joined by "and" ("Ukrainian and South Korean intelligence") are one joint source, as written. A
    person named with an affiliation ("Jack Watling of RUSI") is the person, not the body the affiliation names; a
    body's own group ("CSIS analysts") is the body."""
    text = without_postnominal(text)  # "Jane Roe MP" is Jane Roe, not lawmakers
    if (state := _whole_state_names().get(text.strip().removeprefix("the ").removeprefix("The ").rstrip("."))) is not None:
        return state  # "The UK has estimated", "Kiev at some point spoke of": the whole words, read as written
    clean = cleaned(text)
    if "'s " in clean and (group := state_group(clean)):  # "Kyiv's investigators" are Ukrainian investigators
        return _lookup(group.lower()) or group
    if clean not in claimant_aliases() and (person := _affiliated_person(text)):
        return _lookup(cleaned(person))
    if (found := _joined(clean)) is not None:
        return found[0] if len(found) == 1 else joint_name(text, clean, [_kinds().get(f) for f in found], found)
    if _lookup_alias(clean) in claimant_cues("title") and (name := _name_after_title(text)):
        # "lawmaker Lee Seong-kweun": a claimant's noun used as a title before a name is the person's title.
        return _lookup(cleaned(name))
    found = _lookup(clean)
    if found is not None and found.islower() and (own := _lookup(clean.rpartition(" ")[0])) and kind(own) == kind(found):
        found = own  # "Beyond Parallel analysts": a group named by a common noun, of a body of its kind, is the body
    elif found is not None and found.islower() and (origin := clean.removesuffix(f" {found}")) != clean and (
            origin in origin_words()):
        return f"{origin.title()} {found}"  # "Western analysts": where they are from is who they are, as written
    # Only where the capital alone was read, as the state's government ("Kyiv military administration" is a body).
    if (owned := possessive_form(clean)) and found == _lookup(owned.partition("'s ")[0]) and kind(found) == "government":
        if kind(body := normalise(owned)) not in (None, "government"):
            found = body  # "the Seoul intelligence service": the capital before the body owns it, as "Seoul's" would
        elif (named := _lookup(adjective_form(clean) or "")) is not None:
            found = named  # "Kyiv officials" are Ukrainian officials: a group of the state as its adjective writes it
    if found is not None and _kinds().get(found) != "person" and (name := _titled_person(text)):
        # "South Korean Defense Minister Kim Yong-hyun": the words before the title say whose minister he is; the
        # person speaks, as one who speaks for a body does not ("JCS spokesperson Col. Lee").
        return _lookup(cleaned(name))
    if kind(found) == "government" and (owned := owned_name(text.strip())) and found == _lookup(cleaned(owned.owner)):
        # "South Korea's Defense Intelligence Agency": the state only owns the body it names, whose name it is.
        return _lookup(cleaned(owned.name)) or owned.name
    if found is None and (bare := _without_formation(clean)) != clean:
        found = _lookup(bare)  # "a ukrainian brigade commander" is a Ukrainian commander
    if found is None and (ministry := ministry_official(clean)) != clean:
        found = _lookup(ministry) or ((body := state_ministry(ministry)) and _lookup(cleaned(body)))  # "a ukrainian defense official": Kyiv's ministry; a U.S. one: the Pentagon
    if found is None and "(" in text:  # "the defence intelligence agency (HUR)": the abbreviation names it
        found = next((claimant_aliases()[w] for m in _BRACKETED.finditer(text) if (w := cleaned(m.group(0)[1:-1])) in claimant_aliases()), None)
    if found is None or _kinds().get(found) == "unattributed":
        return _national_claim(clean) or found or _placed(clean)
    return found


def _without_formation(clean: str) -> str:
    """``clean`` without the lower-case formation nouns (``estimate_cues.csv``, role ``formation``) that qualify the
    noun after them: an officer of a brigade speaks for the military a brigade commander does."""
    return _formation_pattern().sub("", clean)


@functools.cache
def _formation_pattern() -> re.Pattern:
    # A formation word with a word after it, and the space that parts them.
    return re.compile(rf"(?<!\S)(?:{alternation(formation_words())}) (?=\S)")


@functools.cache
def formation_words() -> frozenset[str]:
    """Nouns of military formations (``estimate_cues.csv``, role ``formation``) and words of arms of service
    (``claimant_cues.csv``, role ``branch``), one word each: what may stand between a nationality and a rank."""
    return frozenset({*cues("formation"), *(w for b in claimant_cues("branch") for w in b.split())})


@functools.cache
def title_words() -> frozenset[str]:
    # Lower-case words of titles and roles ("press secretary"): part of a claimant's phrase, never its head.
    return frozenset(w for t in (*claimant_cues("title"), *claimant_cues("spokesperson")) for w in t.split())


def _national_claim(clean: str) -> str | None:
    """The government of the state whose adjective qualifies a claim noun: "Ukrainian estimates (that are ...)"
    are Kyiv's, as "South Korean estimates" are Seoul's; None for any other words."""
    words = clean.split()
    if determined := bool(words) and words[0] in claimant_cues("determiner"):
        words = words[1:]  # "some Ukrainian estimates" are Kyiv's as "Ukrainian estimates" are
    for n in (2, 1):  # "south korean", "ukrainian"
        if len(words) > n and words[n] in cues("claim_noun") and (not words[n + 1:] or words[n + 1] in ("that", "which")):
            adjective = " ".join(words[:n])
            if (state := _adjective_states().get(adjective)) is not None:
                return _government(state)
            # "British estimates": a state the five of states.csv leave out, by its government's own alias; "most
            # Western estimates" survey many states' sources, as "some British estimates" do not.
            if (government := claimant_aliases().get(f"{adjective} government")) and not (determined and short_of_a_state(adjective)):
                return government
    return None


def home_government(text: str, state: str | None) -> str | None:
    """The government of ``state`` when the words of an unnamed source say it is a government's without naming
    the state ("a government source" in a Yonhap dispatch, or passed on by Yonhap), else None."""
    if not state or claimant_cues("state_noun").keys().isdisjoint(cleaned(text).split()):
        return None
    return _government(state)


def _government(state: str) -> str | None:
    """The claimant that the government of ``state`` (``data/states.csv``) is, by its alias when it has one."""
    names = states().get(state)
    government = names.government if names else None
    return claimant_aliases().get(government.lower(), government) if government else None


@functools.cache
def _adjective_states() -> dict[str, str]:
    t = load_table("nationalities.csv")
    return {w: st for w, st in zip(t["word"], t["state"]) if not w.endswith(("'s", "’s")) and st != "other_state"}


# Someone unnamed in a place: "one regional official in Kursk", "officials in the Kursk region".
_IN_PLACE = re.compile(r"(?:(?:an?|one|another|two|several|some)\s+)?(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+(?:in|from)\s+"
                       r"(?:the\s+)?([a-z-]+(?:\s[a-z-]+)?)")


def _placed(clean: str) -> str | None:
    """The claimant someone unnamed in a place of a state stands for: a place's official is the state's official
    ("one regional official in Kursk" as "a Russian official"); None when no alias names such a person."""
    m = _IN_PLACE.fullmatch(clean)
    if m is None:
        return None
    place, _, last = m.group(2).rpartition(" ")
    place = place if place and last in claimant_cues("place_noun") else m.group(2)  # "the Kursk region"
    state = _place_states().get(place)
    return claimant_aliases().get(f"{state_adjectives()[state]} {m.group(1)}") if state else None


@functools.cache
def _place_states() -> dict[str, str]:
    t = load_table("claimant_places.csv")
    return dict(zip(t["place"], t["state"]))


def _titled_person(text: str) -> str | None:
    """The name of the person a title before it names ("President Yoon Suk Yeol"), else None: not a body's name
    that opens with a title's word ("General Staff of Ukraine"), nor one who speaks for a department
    ("Pentagon press secretary X"); one who speaks for a government as a whole ("White House national security
    spokesman X", ``data/government_offices.csv``) is named."""
    name = _name_after_title(text)
    if name is None or (speaks_for(text) and _government_office().search(cleaned(text)) is None):
        return None
    words, bodies = name.split(), claimant_cues("body_noun")
    return name if all(w[:1].isupper() and w.lower() not in bodies for w in words) else None


@functools.cache
def _government_office() -> re.Pattern:
    return re.compile(rf"^(?:the )?(?:{alternation(load_table('government_offices.csv').office)})\b")


def _name_after_title(text: str) -> str | None:
    words = written_words(text)
    name = untitled(words)
    return " ".join(name) if len(name) < len(words) else None


def as_claimant(text: str, canon: str | None = None) -> str:
    """The claimant ``text`` names: its canonical claimant, else its name as written (:func:`as_named`).

    An unknown claimant is kept as written, less its article: "the
    Institute ..." and "Institute ..." are one.  ``canon``:
    ``normalise(text)``, when the caller has it already.
    """
    return canon or normalise(text) or as_named(text)


def _affiliated_person(text: str) -> str | None:
    if not any(f" {w} " in text for w in claimant_cues("affiliation")):
        return None  # most attributions name no affiliation
    words = written_words(text)
    name = person_of(untitled(words))
    return " ".join(name) if name else None
