"""Someone unnamed, as a group subject describes them: where they are, and what they know.

"a student in Pyongyang", "one Western diplomat in Seoul": the place is where they are, not whom they speak for
(:func:`group_without_place`); "a person familiar with the matter", "two people briefed on the talks": someone quoted
for what they know (``data/informed_sources.csv``), an anonymous source (:func:`informed_source`); groups with no
determiner ("Ukrainian officials", "Honoured veterans": :func:`state_officials`, :func:`bare_groups`).  Read by the
searches for who speaks (:mod:`~dossier.extractors.speech.speakers`) and by the quotes' resolution of speakers.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.words import UPPER, alternation
from ...vocab import load_list, load_table
from .attributions import Attribution
from ..mentions.time_phrases import time_phrase
from ..mentions.mention_vocab import UNNAMED_TITLES, descriptions, former_words, key, nationalities, titles, unnamed_sources
from ..mentions.speaker_vocab import canonical, cue_words, speaker_aliases, speaker_kind

# "a student in Pyongyang", "one Western diplomat in Seoul": a group, then the place it is in, to the phrase's end.
_GROUP_IN_PLACE = re.compile(rf"(?P<group>.+?)\s+(?:in|at|from|near)\s+(?:the\s+)?{UPPER}[^,;]*\Z")


def group_without_place(phrase: str) -> str | None:
    """The group of "a student in Pyongyang" or "one Western diplomat in Seoul" when the place it is in does not
    speak: the group's noun is no official's title (:data:`UNNAMED_TITLES`), or a word of its own in capitals tells
    whose it is.  None when no place ends the phrase, when the place's officials speak ("an official in Seoul"), or
    when the place is part of whom the account calls an unnamed source ("a source in Pyongyang",
    ``data/unnamed_sources.csv``)."""
    m = _GROUP_IN_PLACE.match(phrase)
    if m is None:
        return None
    words = m.group("group").split()
    noun = words[-1].lower().removesuffix("s")
    if noun in unnamed_sources().labels:
        return None
    official = noun in UNNAMED_TITLES
    return m.group("group") if not official or any(w[:1].isupper() for w in words[1:-1]) else None


# "a Russian veteran of the Kursk fighting", "one scholar of Korean affairs at Peking University": someone brought in
# unnamed, then what they are of (and where), up to the subject read after it.
_UNNAMED_OF = re.compile(
    r"(?<![\w\-])(?P<group>(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:and|or|but|of|the)\b)[\w\-]+\s+){0,3}(?P<noun>[a-z][\w\-]*))"
    rf"\s+of\s+(?P<determined>(?:the|\d\w*)\s+)?(?:\d\w*\s+)?(?P<place>(?:[\w\-’']+\s+){{1,4}}?(?:at|in|from|near)\s+(?:the\s+)?(?:{UPPER}[\w\-]*\s+){{0,2}})?\Z"
)
_UNNAMED_OF_REACH = 90


def unnamed_of(text: str, lo: int, a: Attribution) -> Attribution | None:
    """Someone unnamed whose "of" phrase holds the subject ``a`` read in ``text[lo:]``: "a Russian veteran of the Kursk
    fighting said" is the veteran's, not the fighting's; "a soldier of the 810th Brigade" the soldier's.

    None when no one is; when what follows "of" is a person ("a clip of Choe telling", "a portrait of Kim", as a name
    with no "the" may be); or when the one before "of" speaks for what follows it: an official's title ("an official
    of the ministry", ``UNNAMED_TITLES``), an officer of a body the vocabularies name ("an officer of the Korean
    People's Army"), a document ("a statement of the ministry")."""
    if text.find(" of ", max(lo, a.start - _UNNAMED_OF_REACH), a.start) < 0:
        return None  # most subjects follow no "of": the search below, tried at each character, is skipped
    m = _UNNAMED_OF.search(text, max(lo, a.start - _UNNAMED_OF_REACH), a.start)
    if m is None or (a.how == "alias" and speaker_kind(canonical(a.speaker_text, a.how)) == "person") or not (
            a.how == "group" or m.group("determined") or m.group("place")):
        return None
    noun = key(m.group("noun"))
    title = titles().get(noun)
    if noun in UNNAMED_TITLES or noun in cue_words().documents or (
            title is not None and title.cls == "official" and a.how == "alias"):
        return None
    return a._replace(start=m.start("group"), speaker_text=m.group("group"), how="group")


