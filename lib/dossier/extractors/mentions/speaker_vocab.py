"""Speakers and media by name: the vocabularies of who speaks, and the canonical name of a speaker as written.

``data/speakers.csv`` (aliases of speakers, their affiliation and kind),
``data/channels.csv`` (media and their state), ``data/cue_verbs.csv``
(reporting verbs and documents) and ``data/anaphors.csv`` ("he", "the
report"), read once each.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ...text.outlets import outlet_names
from ...text.words import alternation
from ...vocab import load_table
from .body_letters import spelled_out
from .title_search import role_words
from .patronymics import patronymic_aliases
from .plain_verbs import plain_verb
from .styled_outlets import styled_outlet


class Speaker(NamedTuple):
    """The speaker an alias names: canonical name, affiliation (``dprk_state``, ``russia_state``, ``other``), kind."""

    speaker: str
    affiliation: str
    kind: str  # person or body


class Channel(NamedTuple):
    """The medium an alias names: canonical name, and the state it speaks for (``dprk_state``, ...)."""

    channel: str
    state: str


class CueWords(NamedTuple):
    """The words of ``data/cue_verbs.csv``: each word's lemma, the verbs of saying, the documents that carry words."""

    lemma: dict[str, str]
    verbs: set[str]
    documents: set[str]


@functools.cache
def speaker_aliases() -> dict[str, Speaker]:
    """Alias (lower case) -> the :class:`Speaker` it names, from ``data/speakers.csv``."""
    t = load_table("speakers.csv")
    out = {a: Speaker(s, f, k) for a, s, f, k in zip(t.alias, t.speaker, t.affiliation, t.kind)}
    # "Sergei Kuzhugetovich": a first name and patronymic (data/patronymics.csv) is the person's too.
    by_name = {s.speaker: s for s in out.values()}
    out.update({a: by_name[s] for a, s in patronymic_aliases({a: s.speaker for a, s in out.items()}).items()})
    return out


@functools.cache
def post_nominals() -> frozenset[str]:
    """Letters written after a name that are no part of it (``data/post_nominals.csv``, as written: "MP", "QC")."""
    return frozenset(load_table("post_nominals.csv").word)


@functools.cache
def named_kinds() -> frozenset[str]:
    """Nouns of a kind of speaker a name of its own may follow with no comma ("the channel Rybar",
    ``data/named_kinds.csv``)."""
    return frozenset(load_table("named_kinds.csv").noun)


_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "HUR", "NIS", "SBU": an organisation's letters


def body_letters(word: str) -> bool:
    """Whether ``word`` is a body's or a medium's letters the vocabularies know ("HUR", "NIS", "KCNA"): written before
    a person's name ("the head of HUR Ivan Petrenko") it is the body they belong to, no part of the name."""
    if not _ACRONYM.fullmatch(word):
        return False
    k = word.lower()
    return k in channel_aliases() or (k in speaker_aliases() and speaker_aliases()[k].kind != "person")


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?\Z")


def letters_of_body(word: str, text: str, start: int) -> bool:
    """Whether ``word``, written at ``text[start]`` before a person's name, is the letters of the body they belong to:
    letters the vocabularies know ("the head of HUR Ivan Petrenko"), or any after "of" ("the head of the NIS Kim So-yeon")."""
    return body_letters(word) or (_ACRONYM.fullmatch(word) is not None and _OF_BEFORE.search(text, max(0, start - 8), start) is not None)


@functools.cache
def channel_aliases() -> dict[str, Channel]:
    """Alias (lower case) -> the :class:`Channel` it names, from ``data/channels.csv``."""
    t = load_table("channels.csv")
    return {a: Channel(c, s) for a, c, s in zip(t.alias, t.channel, t.state)}


@functools.cache
def document_words() -> frozenset[str]:
    """The nouns of documents that carry someone's words ("statement", "remarks"; not media's), lower case, and their plurals."""
    nouns = cue_words().documents - set(load_table("channels.csv").kind)
    return frozenset(nouns | {f"{n}s" for n in nouns})


@functools.cache
def document_nouns() -> re.Pattern:
    """:func:`document_words` as a pattern, in any case."""
    return re.compile(rf"\b(?:{alternation(sorted(document_words()))})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def document_noun(noun: str) -> re.Pattern:
    """One document's noun, in any case, singular or plural ("statement", "Statements")."""
    return re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)


@functools.cache
def issue_words() -> frozenset[str]:
    """How a document comes from its author ("issued", "released"): the ``issue`` words of ``data/cue_verbs.csv``."""
    t = load_table("cue_verbs.csv")
    return frozenset(t.word[t.kind == "issue"])


@functools.cache
def directives() -> re.Pattern:
    """ "ordered", "instructed": an order whose words a medium relays (the ``directive`` words of ``data/cue_verbs.csv``)."""
    t = load_table("cue_verbs.csv")
    return re.compile(rf"\b(?:{alternation(t.word[t.kind == 'directive'])})\b")


@functools.cache
def document_issuer() -> re.Pattern:
    """What leads from a document's noun to its author: " by the North's ", ", issued by ", " was released by "
    (the ``issue`` words of ``data/cue_verbs.csv``), or " under the name of " the body it is issued as."""
    issued = alternation(issue_words())
    return re.compile(rf",?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:{issued})\s+)?(?:by|from|of|under\s+the\s+name\s+of)\s+(?:[\w'’\-]+\s+){{0,2}}")


@functools.cache
def owned_document() -> re.Pattern:
    """ "Kim's speeches", "the ministry's statement": a possessor whose document (``data/cue_verbs.csv``) carries words."""
    docs = load_table("cue_verbs.csv")
    media = set(load_table("channel_relays.csv").query("place == 'noun'").word)  # "Seoul's spy agency" is no document
    words = alternation(w for w in docs.word[docs.kind == "document"] if w not in media)
    return re.compile(rf"['’]s\s+(?:[a-z][\w\-]*\s+)?(?:{words})(?:e?s)?\b")


@functools.cache
def cue_words() -> CueWords:
    """The words of ``data/cue_verbs.csv`` (:class:`CueWords`)."""
    t = load_table("cue_verbs.csv")
    lemma = dict(zip(t.word, t.lemma))
    docs = set(t.word[t.kind == "document"])
    verbs = set(t.word[t.kind == "verb"])
    return CueWords(lemma, verbs, docs)


@functools.cache
def inverted_verbs() -> frozenset[str]:
    """Verbs that say words only next to the quote ("“…,” sighs the colonel", "“…,” he sighed", "Roe shrugged:
    “…”"), as :mod:`dossier.extractors.speech.manner_verbs` reads them: the ``inverted`` words of
    ``data/cue_verbs.csv``."""
    t = load_table("cue_verbs.csv")
    return frozenset(t.word[t.kind == "inverted"])


@functools.cache
def transitive_inverted_verbs() -> frozenset[str]:
    """The ``inverted`` verbs that take an object before a colon ("summarises the mood: “…”"): those of a phrasal
    lemma ("sum up"); the others take none ("laughed at the headline: “…”" reads the headline)."""
    t = load_table("cue_verbs.csv")
    return frozenset(t.word[(t.kind == "inverted") & t.lemma.str.contains(" ")])


@functools.cache
def any_cue():
    """A verb of saying, any case; a verb of kind ``content`` only before "that" ("complains that"), one of kind
    ``plain`` only after a plural subject or an auxiliary (:func:`plain_verb`)."""
    return re.compile(rf"(?:\b(?i:{alternation(cue_words().verbs)})\b|{content_verb()}|{plain_verb()})")


@functools.cache
def content_verbs() -> frozenset[str]:
    """Verbs that say words only when a clause of content follows ("conceded that"): the ``content`` words of
    ``data/cue_verbs.csv``."""
    t = load_table("cue_verbs.csv")
    return frozenset(t.word[t.kind == "content"])


@functools.cache
def content_verb() -> str:
    """:func:`content_verbs` as a pattern, "that" after it (a clause of content)."""
    return rf"\b(?i:{alternation(content_verbs())})\b(?=\s+that\b)"