# "the Russian Embassy in Tokyo", "the Ministry of Defence in London", "the Korean People's Army at", "the 11th
# Airborne Brigade in", "Kim Myong Chol in the": a name of capitalised words (joined by "of", a word after the first
# maybe a possessive, the first maybe after an ordinal), then the place it is in, right before the subject.
_NAME_IN_PLACE = re.compile(
    rf"(?<![\w\-’'])(?:The\s+)?(?P<name>(?:\d+(?:st|nd|rd|th)\s+)?{UPPER}[\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?{UPPER}[\w\-]*(?:['’]s?)?){{1,4}})"
    r"\s+(?:in|at)\s+(?:the\s+)?\Z")

# "Japan's defense ministry in": an owner's body written in lower case, then the place it is in.
_OWNED_IN_PLACE = re.compile(rf"(?<![\w\-’'])(?P<name>(?P<owner>{UPPER}[\w\-]*)['’]s(?:\s+[a-z][\w\-]*){{1,3}})\s+(?:in|at)\s+\Z")


def name_before_place(text: str, lo: int, a: Attribution) -> Attribution | None:
    """ "A spokesman for the Russian Embassy in Tokyo dismissed": the subject read at the name of a body ("Tokyo",
    standing for its government), or at a name no vocabulary knows ("London") after a body's, or at a body or medium
    described ("A commentary by Kim Myong Chol in the party newspaper accused"), is where the name before "in" or "at"
    is, and that name the subject; None when ``a`` names no body or place, or no name of two words or more stands
    right before "in"."""
    described = a.how in ("group", "owned") and not {key(a.speaker_text), key(f"the {a.speaker_text}")}.isdisjoint(descriptions())
    if a.how == "alias" and speaker_kind(canonical(a.speaker_text, a.how)) != "body":
        return None
    if a.how not in ("alias", "name") and not described:
        return None
    if not described and (owned := _OWNED_IN_PLACE.search(text, max(lo, a.start - 60), a.start)) is not None and key(
            owned.group("name")).rsplit(None, 1)[-1] in _body_words() and speaker_kind(canonical(owned.group("owner"), "name")) == "body":
        # "Japan's defense ministry in Tokyo": a state's or body's (not "Shoigu's office in Moscow": whose, the person's
        # role tells, not its place).
        return a._replace(start=owned.start("name"), speaker_text=owned.group("name"), how="owned")
    if not (m := _NAME_IN_PLACE.search(text, max(lo, a.start - 80), a.start)):
        return None
    if a.how == "name" and (key(a.speaker_text) in speaker_aliases() or not _body_words().intersection(
            key(m.group("name")).split())):
        # A place the vocabularies do not know ("London") is where only a body's name is: "the Ministry of
        # Defence in London said", not "a photographer in Lviv said".
        return None
    start, name = m.start("name"), m.group("name")
    while (of := _JOINED_BY_OF.search(name)) is not None and not _body_words().intersection(
            (of.group("before").lower(), of.group("after").lower())):
        # "Prof Leif-Eric Easley of Ewha Womans University in Seoul": "of" joins no body's name (neither word beside
        # it is a body's); the body's name starts after it, and the one before "of" is read as its member.
        start, name = start + of.end(), name[of.end():]
    return a._replace(start=start, speaker_text=name, how="name")


_JOINED_BY_OF = re.compile(r"(?P<before>[\w\-’']+)\s+of\s+(?:the\s+)?(?=(?P<after>[\w\-]+))")


@functools.cache
def _body_words() -> frozenset[str]:
    """The words of a body's name (``data/name_stops.csv``: "ministry", "office", "army"), lower case."""
    t = load_table("name_stops.csv")
    return frozenset(t.word[t.kind == "body"])


class Informed(NamedTuple):
    """Who is quoted by what they know (``data/informed_sources.csv``): "a person familiar with the talks"."""

    nouns: frozenset[str]  # "person", "people"
    phrases: str  # "familiar with", "briefed on" …, as one alternation
    after: re.Pattern  # a phrase right after the subject's noun, or inside a subject read too far


@functools.cache
def informed() -> Informed:
    t = load_table("informed_sources.csv")
    phrases = alternation(t.word[t.kind == "phrase"])
    return Informed(frozenset(t.word[t.kind == "noun"]), phrases, re.compile(rf"\s+(?:{phrases})\b"))


def informed_source(text: str, a: Attribution) -> bool:
    """Whether the group subject ``a`` is someone unnamed quoted for what they know: its noun is a person's
    ("a person", "two people") and what tells they know follows it ("familiar with the matter", "briefed on")."""
    return (a.how in ("group", "name") and a.speaker_text.rsplit(None, 1)[-1].lower() in informed().nouns
            and informed().after.match(text, a.start + len(a.speaker_text)) is not None)


def before_informed(a: Attribution) -> Attribution:
    """A group subject read on into what tells it knows ("a person familiar with the"), cut before that."""
    if a.how != "group" or (known := informed().after.search(a.speaker_text)) is None:
        return a
    return a._replace(speaker_text=a.speaker_text[:known.start()])


@functools.cache
def group_member_words() -> dict[str, frozenset[str]]:
    """The words of ``data/group_members.csv`` by kind ("partitive": "one", "remaining": "other", …)."""
    t = load_table("group_members.csv")
    return {kind: frozenset(t.word[t.kind == kind]) for kind in set(t.kind)}


def remaining_member(a: Attribution) -> str | None:
    """The noun of "the other soldier", "the first official": a member of a group the article named (the one left
    once another spoke, or the one an ordinal picks out); None when ``a`` is no such subject."""
    words = a.speaker_text.split()
    if a.how == "group" and len(words) == 3 and words[0].lower() == "the" and words[1].lower() in (
            group_member_words()["remaining"] | group_member_words()["ordinal"]):  # "the other soldier", "the first official"
        # ("for the second time": an ordinal of a time picks no one.)
        return words[2] if words[2].isalpha() and words[2].islower() and not time_phrase(a.speaker_text) else None
    return None


@functools.cache
def _partitive() -> re.Pattern:
    """ "one of ", "the older of " right before a group ("one of the officials", "The older of the two")."""
    return re.compile(rf"\b(?i:{alternation(group_member_words()['partitive'])})\s+of\s+\Z")


_PARTITIVE_CHARS = 16  # "The youngest of ": the partitive word and its "of" just before the group


def picked_from(text: str, a: Attribution) -> bool:
    """Whether group subject ``a`` is the group someone is picked out of ("one of the officials said", "The older of
    the two, a sniper, said"): one member speaks, even of a pair whose words would otherwise be no one's."""
    return a.how == "group" and a.speaker_text.lower().startswith(("the ", "our ")) and (
        _partitive().search(text, max(0, a.start - _PARTITIVE_CHARS), a.start) is not None)


def state_officials() -> str:
    """ "Ukrainian officials", "South Korean defence officials": no determiner, and the nationality capitalised."""
    states = alternation(w for w in nationalities() if not ("'" in w or "’" in w))  # an owner ("Seoul's") is not one
    # "former U.S. officials", "ex-Russian diplomats": out of office, they speak for no state, and the word says so;
    # never read without it.
    words = sorted(former_words())
    former = "".join(rf"(?<!\b(?i:{re.escape(w)})\s)(?<!\b(?i:{re.escape(w)})-)" for w in words)
    return (rf"(?:(?i:{alternation(words)})[\s\-]++|{former})(?={UPPER})(?i:{states})\s++(?:[a-z][\w\-]*+\s++){{0,2}}"
            rf"(?:{alternation(UNNAMED_TITLES)})s?\b")


@functools.cache
def bare_groups() -> str:
    """ "Honoured veterans", "North Korean defectors", "Local residents": a capitalised word, at most two more, then the
    plural of a noun naming people (``data/group_nouns.csv``), with no determiner.  The words between are neither
    function words nor finite verbs ("Kim and veterans", "Putin praised soldiers" are no group)."""
    return rf"\b{UPPER}[\w\-]*+\s++(?:{_MODIFIER}|{UPPER}[\w\-]*+\s++){{0,2}}(?:{alternation(_group_plurals())})\b"


def placed_plurals() -> str:
    """ "analysts in London", "Military analysts at": before the place they are in, the plural of a noun naming people
    (``data/group_nouns.csv``) needs no capitalised word: the place says they are a group of somewhere, whose words
    they speak (a lower-case word or two before it, as in :func:`bare_groups`)."""
    plurals = _group_plurals()
    capitalised = [w[:1].upper() + w[1:] for w in plurals]
    # (Nor a determiner or "what" before: "what analysts in London call" is the analysts'.)
    modifier = rf"(?!(?:what|whatever|the|a|an|its|their|his|her|our|some|many|most|few|several|these|those)\b){_MODIFIER}"
    return rf"(?<![\w\-’'])(?:{modifier}){{0,2}}(?:{alternation(plurals)})\b|\b(?:{alternation(capitalised)})\b"


@functools.cache
def _group_plurals() -> tuple[str, ...]:
    return tuple(w[:-3] + "men" if w.endswith("man") else w + "es" if w.endswith("ss") else w + "s"
                 for w in load_list("group_nouns.csv"))


# A word between a group's first word and its noun: no function word nor finite verb ("Kim and veterans", "Putin
# praised soldiers" are no group).
_MODIFIER = (r"(?!(?:and|or|but|of|to|in|on|at|for|with|by|from|that|who|which|whom|whose|has|have|had|was|were|is|are)"
             r"\b)(?![a-z]+(?:ed|es|s)\b)[a-z][\w\-]*+\s++")