@functools.cache
def participle_words() -> frozenset[str]:
    """The verbs of saying in -ing ("saying", "vowing")."""
    return frozenset(w for w in cue_words().verbs if w.endswith("ing"))


@functools.cache
def anaphors() -> dict[str, str]:
    """Anaphor -> what it stands for (person, channel, speaker, body), from ``data/anaphors.csv``; and "one of them",
    a member of the group named before, for each partitive of ``data/group_members.csv``."""
    t, g, p = load_table("anaphors.csv"), load_table("group_members.csv"), load_table("possessive_anaphors.csv")
    return (dict(zip(t.anaphor, t.refers)) | {f"{w} of them": "member" for w in g.word[g.kind == "partitive"]}
            | dict(zip(p.word, p.refers)))


@functools.cache
def possessive_genders() -> dict[str, str]:
    """ "his", "its": the possessives of ``data/possessive_anaphors.csv``, which stand for a speaker only before a
    document of theirs, and the gender each tells."""
    p = load_table("possessive_anaphors.csv")
    return dict(zip(p.word, p.gender))


@functools.cache
def _by_speaker() -> dict[str, Speaker]:
    # A medium is a body of its state; a speaker's own row wins over a medium's of the same name.
    out = {c.channel: Speaker(c.channel, c.state, "body") for c in channel_aliases().values()}
    out.update({s.speaker: s for s in speaker_aliases().values()})
    return out


_UNKNOWN = Speaker("", "other", "person")


def speaker_affiliation(speaker: str) -> str:
    """``dprk_state``, ``russia_state`` or ``other`` for a canonical speaker name ("other" when unknown)."""
    return _by_speaker().get(speaker, _UNKNOWN).affiliation if isinstance(speaker, str) else "other"


def speaker_kind(speaker: str) -> str:
    """``person`` or ``body`` for a canonical speaker; unknown names are taken for persons, unless their last word
    names an institution ("European Commission", "Japan's Foreign Ministry")."""
    if not isinstance(speaker, str):
        return "person"
    known = _by_speaker().get(speaker)
    if known is not None:
        return known.kind
    return "body" if speaker.rsplit(None, 1)[-1].lower() in _institution_words() else "person"


@functools.cache
def _institution_words() -> frozenset[str]:
    """The words of ``data/name_stops.csv`` that name a body and are no title ("ministry", "commission"; not
    "secretary")."""
    stops = load_table("name_stops.csv")
    return frozenset(stops.word[stops.kind == "body"]) - set(load_table("titles.csv").title)


def canonical(speaker_text: str, how: str | None) -> str | None:
    """The canonical name of a speaker as written; unknown names are kept as written."""
    key = " ".join(speaker_text.lower().split())
    if key in speaker_aliases():
        return speaker_aliases()[key].speaker
    if key in channel_aliases():
        return channel_aliases()[key].channel
    if how == "anaphor":
        return None
    # "the General Staff of the AFU": the letters spelled out name the General Staff of the Armed Forces of Ukraine.
    spelled = " ".join(spelled_out(speaker_text).lower().split())
    if spelled != key and spelled in speaker_aliases():
        return speaker_aliases()[spelled].speaker
    # "Ukrainian President Volodymyr Zelensky": the alias that ends the phrase names the speaker.
    if ending := [m for m in alias_pattern().finditer(speaker_text) if m.end() == len(speaker_text)]:
        return speaker_aliases()[" ".join(ending[0].group(0).lower().split())].speaker
    words = speaker_text.split()
    if not words:
        return None
    words = role_words(words) if how == "group" else words  # "a Ukrainian artillery officer serving": who, not what they do
    # ("one Western diplomat" is a Western diplomat: "one" picks no one out a reader could tell from "a".)
    if how == "group" and words[0].lower() in ("the", "a", "an", "one") and len(words) > 1:
        return " ".join(words[1:])
    if how == "owned" and (owner := _OWNER_ENDS.search(speaker_text)) and speaker_text[owner.end():][:1].isupper():
        # "the National Guard's Burevii brigade": a name of its own after its owner's.
        return speaker_text[owner.end():]
    return speaker_text if len(words) == len(speaker_text.split()) else " ".join(words)


_OWNER_ENDS = re.compile(r"['’]s\s+")


def owner_length(speaker_text: str) -> int:
    """Characters of the owner in an owned subject ("Putin" of "Putin's spokesman"); the whole text if none."""
    owner = _OWNER_ENDS.search(speaker_text)
    return owner.start() if owner else len(speaker_text)


def anaphor_refers(speaker_text: str) -> str | None:
    """What an anaphor stands for (person, channel, speaker), or None if it is not one."""
    return anaphors().get(" ".join(speaker_text.lower().split()))


def channel_state(channel: str) -> str:
    """``dprk_state``, ``russia_state`` or ``other`` for a canonical channel; an article's source that is a state
    medium by its style (:mod:`~dossier.extractors.mentions.styled_outlets`: "Pyongyang Sinmun") its state's."""
    if (state := _channel_states().get(channel)) is not None:
        return state
    styled = styled_outlet(channel)
    return styled.state if styled is not None else "other"


@functools.cache
def _channel_states() -> dict[str, str]:
    states: dict[str, str] = {}
    for canon, state in (*channel_aliases().values(), *source_outlets().values()):
        states.setdefault(canon, state)
    return states


@functools.cache
def source_outlets() -> dict[str, Channel]:
    """Alias (lower case) -> the :class:`Channel` of an outlet known only as an article's source (``data/source_outlets.csv``:
    "Korea Today", whose name running text uses otherwise)."""
    t = load_table("source_outlets.csv")
    return {a: Channel(c, s) for a, c, s in zip(t.alias, t.channel, t.state)}


@functools.lru_cache(maxsize=4096)  # asked of every speaker as well as every article's source
def outlet_channel(source) -> str | None:
    """The channel an article's outlet is, when the outlet is a known medium ("KCNA Watch" is not).

    The source is looked up as sites write it too: "Yonhap News Agency", "TASS Russian News Agency"
    (:func:`dossier.text.outlets.outlet_names`).
    """
    aliases, sources = channel_aliases(), source_outlets()
    found = next((aliases.get(name) or sources[name] for name in outlet_names(source) if name in aliases or name in sources), None)
    if found is None and (styled := styled_outlet(source)) is not None:
        return styled.channel  # a state paper no vocabulary lists, known by its style and the form of its name
    return found.channel if found is not None else None


@functools.cache
def alias_pattern():
    """Any speaker's alias, any case."""
    return re.compile(rf"\b(?i:{alternation(speaker_aliases())})\b")


@functools.cache
def person_alias_pattern():
    """Any alias of a speaker who is a person, any case."""
    return re.compile(rf"\b(?i:{alternation(k for k, v in speaker_aliases().items() if v.kind == 'person')})\b")


@functools.cache
def person_nouns() -> frozenset[str]:
    """The nouns for a person left unnamed (``data/person_nouns.csv``): "man", "soldier", "defector"."""
    return frozenset(load_table("person_nouns.csv").noun)


@functools.cache
def relay_words() -> re.Pattern:
    """"KCNA quoted her as saying", "the agency cited Kim as stating": a relaying verb, its object (the speaker) and a participle.

    The relaying verbs are the ``relay`` words of ``data/cue_verbs.csv``.
    """
    t = load_table("cue_verbs.csv")
    relays = alternation(t.word[t.kind == "relay"])
    return re.compile(
        rf"\b(?i:{relays})\s+(?!(?i:by)\b)(?P<who>[^,#.;:“”\"()]{{1,60}}?)\s+as\s+(?i:{alternation(participle_words())})\b"
    )


@functools.cache
def name_intro_phrases() -> frozenset[str]:
    """What introduces someone by one name only (``data/name_intros.csv``), "his" also as "her" and "their"."""
    return frozenset(p.replace("his", own, 1) for p in load_table("name_intros.csv")["phrase"] for own in ("his", "her", "their"))