# "an official of Russia's Federal Customs Service", "a spokesman at the Korea Customs Service": after an unnamed
# official, a preposition, a state's possessive or nationality maybe, and a body's name in capitals (words, and "of"
# or "for" with capitalised words after it: "the Ministry of Economic Development").
_OFFICIAL_OF_BODY = re.compile(
    rf"\s+(?:of|at|from|with|for)\s+(?:the\s+)?(?:(?P<owner>{UPPER}[\w.\-]*(?:\s+{UPPER}[\w.\-]*)?)['’]s\s+)?"
    rf"(?P<body>{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,5}}(?:\s+(?:of|for|on)\s+(?:the\s+)?{UPPER}[\w\-]*(?:\s+{UPPER}[\w\-]*){{0,4}})?)")


@functools.cache
def _unnamed_official() -> re.Pattern:
    """ "an official", "a senior spokesman", "one official": someone unnamed by an official's title."""
    return re.compile(rf"(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{alternation(UNNAMED_TITLES)})\b")


@functools.cache
def _former_official() -> re.Pattern:
    """ "a former BND official", "an ex-Pentagon planner", "one retired intelligence officer": someone brought in by a
    word of ``data/former_words.csv`` among the first words of their mention."""
    return re.compile(rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]*\s+)?(?i:{alternation(former_words())})[\s\-]")


def former_official(speaker_text: str) -> bool:
    """Whether an unnamed speaker is brought in as out of the office they held ("a former Pentagon official"): a
    private person, no longer the voice of the body whose name their mention holds."""
    return _former_official().match(speaker_text) is not None


class OfficialBody(NamedTuple):
    """The body an unnamed official is of, as written after them: where its name starts, and the name."""

    start: int
    name: str


def body_of_official(masked: str, at: int) -> OfficialBody | None:
    """The body (:class:`OfficialBody`) that the unnamed official written at ``at`` ("an official", "a spokesman") is of,
    named right after them in capitals ("an official of Russia's Federal Customs Service"): the official speaks for
    it, not for their state's government.  The name is as written, without the state's possessive or nationality
    before it; None when no body's name follows."""
    o = _unnamed_official().match(masked, at)
    m = _OFFICIAL_OF_BODY.match(masked, o.end()) if o is not None else None
    if m is None or _body_words().isdisjoint(w.lower() for w in m.group("body").split()):
        return None
    body, start = m.group("body"), m.start("body")
    for n in (2, 1):  # "Russian Federal Customs Service": the nationality is the possessive's, written otherwise
        words = body.split()
        if key(" ".join(words[:n])) in nationalities() and len(words) > n + 1:
            cut = body.index(words[n], len(" ".join(words[:n])))
            body, start = body[cut:], start + cut
            break
    return OfficialBody(start, body)


def official_body(masked: str, at: int, entity_of) -> str | None:
    """The speaker the unnamed official written at ``at`` speaks for when a body's name follows them
    (:func:`body_of_official`): the body the account resolves the name to (``entity_of(start, end)``), else the name as
    written; None when no body's name follows, or the account reads the name as no body."""
    if _former_official().match(masked, at):
        return None  # "a former BND official": out of office, no longer the body's voice
    if (body := body_of_official(masked, at)) is None:
        return _body_before_title(masked, at, entity_of)
    named = entity_of(body.start, body.start + len(body.name))
    if named is None:
        return canonical(body.name, "name")
    return named.name if named.kind == "body" else None


@functools.cache
def _body_then_title() -> re.Pattern:
    """ "a Bank of Korea official", "a KIDA researcher": someone unnamed, a body's name in capitals, then an official's
    title or a researcher's (``data/titles.csv``, class analyst, one word)."""
    researchers = {t for t, v in titles().items() if v.cls == "analyst" and " " not in t and "." not in t}
    return re.compile(rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
                      rf"(?P<body>{UPPER}[\w.\-]*(?:\s+(?:of\s+|for\s+)?{UPPER}[\w.\-]*){{0,4}})\s+(?:[a-z][\w\-]*\s+)?"
                      rf"(?:{alternation({*UNNAMED_TITLES, *researchers})})\b")


def _body_before_title(masked: str, at: int, entity_of) -> str | None:
    """The body someone unnamed written at ``at`` works for when its name stands before their title ("a Bank of Korea
    official said", "a KIDA researcher said"): they speak for it, as "an official of the Bank of Korea" does; None
    when no name stands there or the account reads it as no body (a state, a medium: "a Yonhap reporter")."""
    m = _body_then_title().match(masked, at)
    if m is None:
        return None
    named = entity_of(m.start("body"), m.end("body"))
    return named.name if named is not None and named.kind == "body" else None
